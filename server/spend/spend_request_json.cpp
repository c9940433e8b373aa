#include "server/spend/spend_request_json.h"

#include "core/spend/spend_request.h"
#include "server/http/json_time.h"

namespace baartal::server {

QJsonObject SpendRequestJson::toJson(const core::SpendRequest& request, const QDateTime& now)
{
    return QJsonObject{
        {QStringLiteral("id"), request.id},
        {QStringLiteral("customer_id"), request.customerId},
        {QStringLiteral("merchant_id"), request.merchantId},
        {QStringLiteral("coins"), request.coins.toJson()},
        {QStringLiteral("status"), core::toText(request.statusAt(now))},
        {QStringLiteral("txn_id"), request.txnId.isEmpty() ? QJsonValue() : QJsonValue(request.txnId)},
        {QStringLiteral("created_at"), JsonTime::orNull(request.createdAt)},
        {QStringLiteral("expires_at"), JsonTime::orNull(request.expiresAt)},
        {QStringLiteral("decided_at"), JsonTime::orNull(request.decidedAt)},
    };
}

} // namespace baartal::server
