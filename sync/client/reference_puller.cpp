#include "sync/client/reference_puller.h"

#include "core/time/clock.h"
#include "sync/client/api_client.h"
#include "sync/client/client_log.h"
#include "sync/client/counter_store.h"
#include "sync/client/reference_cache.h"

#include <QTimer>

namespace baartal::sync {

ReferencePuller::ReferencePuller(ApiClient& api, CounterStore& store, QString merchantId,
                                 const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_merchantId(std::move(merchantId))
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultInterval);
    connect(m_timer, &QTimer::timeout, this, &ReferencePuller::pullNow);
}

void ReferencePuller::setInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(interval);
}

void ReferencePuller::start()
{
    auto cached = ReferenceCache(m_store.database()).load(m_merchantId);
    if (!cached) {
        qCWarning(lcClient) << "cached reference unavailable:" << cached.error().message;
    } else if (cached->has_value()) {
        m_reference = *cached;
        Q_EMIT updated(*m_reference);
    }
    m_timer->start();
    pullNow();
}

void ReferencePuller::pullNow()
{
    if (m_pulling) {
        return;
    }
    m_pulling = true;
    m_api.syncReference(this, [this](const core::Result<ReferenceData>& answer) { onAnswer(answer); });
}

void ReferencePuller::onAnswer(const core::Result<ReferenceData>& answer)
{
    m_pulling = false;
    if (!answer) {
        qCInfo(lcClient) << "reference pull failed:" << answer.error().code;
        Q_EMIT failed(answer.error());
        return;
    }
    if (answer->merchant.id != m_merchantId) {
        // The session now belongs to another shop: its reference must not stand for this one.
        Q_EMIT failed(core::Error::conflict(QStringLiteral("reference_other_shop"),
                                            tr("The server answered for another shop.")));
        return;
    }
    if (core::Status stored = ReferenceCache(m_store.database()).store(*answer, m_clock.now()); !stored) {
        qCWarning(lcClient) << "reference not cached:" << stored.error().message;
        Q_EMIT failed(stored.error());
        return;
    }
    m_reference = *answer;
    m_reference->merchant.fetchedAt = m_clock.now();
    Q_EMIT updated(*m_reference);
}

} // namespace baartal::sync
