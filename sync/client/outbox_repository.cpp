#include "sync/client/outbox_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"
#include "core/sync/sync_batch_codec.h"

namespace baartal::sync {

namespace {

const QString kColumns = QStringLiteral(
    "device_id, sequence, client_txn_id, type, customer_id, bill_paise, coins, voids_client_txn_id, "
    "spend_token, local_time_ms, previous_hash, status, server_txn_id, reason, answered_at");

OutboxEntry entryFrom(const QSqlQuery& q)
{
    OutboxEntry entry;
    core::OutboxRow& row = entry.row;
    row.deviceId = q.value(0).toString();
    row.sequence = q.value(1).toLongLong();
    row.clientTxnId = q.value(2).toString();
    // The table's CHECKs admit only the spellings these parse.
    row.type = core::outboxRowTypeFromString(q.value(3).toString()).value_or(core::OutboxRowType::Earn);
    row.customerId = q.value(4).toString();
    row.bill = core::Paise(q.value(5).toLongLong());
    row.coins = core::Coins(q.value(6).toLongLong());
    row.voidsClientTxnId = q.value(7).toString();
    row.spendToken = q.value(8).toString();
    row.localTimeMs = q.value(9).toLongLong();
    row.previousHash = q.value(10).toByteArray();
    entry.status = outboxStatusFromString(q.value(11).toString()).value_or(OutboxStatus::Queued);
    entry.serverTxnId = q.value(12).toString();
    entry.reason = q.value(13).toString();
    entry.answeredAt = core::SqlValues::toTime(q.value(14));
    return entry;
}

QList<core::OutboxRow> rowsOf(const QList<OutboxEntry>& entries)
{
    QList<core::OutboxRow> rows;
    rows.reserve(entries.size());
    for (const OutboxEntry& entry : entries) {
        rows.append(entry.row);
    }
    return rows;
}

} // namespace

core::Result<core::OutboxRow> OutboxRepository::append(core::OutboxRow row)
{
    auto last = m_database.exec(QStringLiteral("SELECT sequence, row_hash FROM outbox WHERE device_id = ? "
                                               "ORDER BY sequence DESC LIMIT 1"),
                                {row.deviceId});
    if (!last) {
        return last.error();
    }
    if ((*last)->next()) {
        row.sequence = (*last)->value(0).toLongLong() + 1;
        row.previousHash = (*last)->value(1).toByteArray();
    } else {
        row.sequence = 1;
        row.previousHash = core::SyncBatchCodec::genesisHash();
    }
    auto hash = core::SyncBatchCodec::hashOf(row);
    if (!hash) {
        return hash.error();
    }
    auto inserted = m_database.exec(
        QStringLiteral(
            "INSERT INTO outbox (device_id, sequence, client_txn_id, type, customer_id, bill_paise, "
            "coins, voids_client_txn_id, spend_token, local_time_ms, previous_hash, row_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {row.deviceId, row.sequence, row.clientTxnId, core::toText(row.type), row.customerId,
         row.bill.value(), row.coins.value(), core::SqlValues::fromText(row.voidsClientTxnId),
         core::SqlValues::fromText(row.spendToken), row.localTimeMs, row.previousHash, *hash});
    if (!inserted) {
        return inserted.error();
    }
    return row;
}

core::Result<QList<core::OutboxRow>> OutboxRepository::queued(const QString& deviceId, qsizetype limit)
{
    auto entries = select(QStringLiteral("device_id = ? AND status = 'queued' ORDER BY sequence LIMIT ?"),
                          {deviceId, limit});
    if (!entries) {
        return entries.error();
    }
    return rowsOf(*entries);
}

core::Result<QList<core::OutboxRow>> OutboxRepository::rows(const QString& deviceId,
                                                            const SequenceRange& range)
{
    auto entries = select(QStringLiteral("device_id = ? AND sequence BETWEEN ? AND ? ORDER BY sequence"),
                          {deviceId, range.first, range.last});
    if (!entries) {
        return entries.error();
    }
    return rowsOf(*entries);
}

core::Result<qint64> OutboxRepository::queuedCount(const QString& deviceId)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE device_id = ? AND status = 'queued'"), {deviceId});
    if (!query) {
        return query.error();
    }
    (*query)->next();
    return (*query)->value(0).toLongLong();
}

