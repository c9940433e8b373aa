#include "sync/client/sync_uploader.h"

#include "core/crypto/base64_url.h"
#include "core/time/clock.h"
#include "sync/client/api_call.h"
#include "sync/client/api_client.h"
#include "sync/client/batch_answer.h"
#include "sync/client/client_log.h"
#include "sync/client/outbox_drainer.h"

#include <QJsonObject>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

namespace baartal::sync {

namespace {

// A refusal of the whole batch that the same bytes would meet again (docs/sync-protocol.md §3), or a
// session the server no longer takes: retrying on a timer cannot help.
bool stopsUploads(const core::Error& error)
{
    switch (error.kind) {
    case core::ErrorKind::Invalid:
        // The server's own answer broke the contract: a fixed server may take the batch later.
        return error.code != QLatin1String("invalid_response");
    case core::ErrorKind::Forbidden:
    case core::ErrorKind::NotFound:
    case core::ErrorKind::Conflict:
    case core::ErrorKind::Unprocessable:
    case core::ErrorKind::Unauthenticated:
        return true;
    case core::ErrorKind::RateLimited:
    case core::ErrorKind::Unavailable:
    case core::ErrorKind::Internal:
        return false;
    }
    return false;
}

bool isOutage(const core::Error& error)
{
    return error.kind == core::ErrorKind::Unavailable;
}

} // namespace

core::RetryPolicy SyncUploader::defaultRetryPolicy()
{
    return core::RetryPolicy(core::RetryPolicy::kDefaultMaxAttempts, std::chrono::seconds(1),
                             std::chrono::minutes(2));
}

SyncUploader::SyncUploader(ApiClient& api, const QString& storePath, DeviceIdentity identity,
                           const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_thread(new QThread(this))
    , m_drainer(new OutboxDrainer(storePath, std::move(identity), clock))
    , m_retryTimer(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("baartal-sync"));
    m_drainer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_drainer, &QObject::deleteLater);
    m_thread->start();
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        m_state.nextAttempt = {};
        drain();
    });
}

SyncUploader::~SyncUploader()
{
    m_thread->quit();
    m_thread->wait();
}

void SyncUploader::setBatchSize(qsizetype rows)
{
    onWorker([rows](OutboxDrainer& drainer) { drainer.setBatchSize(rows); });
}

void SyncUploader::watchConnectivity()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcClient) << "no network information backend: sync retries on its timer alone";
        return;
    }
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                qCInfo(lcClient) << "network reachability now" << reachability;
                if (reachability == QNetworkInformation::Reachability::Online) {
                    retryNow();
                } else if (reachability == QNetworkInformation::Reachability::Disconnected) {
                    m_state.online = false;
                    publish();
                }
            });
}

void SyncUploader::start()
{
    m_started = true;
    drain();
}

void SyncUploader::kick()
{
    if (m_busy) {
        m_kickedWhileBusy = true;
        return;
    }
    if (m_retryTimer->isActive() || m_state.blocked || !m_started) {
        refreshQueued();
        return;
    }
    drain();
}

void SyncUploader::retryNow()
{
    m_retryTimer->stop();
    m_state.nextAttempt = {};
    drain();
}

void SyncUploader::resume()
{
    m_state.blocked = false;
    m_failures = 0;
    retryNow();
}

void SyncUploader::drain()
{
    if (m_busy) {
        m_kickedWhileBusy = true;
        return;
    }
    if (!m_started || m_state.blocked) {
        return;
    }
    m_busy = true;
    m_kickedWhileBusy = false;
    onWorker([this](OutboxDrainer& drainer) {
        auto batch = drainer.nextBatch();
        auto count = drainer.queuedCount();
        const std::optional<qint64> queued = count ? std::optional<qint64>(*count) : std::nullopt;
        QMetaObject::invokeMethod(this, [this, batch, queued] { onBatch(batch, queued); });
    });
}

