#include "server/jobs/notification_job.h"

#include "core/notifications/notification_settings_repository.h"
#include "core/time/clock.h"
#include "server/notifications/notification_config.h"
#include "server/notifications/outgoing_request.h"
#include "server/notifications/signed_webhook.h"
#include "server/notifications/whatsapp_adapter.h"

#include <QLoggingCategory>
#include <QNetworkReply>

namespace baartal::server {

Q_DECLARE_LOGGING_CATEGORY(lcJobs)

namespace {

core::DeliveryAttempt undeliverable(const QString& reason)
{
    return {0, reason, true};
}

} // namespace

NotificationJob::NotificationJob(core::Database& database, const core::Clock& clock,
                                 const NotificationConfig& config, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_config(config)
    , m_queue(database, clock, config.retry)
{
    connect(&m_timer, &QTimer::timeout, this, &NotificationJob::runScheduled);
}

NotificationJob::~NotificationJob()
{
    for (QNetworkReply* reply : m_network.findChildren<QNetworkReply*>()) {
        reply->disconnect(this);
        reply->abort();
    }
}

core::Result<int> NotificationJob::runOnce()
{
    auto claimed = m_queue.claimDue(kBatch);
    if (!claimed) {
        return claimed.error();
    }
    for (const core::Delivery& delivery : *claimed) {
        send(delivery);
    }
    return static_cast<int>(claimed->size());
}

void NotificationJob::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    QTimer::singleShot(0, this, &NotificationJob::runScheduled);
}

void NotificationJob::runScheduled()
{
    if (auto sent = runOnce(); !sent) {
        qCWarning(lcJobs).noquote() << "notification queue:" << sent.error().message;
        Q_EMIT failed(sent.error());
    }
}

core::Result<std::optional<OutgoingRequest>> NotificationJob::requestFor(const core::Delivery& delivery)
{
    // Settings are read at each attempt, so a shop that fixes its URL gets the retries there.
    auto settings = core::NotificationSettingsRepository(m_database).find(delivery.merchantId);
    if (!settings) {
        return settings.error();
    }
    const core::NotificationSettings current = settings->value_or(core::NotificationSettings{});
    if (delivery.channel == core::NotificationChannel::Webhook) {
        if (!current.hasWebhook()) {
            return std::optional<OutgoingRequest>();
        }
        return std::optional(SignedWebhook::build(QUrl(current.webhookUrl), current.webhookSecret.toUtf8(),
                                                  delivery, m_clock.now()));
    }
    if (!current.hasWhatsApp() || !m_config.whatsappEnabled()) {
        return std::optional<OutgoingRequest>();
    }
    return std::optional(WhatsAppAdapter(m_config).message(current.whatsappTo, delivery.summary));
}

void NotificationJob::send(const core::Delivery& delivery)
{
    auto outgoing = requestFor(delivery);
    if (!outgoing) {
        // The lease runs out and the delivery comes back: a database hiccup is no reason to give up.
        qCWarning(lcJobs).noquote() << "notification" << delivery.id
                                    << "not sent:" << outgoing.error().message;
        return;
    }
    if (!*outgoing) {
        record(delivery, undeliverable(QStringLiteral("%1 turned off").arg(core::toText(delivery.channel))));
        return;
    }
    QNetworkRequest request = (*outgoing)->request;
    request.setTransferTimeout(static_cast<int>(std::chrono::milliseconds(kRequestTimeout).count()));
    // A redirect could lead anywhere, past the URL checks; it counts as a failed attempt instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Baartal-Notifications/" BAARTAL_VERSION));
    QNetworkReply* reply = m_network.post(request, (*outgoing)->body);
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, delivery, reply] {
        --m_inFlight;
        reply->deleteLater();
        finish(delivery, reply);
    });
}

void NotificationJob::finish(const core::Delivery& delivery, QNetworkReply* reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString error;
    if (status == 0) {
        error = reply->errorString();
    } else if (!core::RetryPolicy::isSuccess(status)) {
        error = QStringLiteral("HTTP %1").arg(status);
    }
    record(delivery, {status, error, false});
}

void NotificationJob::record(const core::Delivery& delivery, const core::DeliveryAttempt& attempt)
{
    auto recorded = m_queue.recordAttempt(delivery, attempt);
    if (!recorded) {
        qCWarning(lcJobs).noquote() << "notification" << delivery.id
                                    << "outcome not recorded:" << recorded.error().message;
        Q_EMIT failed(recorded.error());
        return;
    }
    if (recorded->status != core::DeliveryStatus::Delivered) {
        qCInfo(lcJobs).noquote() << "notification" << delivery.id << "to" << core::toText(delivery.channel)
                                 << "attempt" << recorded->attempts << "failed:" << attempt.error << "->"
                                 << core::toText(recorded->status);
    }
    Q_EMIT settled(recorded->id, core::toText(recorded->status));
}

} // namespace baartal::server
