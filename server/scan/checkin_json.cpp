#include "server/scan/checkin_json.h"

#include "core/checkins/checkin.h"
#include "server/http/json_time.h"

namespace baartal::server {

QJsonObject CheckinJson::toJson(const core::Checkin& checkin, const QDateTime& now)
{
    return QJsonObject{
        {QStringLiteral("id"), checkin.id},
        {QStringLiteral("customer_id"), checkin.customerId},
        {QStringLiteral("merchant_id"), checkin.merchantId},
        {QStringLiteral("status"), core::toText(checkin.statusAt(now))},
        {QStringLiteral("txn_id"), checkin.txnId.isEmpty() ? QJsonValue() : QJsonValue(checkin.txnId)},
        {QStringLiteral("created_at"), JsonTime::orNull(checkin.createdAt)},
        {QStringLiteral("expires_at"), JsonTime::orNull(checkin.expiresAt)},
    };
}

} // namespace baartal::server
