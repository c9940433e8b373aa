#pragma once

#include "core/result/result.h"
#include "core/sync/outbox_row.h"
#include "sync/client/outbox_entry.h"

#include <QList>

#include <optional>

namespace baartal::core {
class Database;
}

namespace baartal::sync {

// The first and last sequence of a run of one device's outbox rows.
struct SequenceRange {
    qint64 first = 0;
    qint64 last = 0;
};

// The outbox and outbox_in_flight tables of the counter store: the device's hash-chained rows in
// sequence order, the answers the server gave them, and the batch being uploaded. Callers hold the
// transaction: an action's outbox row commits with the action's own rows.
class OutboxRepository {
public:
    explicit OutboxRepository(core::Database& database)
        : m_database(database)
    {
    }

    // Appends `row` as its device's next row: fills in the sequence and the link to the previous row's
    // hash, and returns the row as written. "invalid_outbox_row" for a row no server would accept,
    // "unique_violation" for a client transaction id already in the outbox.
    core::Result<core::OutboxRow> append(core::OutboxRow row);

    // Up to `limit` of the device's unanswered rows, oldest first.
    core::Result<QList<core::OutboxRow>> queued(const QString& deviceId, qsizetype limit);
    // The device's rows in the range, in order (answered or not).
    core::Result<QList<core::OutboxRow>> rows(const QString& deviceId, const SequenceRange& range);
    core::Result<qint64> queuedCount(const QString& deviceId);
    // Every unanswered row of every device: what signing out would strand.
    core::Result<qint64> queuedCountAll();

    // Records the server's answer for the row; "outbox_row_answered" (Conflict) when the row is
    // unknown or was answered before.
    core::Status recordAnswer(const QString& deviceId, qint64 sequence, OutboxStatus status,
                              const QString& serverTxnId, const QString& reason, const QDateTime& at);

    // Rows the server refused, newest first: the merchant's reconciliation list.
    core::Result<QList<OutboxEntry>> rejected(const QString& deviceId, int limit);
    core::Result<std::optional<OutboxEntry>> find(const QString& clientTxnId);

    core::Result<std::optional<SequenceRange>> inFlight(const QString& deviceId);
    core::Status setInFlight(const QString& deviceId, const SequenceRange& range);
    core::Status clearInFlight(const QString& deviceId);

private:
    core::Result<QList<OutboxEntry>> select(const QString& condition, const QVariantList& values);

    core::Database& m_database;
};

} // namespace baartal::sync
