#include "ui/counter/reconciliation_dialog.h"

#include "sync/client/counter_store.h"
#include "sync/client/outbox_repository.h"
#include "ui/counter/refusal_text.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baartal::ui {

namespace {

enum Column { When, Customer, Amount, Reason, ColumnCount };

} // namespace

ReconciliationDialog::ReconciliationDialog(sync::CounterStore& store, QString deviceId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_deviceId(std::move(deviceId))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("refused"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_refresh = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    connect(m_refresh, &QPushButton::clicked, this, &ReconciliationDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    retranslate();
}

void ReconciliationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ReconciliationDialog::retranslate()
{
    setWindowTitle(tr("Sales the server refused"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Customer"), tr("Amount"), tr("Reason")});
    m_refresh->setText(tr("&Refresh"));
    // The rows' amounts and reasons are worded in the language too.
    reload();
}

void ReconciliationDialog::reload()
{
    auto entries = sync::OutboxRepository(m_store.database()).rejected(m_deviceId, kMaxRows);
    m_table->setRowCount(0);
    if (!entries) {
        m_summary->setText(tr("The counter's database could not be read: %1").arg(entries.error().message));
        return;
    }
    m_summary->setText(entries->isEmpty() ? tr("The server has refused nothing from this counter.")
                                          : tr("The server refused these actions; nothing moved for them. "
                                               "Settle them with the customer."));
    const QLocale locale;
    for (const sync::OutboxEntry& entry : std::as_const(*entries)) {
        const core::OutboxRow& row = entry.row;
        QString amount;
        switch (row.type) {
        case core::OutboxRowType::Earn:
            amount = row.bill.formatIndian();
            break;
        case core::OutboxRowType::Spend:
            amount = tr("%1, redeeming %2 B-Coins").arg(row.bill.formatIndian()).arg(row.coins.value());
            break;
        case core::OutboxRowType::Void:
            amount = tr("void of an earlier sale");
            break;
        }
        const int at = m_table->rowCount();
        m_table->insertRow(at);
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(row.localTimeMs, Qt::UTC).toLocalTime();
        m_table->setItem(at, When, new QTableWidgetItem(locale.toString(when, QLocale::ShortFormat)));
        m_table->setItem(at, Customer, new QTableWidgetItem(row.customerId));
        m_table->setItem(at, Amount, new QTableWidgetItem(amount));
        m_table->setItem(at, Reason, new QTableWidgetItem(RefusalText::forCode(entry.reason)));
    }
    m_table->resizeColumnsToContents();
}

} // namespace baartal::ui
