#include "sync/client/pending_checkin.h"

#include "sync/client/response_fields.h"

namespace baartal::sync {

core::Result<PendingCheckin> PendingCheckin::fromJson(const QJsonObject& item)
{
    auto id = ResponseFields::requireString(item, QStringLiteral("id"));
    auto customerId = ResponseFields::requireString(item, QStringLiteral("customer_id"));
    auto contact = ResponseFields::requireString(item, QStringLiteral("contact"));
    for (const auto* field : {&id, &customerId, &contact}) {
        if (!*field) {
            return field->error();
        }
    }
    auto balance = ResponseFields::requireInteger(item, QStringLiteral("balance"));
    if (!balance) {
        return balance.error();
    }
    auto created = ResponseFields::optionalTime(item, QStringLiteral("created_at"));
    if (!created) {
        return created.error();
    }
    auto expires = ResponseFields::optionalTime(item, QStringLiteral("expires_at"));
    if (!expires) {
        return expires.error();
    }
    return PendingCheckin{*id, *customerId, *contact, core::Coins(*balance), *created, *expires};
}

core::Result<QList<PendingCheckin>> PendingCheckin::listFromJson(const QJsonObject& data)
{
    return ResponseFields::requireList<PendingCheckin>(data, QStringLiteral("checkins"), &fromJson);
}

} // namespace baartal::sync
