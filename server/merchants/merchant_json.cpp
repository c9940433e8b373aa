#include "server/merchants/merchant_json.h"

#include "core/merchants/merchant.h"

#include <QJsonValue>

namespace baartal::server {

QJsonObject MerchantJson::toJson(const core::Merchant& merchant)
{
    return QJsonObject{
        {QStringLiteral("id"), merchant.id},
        {QStringLiteral("user_id"), merchant.userId},
        {QStringLiteral("business_name"), merchant.businessName},
        {QStringLiteral("category"), merchant.category},
        {QStringLiteral("pincode"), merchant.pincode},
        {QStringLiteral("address"), merchant.address},
        {QStringLiteral("bcoin_issue_rate"), merchant.bcoinIssueRate},
        {QStringLiteral("bundle_id"),
         merchant.bundleId.isEmpty() ? QJsonValue() : QJsonValue(merchant.bundleId)},
        {QStringLiteral("qr_code_url"), merchant.qrCodeUrl},
        {QStringLiteral("approved"), merchant.approved},
    };
}

} // namespace baartal::server
