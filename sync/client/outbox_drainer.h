#pragma once

#include "core/result/result.h"
#include "sync/client/batch_answer.h"
#include "sync/client/device_identity.h"
#include "sync/client/signed_batch.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace baartal::core {
class Clock;
}

namespace baartal::sync {

class CounterStore;

// The uploader's hands on the counter store, on the uploader's worker thread with a connection of its
// own: it cuts the outbox into signed batches and records the server's answers. The batch being sent is
// written down before it leaves, and resent unchanged until its answer is recorded, so a lost answer
// costs a retry of the same bytes (which the server answers from its records), never a double sale.
// Created on any thread, then moved to the worker thread; every other call runs there.
class OutboxDrainer final : public QObject {
    Q_OBJECT

public:
    OutboxDrainer(QString storePath, DeviceIdentity identity, const core::Clock& clock);
    Q_DISABLE_COPY_MOVE(OutboxDrainer)
    ~OutboxDrainer() override;

    // Rows per batch, at most core::SyncBatch::kMaxRows.
    void setBatchSize(qsizetype rows);

    // The batch to send: the one in flight if its answer never came, else the next queued rows (now
    // marked in flight); nothing when the outbox is drained.
    core::Result<std::optional<SignedBatch>> nextBatch();
    // Records the server's answer to `batch` in one transaction: every row's answer, the sales they
    // settle, the batch no longer in flight. Returns the settled sales' client transaction ids.
    // "invalid_response" when the answer is not about exactly these rows.
    core::Result<QStringList> record(const SignedBatch& batch, const BatchAnswer& answer);
    // The device's rows still waiting for an answer.
    core::Result<qint64> queuedCount();

private:
    // The drainer's own connection to the counter store, opened on first use (on the worker thread).
    core::Status ensureOpen();
    core::Result<QList<core::OutboxRow>> rowsToSend();
    core::Status checkAnswer(const SignedBatch& batch, const BatchAnswer& answer) const;
    core::Status settle(const core::OutboxRow& row, const RowAnswer& answer);

    QString m_storePath;
    DeviceIdentity m_identity;
    const core::Clock& m_clock;
    qsizetype m_batchSize;
    std::unique_ptr<CounterStore> m_store;
};

} // namespace baartal::sync