core::Result<qint64> OutboxRepository::queuedCountAll()
{
    auto query = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'queued'"));
    if (!query) {
        return query.error();
    }
    (*query)->next();
    return (*query)->value(0).toLongLong();
}

core::Status OutboxRepository::recordAnswer(const QString& deviceId, qint64 sequence, OutboxStatus status,
                                            const QString& serverTxnId, const QString& reason,
                                            const QDateTime& at)
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE outbox SET status = ?, server_txn_id = ?, reason = ?, answered_at = ? "
                       "WHERE device_id = ? AND sequence = ? AND status = 'queued'"),
        {toText(status), core::SqlValues::fromOptionalText(serverTxnId),
         core::SqlValues::fromOptionalText(reason), core::SqlValues::fromTime(at), deviceId, sequence});
    if (!query) {
        return query.error();
    }
    if ((*query)->numRowsAffected() != 1) {
        return core::Error::conflict(
            QStringLiteral("outbox_row_answered"),
            QStringLiteral("Outbox row %1 of device %2 is unknown or answered already.")
                .arg(sequence)
                .arg(deviceId));
    }
    return {};
}

core::Result<QList<OutboxEntry>> OutboxRepository::rejected(const QString& deviceId, int limit)
{
    return select(QStringLiteral("device_id = ? AND status = 'rejected' ORDER BY sequence DESC LIMIT ?"),
                  {deviceId, limit});
}

core::Result<std::optional<OutboxEntry>> OutboxRepository::find(const QString& clientTxnId)
{
    auto entries = select(QStringLiteral("client_txn_id = ?"), {clientTxnId});
    if (!entries) {
        return entries.error();
    }
    return entries->isEmpty() ? std::optional<OutboxEntry>()
                              : std::optional<OutboxEntry>(entries->constFirst());
}

core::Result<std::optional<SequenceRange>> OutboxRepository::inFlight(const QString& deviceId)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT first_sequence, last_sequence FROM outbox_in_flight WHERE device_id = ?"),
        {deviceId});
    if (!query) {
        return query.error();
    }
    if (!(*query)->next()) {
        return std::optional<SequenceRange>();
    }
    return std::optional<SequenceRange>(
        SequenceRange{(*query)->value(0).toLongLong(), (*query)->value(1).toLongLong()});
}

core::Status OutboxRepository::setInFlight(const QString& deviceId, const SequenceRange& range)
{
    auto query = m_database.exec(QStringLiteral("INSERT INTO outbox_in_flight (device_id, first_sequence, "
                                                "last_sequence) VALUES (?, ?, ?)"),
                                 {deviceId, range.first, range.last});
    if (!query) {
        return query.error();
    }
    return {};
}

core::Status OutboxRepository::clearInFlight(const QString& deviceId)
{
    auto query =
        m_database.exec(QStringLiteral("DELETE FROM outbox_in_flight WHERE device_id = ?"), {deviceId});
    if (!query) {
        return query.error();
    }
    return {};
}

core::Result<QList<OutboxEntry>> OutboxRepository::select(const QString& condition,
                                                          const QVariantList& values)
{
    auto query =
        m_database.exec(QStringLiteral("SELECT %1 FROM outbox WHERE %2").arg(kColumns, condition), values);
    if (!query) {
        return query.error();
    }
    QList<OutboxEntry> entries;
    while ((*query)->next()) {
        entries.append(entryFrom(**query));
    }
    return entries;
}

} // namespace baartal::sync
