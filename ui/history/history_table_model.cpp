#include "ui/history/history_table_model.h"

#include <QLocale>

namespace baartal::ui {

HistoryTableModel::HistoryTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int HistoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryTableModel::typeText(core::TransactionType type)
{
    switch (type) {
    case core::TransactionType::Earn:
        return tr("Earn");
    case core::TransactionType::Spend:
        return tr("Redeem");
    case core::TransactionType::Void:
        return tr("Void");
    case core::TransactionType::Adjustment:
        return tr("Adjustment");
    case core::TransactionType::ReferralBonus:
        return tr("Referral bonus");
    case core::TransactionType::Expiry:
        return tr("Expiry");
    }
    return {};
}

QString HistoryTableModel::statusText(const sync::HistoryEntry& entry)
{
    if (entry.isVoided()) {
        return tr("Voided");
    }
    if (entry.type == core::TransactionType::Void) {
        return tr("Reverses an earlier sale");
    }
    return tr("Completed");
}

QString HistoryTableModel::text(const sync::HistoryEntry& entry, int column) const
{
    switch (column) {
    case Time:
        return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case Type:
        return typeText(entry.type);
    case Customer:
        return entry.contact;
    case Bill:
        return entry.bill.formatIndian();
    case Redeemed:
        return entry.redeemed.formatIndian();
    case Earned:
        return entry.earned.formatIndian();
    case Status:
        return statusText(entry);
    default:
        return {};
    }
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const sync::HistoryEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(entry, index.column());
    case Qt::ToolTipRole:
        return entry.reason.isEmpty() ? QVariant() : QVariant(entry.reason);
    case Qt::TextAlignmentRole:
        if (index.column() == Bill || index.column() == Redeemed || index.column() == Earned) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Type:
        return tr("Type");
    case Customer:
        return tr("Customer");
    case Bill:
        return tr("Bill");
    case Redeemed:
        return tr("Redeemed");
    case Earned:
        return tr("Earned");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void HistoryTableModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void HistoryTableModel::append(const QList<sync::HistoryEntry>& entries)
{
    if (entries.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

void HistoryTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
    }
}

} // namespace baartal::ui