void SyncUploader::onBatch(const core::Result<std::optional<SignedBatch>>& batch,
                           std::optional<qint64> queued)
{
    if (queued) {
        m_state.queued = *queued;
    }
    if (!batch) {
        m_busy = false;
        qCWarning(lcClient) << "outbox unreadable:" << batch.error().message;
        fail(batch.error());
        return;
    }
    if (!*batch) {
        m_busy = false;
        publish();
        if (m_kickedWhileBusy) {
            drain();
            return;
        }
        Q_EMIT drained();
        return;
    }
    send(**batch);
}

void SyncUploader::send(const SignedBatch& batch)
{
    qCDebug(lcClient) << "uploading rows" << batch.range.first << "to" << batch.range.last;
    ApiCall* call = m_api.post(
        QStringLiteral("sync/batches"),
        {{QStringLiteral("batch"), QString::fromLatin1(core::Base64Url::encode(batch.bytes))},
         {QStringLiteral("signature"), QString::fromLatin1(core::Base64Url::encode(batch.signature))}});
    connect(call, &ApiCall::finished, this,
            [this, batch](const core::Result<QJsonObject>& answer) { onAnswer(batch, answer); });
}

void SyncUploader::onAnswer(const SignedBatch& batch, const core::Result<QJsonObject>& answer)
{
    if (!answer) {
        m_busy = false;
        m_state.online = !isOutage(answer.error());
        if (stopsUploads(answer.error())) {
            qCCritical(lcClient) << "the server refused rows" << batch.range.first << "to" << batch.range.last
                                 << "as a whole:" << answer.error().code << answer.error().message;
            m_state.blocked = true;
            m_state.lastError = answer.error();
            publish();
            return;
        }
        qCInfo(lcClient) << "upload failed, will retry:" << answer.error().code;
        fail(answer.error());
        return;
    }
    auto parsed = BatchAnswer::fromJson(*answer);
    if (!parsed) {
        m_busy = false;
        m_state.online = true;
        fail(parsed.error());
        return;
    }
    onWorker([this, batch, parsed = *parsed](OutboxDrainer& drainer) {
        auto settled = drainer.record(batch, parsed);
        auto count = drainer.queuedCount();
        const std::optional<qint64> queued = count ? std::optional<qint64>(*count) : std::nullopt;
        QMetaObject::invokeMethod(this, [this, settled, queued] { onRecorded(settled, queued); });
    });
}

void SyncUploader::onRecorded(const core::Result<QStringList>& settledIds, std::optional<qint64> queued)
{
    m_busy = false;
    m_state.online = true;
    if (queued) {
        m_state.queued = *queued;
    }
    if (!settledIds) {
        // The batch stays in flight: the retry resends it and the server answers from its records.
        qCCritical(lcClient) << "the server's answer could not be recorded:" << settledIds.error().message;
        fail(settledIds.error());
        return;
    }
    m_failures = 0;
    m_state.lastSuccess = m_clock.now();
    m_state.lastError.reset();
    publish();
    Q_EMIT settled(*settledIds);
    drain();
}

void SyncUploader::fail(const core::Error& error)
{
    m_state.lastError = error;
    ++m_failures;
    scheduleRetry();
    publish();
}

void SyncUploader::scheduleRetry()
{
    const std::chrono::milliseconds wait =
        m_retryPolicy.delay(m_failures, QRandomGenerator::global()->generateDouble());
    m_state.nextAttempt = m_clock.now().addMSecs(wait.count());
    m_retryTimer->start(wait);
}

void SyncUploader::refreshQueued()
{
    onWorker([this](OutboxDrainer& drainer) {
        auto count = drainer.queuedCount();
        if (!count) {
            return;
        }
        QMetaObject::invokeMethod(this, [this, queued = *count] {
            m_state.queued = queued;
            publish();
        });
    });
}

void SyncUploader::publish()
{
    Q_EMIT stateChanged(m_state);
}

void SyncUploader::onWorker(std::function<void(OutboxDrainer&)> work)
{
    QMetaObject::invokeMethod(m_drainer, [drainer = m_drainer, work = std::move(work)] { work(*drainer); });
}

} // namespace baartal::sync
