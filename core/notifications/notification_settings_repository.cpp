#include "core/notifications/notification_settings_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

Result<std::optional<NotificationSettings>> NotificationSettingsRepository::find(const QString& merchantId)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT merchant_id, webhook_url, webhook_secret, whatsapp_to, updated_at "
                       "FROM merchant_notification_settings WHERE merchant_id = ?"),
        {merchantId});
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    if (!q.next()) {
        return std::optional<NotificationSettings>();
    }
    return std::optional(NotificationSettings{q.value(0).toString(), q.value(1).toString(),
                                              q.value(2).toString(), q.value(3).toString(),
                                              SqlValues::toTime(q.value(4))});
}

Status NotificationSettingsRepository::save(const NotificationSettings& settings)
{
    auto query = m_database.exec(
        QStringLiteral(
            "INSERT INTO merchant_notification_settings "
            "(merchant_id, webhook_url, webhook_secret, whatsapp_to, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (merchant_id) DO UPDATE SET webhook_url = excluded.webhook_url, "
            "webhook_secret = excluded.webhook_secret, whatsapp_to = excluded.whatsapp_to, "
            "updated_at = excluded.updated_at"),
        {settings.merchantId, SqlValues::fromText(settings.webhookUrl),
         SqlValues::fromText(settings.webhookSecret), SqlValues::fromText(settings.whatsappTo),
         SqlValues::fromTime(settings.updatedAt)});
    if (!query) {
        return query.error();
    }
    return {};
}

} // namespace baartal::core
