#include "sync/client/outbox_drainer.h"

#include "core/storage/transaction_guard.h"
#include "core/sync/sync_batch_codec.h"
#include "core/time/clock.h"
#include "sync/client/client_log.h"
#include "sync/client/counter_sale_repository.h"
#include "sync/client/counter_store.h"
#include "sync/client/outbox_repository.h"
#include "sync/client/response_fields.h"

#include <algorithm>

namespace baartal::sync {

OutboxDrainer::OutboxDrainer(QString storePath, DeviceIdentity identity, const core::Clock& clock)
    : m_storePath(std::move(storePath))
    , m_identity(std::move(identity))
    , m_clock(clock)
    , m_batchSize(core::SyncBatch::kMaxRows)
{
}

OutboxDrainer::~OutboxDrainer() = default;

core::Status OutboxDrainer::ensureOpen()
{
    if (m_store) {
        return {};
    }
    auto store = CounterStore::open(m_storePath);
    if (!store) {
        return store.error();
    }
    m_store = std::move(*store);
    return {};
}

void OutboxDrainer::setBatchSize(qsizetype rows)
{
    m_batchSize = std::clamp<qsizetype>(rows, 1, core::SyncBatch::kMaxRows);
}

core::Result<std::optional<SignedBatch>> OutboxDrainer::nextBatch()
{
    if (core::Status opened = ensureOpen(); !opened) {
        return opened.error();
    }
    auto transaction = core::TransactionGuard::begin(m_store->database());
    if (!transaction) {
        return transaction.error();
    }
    auto rows = rowsToSend();
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return std::optional<SignedBatch>();
    }
    if (core::Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    SignedBatch batch;
    batch.range = {rows->constFirst().sequence, rows->constLast().sequence};
    batch.rows = std::move(*rows);
    auto bytes = core::SyncBatchCodec::encode({m_identity.deviceId, batch.rows});
    if (!bytes) {
        return bytes.error();
    }
    batch.bytes = std::move(*bytes);
    batch.signature = m_identity.key.sign(batch.bytes);
    return std::optional<SignedBatch>(std::move(batch));
}

core::Result<QList<core::OutboxRow>> OutboxDrainer::rowsToSend()
{
    OutboxRepository outbox(m_store->database());
    auto inFlight = outbox.inFlight(m_identity.deviceId);
    if (!inFlight) {
        return inFlight.error();
    }
    if (*inFlight) {
        return outbox.rows(m_identity.deviceId, **inFlight);
    }
    auto rows = outbox.queued(m_identity.deviceId, m_batchSize);
    if (!rows || rows->isEmpty()) {
        return rows;
    }
    if (core::Status marked = outbox.setInFlight(m_identity.deviceId,
                                                 {rows->constFirst().sequence, rows->constLast().sequence});
        !marked) {
        return marked.error();
    }
    return rows;
}

core::Result<QStringList> OutboxDrainer::record(const SignedBatch& batch, const BatchAnswer& answer)
{
    if (core::Status matches = checkAnswer(batch, answer); !matches) {
        return matches.error();
    }
    if (core::Status opened = ensureOpen(); !opened) {
        return opened.error();
    }
    auto transaction = core::TransactionGuard::begin(m_store->database());
    if (!transaction) {
        return transaction.error();
    }
    OutboxRepository outbox(m_store->database());
    const QDateTime now = m_clock.now();
    QStringList settled;
    for (qsizetype i = 0; i < batch.rows.size(); ++i) {
        const core::OutboxRow& row = batch.rows.at(i);
        const RowAnswer& rowAnswer = answer.rows.at(i);
        if (core::Status recorded = outbox.recordAnswer(m_identity.deviceId, row.sequence, rowAnswer.status,
                                                        rowAnswer.serverTxnId, rowAnswer.reason, now);
            !recorded) {
            return recorded.error();
        }
        if (core::Status sale = settle(row, rowAnswer); !sale) {
            return sale.error();
        }
        if (rowAnswer.status == OutboxStatus::Rejected) {
            qCWarning(lcClient) << "the server refused" << core::toText(row.type) << row.clientTxnId << "("
                                << rowAnswer.reason << ")";
        }
        settled.append(row.type == core::OutboxRowType::Void ? row.voidsClientTxnId : row.clientTxnId);
    }
    if (core::Status cleared = outbox.clearInFlight(m_identity.deviceId); !cleared) {
        return cleared.error();
    }
    if (core::Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcClient) << "rows" << batch.range.first << "to" << batch.range.last << "synced"
                     << (answer.replayed ? "(answers replayed)" : "");
    return settled;
}

core::Status OutboxDrainer::checkAnswer(const SignedBatch& batch, const BatchAnswer& answer) const
{
    if (answer.deviceId != m_identity.deviceId) {
        return ResponseFields::invalid(QStringLiteral("device_id"));
    }
    if (answer.rows.size() != batch.rows.size()) {
        return ResponseFields::invalid(QStringLiteral("results"));
    }
    for (qsizetype i = 0; i < batch.rows.size(); ++i) {
        if (answer.rows.at(i).sequence != batch.rows.at(i).sequence ||
            answer.rows.at(i).clientTxnId != batch.rows.at(i).clientTxnId) {
            return ResponseFields::invalid(QStringLiteral("results"));
        }
    }
    return {};
}

core::Status OutboxDrainer::settle(const core::OutboxRow& row, const RowAnswer& answer)
{
    if (row.type == core::OutboxRowType::Void) {
        return {}; // the sale noted its void when it was recorded; the outbox row keeps the answer
    }
    CounterSaleRepository sales(m_store->database());
    const core::Status settled =
        answer.status == OutboxStatus::Rejected
            ? sales.markRejected(row.clientTxnId, answer.reason, m_clock.now())
            : sales.markConfirmed(row.clientTxnId, {answer.serverTxnId, answer.coinsEarned, answer.balance},
                                  m_clock.now());
    if (!settled && settled.error().code == QLatin1String("sale_not_pending")) {
        // Nothing the counter can fix by retrying: keep the answer on the outbox row and go on.
        qCWarning(lcClient) << "sale" << row.clientTxnId << "was not pending when its answer came";
        return {};
    }
    return settled;
}

core::Result<qint64> OutboxDrainer::queuedCount()
{
    if (core::Status opened = ensureOpen(); !opened) {
        return opened.error();
    }
    return OutboxRepository(m_store->database()).queuedCount(m_identity.deviceId);
}

} // namespace baartal::sync
