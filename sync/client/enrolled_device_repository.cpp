#include "sync/client/enrolled_device_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::sync {

core::Status EnrolledDeviceRepository::save(const EnrolledDevice& d)
{
    auto query = m_database.exec(
        QStringLiteral(
            "INSERT INTO device_enrolment (server_url, merchant_id, device_id, name, public_key, "
            "key_location, replaced_device_id, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (server_url, merchant_id) DO UPDATE SET device_id = excluded.device_id, "
            "name = excluded.name, public_key = excluded.public_key, "
            "key_location = excluded.key_location, "
            "replaced_device_id = excluded.replaced_device_id, enrolled_at = excluded.enrolled_at"),
        {d.serverUrl, d.merchantId, d.deviceId, core::SqlValues::fromText(d.name), d.publicKey,
         toText(d.keyLocation), core::SqlValues::fromOptionalText(d.replacedDeviceId),
         core::SqlValues::fromTime(d.enrolledAt)});
    if (!query) {
        return query.error();
    }
    return {};
}

core::Result<std::optional<EnrolledDevice>> EnrolledDeviceRepository::find(const QString& serverUrl,
                                                                           const QString& merchantId)
{
    auto query = m_database.exec(QStringLiteral("SELECT device_id, name, public_key, key_location, "
                                                "replaced_device_id, enrolled_at FROM device_enrolment "
                                                "WHERE server_url = ? AND merchant_id = ?"),
                                 {serverUrl, merchantId});
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    if (!q.next()) {
        return std::optional<EnrolledDevice>();
    }
    EnrolledDevice device;
    device.serverUrl = serverUrl;
    device.merchantId = merchantId;
    device.deviceId = q.value(0).toString();
    device.name = q.value(1).toString();
    device.publicKey = q.value(2).toByteArray();
    // The table's CHECK admits only the two spellings.
    device.keyLocation = keyLocationFromString(q.value(3).toString()).value_or(KeyLocation::Keychain);
    device.replacedDeviceId = q.value(4).toString();
    device.enrolledAt = core::SqlValues::toTime(q.value(5));
    return std::optional<EnrolledDevice>(device);
}

} // namespace baartal::sync
