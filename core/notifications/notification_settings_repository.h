#pragma once

#include "core/notifications/notification.h"
#include "core/result/result.h"

#include <optional>

namespace baartal::core {

class Database;

// SQL of the merchant_notification_settings table.
class NotificationSettingsRepository {
public:
    explicit NotificationSettingsRepository(Database& database)
        : m_database(database)
    {
    }

    Result<std::optional<NotificationSettings>> find(const QString& merchantId);
    // Inserts the shop's row or replaces it whole.
    Status save(const NotificationSettings& settings);

private:
    Database& m_database;
};

} // namespace baartal::core
