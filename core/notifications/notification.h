#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace baartal::core {

// What a shop is told about: a sale at the shop, a customer waiting to spend there, the admin's decision
// on the shop.
enum class EventType { Earn, SpendRequestWaiting, ApprovalDecided };
// How it is told: a signed HTTP POST to the shop's URL, or a WhatsApp text to the shop's number.
enum class NotificationChannel { Webhook, WhatsApp };
// pending until the receiver accepts it (delivered) or the retries run out (dead).
enum class DeliveryStatus { Pending, Delivered, Dead };

// "earn", "spend_request.waiting", "approval.decided".
QString toText(EventType type);
QString toText(NotificationChannel channel);
QString toText(DeliveryStatus status);
std::optional<DeliveryStatus> deliveryStatusFromString(QStringView text);
std::optional<NotificationChannel> notificationChannelFromString(QStringView text);

// One event for one shop: the JSON integrators receive as "data", and a one-line text for people
// (the WhatsApp message).
struct MerchantEvent {
    EventType type = EventType::Earn;
    QString merchantId;
    QJsonObject data;
    QString summary;
};

// Where a shop wants its events; an empty field means that channel is off.
struct NotificationSettings {
    QString merchantId;
    QString webhookUrl;
    QString webhookSecret;
    QString whatsappTo;
    QDateTime updatedAt;

    bool hasWebhook() const { return !webhookUrl.isEmpty() && !webhookSecret.isEmpty(); }
    bool hasWhatsApp() const { return !whatsappTo.isEmpty(); }
};

// One event on its way to one channel. body is the exact JSON sent to a webhook (the same bytes on every
// attempt); claimToken identifies the runner holding the row while it sends.
struct Delivery {
    QString id;
    QString eventId;
    QString merchantId;
    NotificationChannel channel = NotificationChannel::Webhook;
    QString eventType;
    QByteArray body;
    QString summary;
    DeliveryStatus status = DeliveryStatus::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString claimToken;
    int lastHttpStatus = 0; // 0 when no HTTP answer arrived
    QString lastError;
    QDateTime createdAt;
    QDateTime deliveredAt;
};

} // namespace baartal::core
