#pragma once

#include "core/notifications/retry_policy.h"
#include "core/result/result.h"
#include "sync/client/device_identity.h"
#include "sync/client/signed_batch.h"
#include "sync/client/sync_state.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QThread;
class QTimer;

namespace baartal::core {
class Clock;
}

namespace baartal::sync {

class ApiClient;
class BatchAnswer;
class OutboxDrainer;

// Carries the counter's outbox to the server in order, as signed batches (POST /api/v1/sync/batches).
// Reading the outbox, signing and recording answers run on a worker thread of the uploader's own; only
// the asynchronous HTTP call goes through the app's ApiClient, which keeps the merchant's one session.
// While the server cannot be reached it retries with growing, jittered waits and tries at once when
// the network comes back; a batch the server refuses as a whole (revoked device, broken chain…) stops
// it, since resending cannot help, until resume().
class SyncUploader final : public QObject {
    Q_OBJECT

public:
    // Waits between attempts while the server is unreachable: 1 s doubling to 2 min, equal jitter.
    static core::RetryPolicy defaultRetryPolicy();

    SyncUploader(ApiClient& api, const QString& storePath, DeviceIdentity identity, const core::Clock& clock,
                 QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SyncUploader)
    ~SyncUploader() override;

    void setRetryPolicy(const core::RetryPolicy& policy) { m_retryPolicy = policy; }
    // Rows per batch (tests and benchmarks); the protocol's maximum by default.
    void setBatchSize(qsizetype rows);
    // Follows the OS's view of the network (NetworkManager) when a backend is available.
    void watchConnectivity();

    // Opens the worker's connection and starts draining.
    void start();
    // New rows were queued: sends them now unless a request is out or a retry is already scheduled.
    void kick();
    // Tries now, whatever the wait: the network came back, or the user asked.
    void retryNow();
    // Clears a whole-batch refusal (after re-enrolment or a new session) and tries again.
    void resume();

    const SyncState& state() const { return m_state; }
    bool hasUnsynced() const { return m_state.queued > 0; }

Q_SIGNALS:
    void stateChanged(const baartal::sync::SyncState& state);
    // The server's answers settled these sales (for voids: the voided sale).
    void settled(const QStringList& clientTxnIds);
    // The outbox is empty: every row has its answer.
    void drained();

private:
    void drain();
    void onBatch(const core::Result<std::optional<SignedBatch>>& batch, std::optional<qint64> queued);
    void send(const SignedBatch& batch);
    void onAnswer(const SignedBatch& batch, const core::Result<QJsonObject>& answer);
    void onRecorded(const core::Result<QStringList>& settledIds, std::optional<qint64> queued);
    void fail(const core::Error& error);
    void scheduleRetry();
    void refreshQueued();
    void publish();
    // Runs `work` on the worker thread with the drainer.
    void onWorker(std::function<void(OutboxDrainer&)> work);

    ApiClient& m_api;
    const core::Clock& m_clock;
    QThread* m_thread;
    OutboxDrainer* m_drainer; // lives on m_thread, deleted there when it finishes
    QTimer* m_retryTimer;
    core::RetryPolicy m_retryPolicy = defaultRetryPolicy();
    SyncState m_state;
    int m_failures = 0;
    bool m_started = false;
    bool m_busy = false; // a batch is being prepared, sent or recorded
    bool m_kickedWhileBusy = false;
};

} // namespace baartal::sync
