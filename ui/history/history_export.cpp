#include "ui/history/history_export.h"

#include "core/time/india_time.h"
#include "sync/client/api_client.h"
#include "ui/ui_log.h"

#include <QTimeZone>

namespace baartal::ui {

HistoryExport::HistoryExport(sync::ApiClient& api, const sync::HistoryQuery& query, const QString& path,
                             QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_query(query)
    , m_writer(std::make_unique<CsvWriter>(path))
{
    m_query.page = 1;
    m_query.limit = sync::HistoryQuery::kMaxLimit;
}

HistoryExport::~HistoryExport() = default;

QStringList HistoryExport::header()
{
    return {QStringLiteral("time"),           QStringLiteral("txn_id"),       QStringLiteral("type"),
            QStringLiteral("customer"),       QStringLiteral("customer_id"),  QStringLiteral("bill_rupees"),
            QStringLiteral("coins_redeemed"), QStringLiteral("coins_earned"), QStringLiteral("status"),
            QStringLiteral("voids_txn_id"),   QStringLiteral("voided_by"),    QStringLiteral("client_txn_id"),
            QStringLiteral("reason")};
}

QStringList HistoryExport::rowOf(const sync::HistoryEntry& entry)
{
    const QString status = entry.isVoided()                            ? QStringLiteral("voided")
                           : entry.type == core::TransactionType::Void ? QStringLiteral("reversal")
                                                                       : QStringLiteral("completed");
    const QDateTime india = entry.time.toTimeZone(QTimeZone(core::IndiaTime::kOffsetSeconds));
    return {india.toString(Qt::ISODate),
            entry.txnId,
            core::toText(entry.type),
            entry.contact,
            entry.customerId,
            entry.bill.toDecimalString(),
            QString::number(entry.redeemed.value()),
            QString::number(entry.earned.value()),
            status,
            entry.voidsTxnId,
            entry.voidedBy,
            entry.clientTxnId,
            entry.reason};
}

void HistoryExport::start()
{
    if (core::Status opened = m_writer->open(); !opened) {
        finish(opened);
        return;
    }
    m_writer->writeRow(header());
    fetchNext();
}

void HistoryExport::cancel()
{
    finish(core::Error::invalid(QStringLiteral("export_cancelled"), tr("The export was cancelled.")));
}

void HistoryExport::fetchNext()
{
    m_pending = new QObject(this);
    m_api.merchantTransactions(m_query, m_pending, [this](const core::Result<sync::HistoryPage>& page) {
        m_pending->deleteLater();
        m_pending = nullptr;
        if (!page) {
            finish(page.error());
            return;
        }
        for (const sync::HistoryEntry& entry : page->entries) {
            if (!m_written.contains(entry.txnId)) {
                m_written.insert(entry.txnId);
                m_writer->writeRow(rowOf(entry));
            }
        }
        Q_EMIT progress(m_written.size(), std::max<qint64>(page->total, m_written.size()));
        if (page->entries.isEmpty() || !page->hasMore()) {
            finish(m_writer->commit());
            return;
        }
        ++m_query.page;
        fetchNext();
    });
}

void HistoryExport::finish(const core::Status& status)
{
    if (m_done) {
        return;
    }
    m_done = true;
    delete m_pending;
    m_pending = nullptr;
    m_writer.reset(); // without a commit, this discards the temporary file
    if (!status) {
        qCInfo(lcUi) << "history export stopped:" << status.error().code;
    }
    Q_EMIT finished(status);
}

} // namespace baartal::ui
