#pragma once

#include "sync/client/history_entry.h"

#include <QAbstractTableModel>
#include <QList>

namespace baartal::ui {

// The rows of the history screen's table: time, type, masked customer, bill, coins redeemed, coins
// earned and status, in the current language with Indian grouping. The texts are made from the entries
// on every read, so a language switch only needs retranslate().
class HistoryTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Type, Customer, Bill, Redeemed, Earned, Status, ColumnCount };

    explicit HistoryTableModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(HistoryTableModel)

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<sync::HistoryEntry>& entries() const { return m_entries; }
    void clear();
    void append(const QList<sync::HistoryEntry>& entries);
    // Tells the views that every text changed (the language did).
    void retranslate();

    static QString typeText(core::TransactionType type);
    static QString statusText(const sync::HistoryEntry& entry);

private:
    QString text(const sync::HistoryEntry& entry, int column) const;

    QList<sync::HistoryEntry> m_entries;
};

} // namespace baartal::ui
