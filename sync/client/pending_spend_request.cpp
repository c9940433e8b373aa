#include "sync/client/pending_spend_request.h"

#include "sync/client/response_fields.h"

namespace baartal::sync {

core::Result<PendingSpendRequest> PendingSpendRequest::fromJson(const QJsonObject& item)
{
    auto id = ResponseFields::requireString(item, QStringLiteral("id"));
    auto customerId = ResponseFields::requireString(item, QStringLiteral("customer_id"));
    auto contact = ResponseFields::requireString(item, QStringLiteral("contact"));
    for (const auto* field : {&id, &customerId, &contact}) {
        if (!*field) {
            return field->error();
        }
    }
    auto coins = ResponseFields::requireInteger(item, QStringLiteral("coins"));
    auto balance = ResponseFields::requireInteger(item, QStringLiteral("balance"));
    for (const auto* field : {&coins, &balance}) {
        if (!*field) {
            return field->error();
        }
    }
    if (*coins <= 0) {
        return ResponseFields::invalid(QStringLiteral("coins"));
    }
    auto created = ResponseFields::optionalTime(item, QStringLiteral("created_at"));
    if (!created) {
        return created.error();
    }
    auto expires = ResponseFields::optionalTime(item, QStringLiteral("expires_at"));
    if (!expires) {
        return expires.error();
    }
    return PendingSpendRequest{*id,      *customerId, *contact, core::Coins(*coins), core::Coins(*balance),
                               *created, *expires};
}

core::Result<QList<PendingSpendRequest>> PendingSpendRequest::listFromJson(const QJsonObject& data)
{
    return ResponseFields::requireList<PendingSpendRequest>(data, QStringLiteral("spend_requests"),
                                                            &fromJson);
}

} // namespace baartal::sync
