#include "core/notifications/notification.h"

namespace baartal::core {

QString toText(EventType type)
{
    switch (type) {
    case EventType::Earn:
        return QStringLiteral("earn");
    case EventType::SpendRequestWaiting:
        return QStringLiteral("spend_request.waiting");
    case EventType::ApprovalDecided:
        return QStringLiteral("approval.decided");
    }
    return {};
}

QString toText(NotificationChannel channel)
{
    switch (channel) {
    case NotificationChannel::Webhook:
        return QStringLiteral("webhook");
    case NotificationChannel::WhatsApp:
        return QStringLiteral("whatsapp");
    }
    return {};
}

QString toText(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Pending:
        return QStringLiteral("pending");
    case DeliveryStatus::Delivered:
        return QStringLiteral("delivered");
    case DeliveryStatus::Dead:
        return QStringLiteral("dead");
    }
    return {};
}

std::optional<DeliveryStatus> deliveryStatusFromString(QStringView text)
{
    for (DeliveryStatus status : {DeliveryStatus::Pending, DeliveryStatus::Delivered, DeliveryStatus::Dead}) {
        if (text == toText(status)) {
            return status;
        }
    }
    return std::nullopt;
}

std::optional<NotificationChannel> notificationChannelFromString(QStringView text)
{
    for (NotificationChannel channel : {NotificationChannel::Webhook, NotificationChannel::WhatsApp}) {
        if (text == toText(channel)) {
            return channel;
        }
    }
    return std::nullopt;
}

} // namespace baartal::core
