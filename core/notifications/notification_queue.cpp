#include "core/notifications/notification_queue.h"

#include "core/crypto/secure_random.h"
#include "core/ids/ids.h"
#include "core/notifications/delivery_repository.h"
#include "core/notifications/notification_settings_repository.h"
#include "core/storage/database.h"
#include "core/storage/transaction_guard.h"
#include "core/time/clock.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

namespace baartal::core {

Q_LOGGING_CATEGORY(lcNotifications, "baartal.core.notifications")

NotificationQueue::NotificationQueue(Database& database, const Clock& clock, RetryPolicy policy)
    : m_database(database)
    , m_clock(clock)
    , m_policy(policy)
{
}

Status NotificationQueue::enqueue(const MerchantEvent& event)
{
    auto settings = NotificationSettingsRepository(m_database).find(event.merchantId);
    if (!settings) {
        return settings.error();
    }
    if (!*settings) {
        return {};
    }
    QList<NotificationChannel> channels;
    if ((*settings)->hasWebhook()) {
        channels.append(NotificationChannel::Webhook);
    }
    if ((*settings)->hasWhatsApp()) {
        channels.append(NotificationChannel::WhatsApp);
    }
    const QString eventId = Ids::newId();
    const QDateTime now = m_clock.now();
    const QJsonObject envelope{{QStringLiteral("id"), eventId},
                               {QStringLiteral("type"), toText(event.type)},
                               {QStringLiteral("created_at"), now.toUTC().toString(Qt::ISODateWithMs)},
                               {QStringLiteral("merchant_id"), event.merchantId},
                               {QStringLiteral("summary"), event.summary},
                               {QStringLiteral("data"), event.data}};
    const QByteArray body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    DeliveryRepository deliveries(m_database);
    for (NotificationChannel channel : channels) {
        Delivery delivery;
        delivery.id = Ids::newId();
        delivery.eventId = eventId;
        delivery.merchantId = event.merchantId;
        delivery.channel = channel;
        delivery.eventType = toText(event.type);
        delivery.body = body;
        delivery.summary = event.summary;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        if (Status inserted = deliveries.insert(delivery); !inserted) {
            return inserted;
        }
    }
    return {};
}

Result<QList<Delivery>> NotificationQueue::claimDue(int limit, std::chrono::milliseconds lease)
{
    auto transaction = TransactionGuard::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    DeliveryRepository deliveries(m_database);
    const QDateTime now = m_clock.now();
    auto due = deliveries.lockDue(now, limit);
    if (!due) {
        return due.error();
    }
    if (due->isEmpty()) {
        return QList<Delivery>();
    }
    const QString token = SecureRandom::token(16);
    if (Status leased = deliveries.lease(*due, token, now.addMSecs(lease.count())); !leased) {
        return leased.error();
    }
    auto claimed = deliveries.leasedTo(token);
    if (!claimed) {
        return claimed.error();
    }
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return claimed;
}

Result<Delivery> NotificationQueue::recordAttempt(Delivery claimed, const DeliveryAttempt& attempt)
{
    const QDateTime now = m_clock.now();
    claimed.lastHttpStatus = attempt.httpStatus;
    if (RetryPolicy::isSuccess(attempt.httpStatus) && !attempt.final) {
        claimed.status = DeliveryStatus::Delivered;
        claimed.deliveredAt = now;
        claimed.lastError.clear();
    } else {
        claimed.lastError = attempt.error;
        const bool exhausted = claimed.attempts >= m_policy.maxAttempts();
        if (attempt.final || exhausted || RetryPolicy::isFinal(attempt.httpStatus)) {
            claimed.status = DeliveryStatus::Dead;
        } else {
            claimed.nextAttemptAt = now.addMSecs(
                m_policy.delay(claimed.attempts, QRandomGenerator::global()->generateDouble()).count());
        }
    }
    auto settled = DeliveryRepository(m_database).settle(claimed);
    if (!settled) {
        return settled.error();
    }
    if (!*settled) {
        return Error::conflict(
            QStringLiteral("lease_lost"),
            QStringLiteral("Delivery %1 was claimed by another runner meanwhile").arg(claimed.id));
    }
    qCDebug(lcNotifications).noquote() << "delivery" << claimed.id << toText(claimed.channel) << "attempt"
                                       << claimed.attempts << "->" << toText(claimed.status);
    claimed.claimToken.clear();
    return claimed;
}

} // namespace baartal::core
