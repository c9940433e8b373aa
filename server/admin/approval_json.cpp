#include "server/admin/approval_json.h"

#include "core/approvals/approval.h"
#include "server/http/json_time.h"

namespace baartal::server {

QJsonObject ApprovalJson::toJson(const core::ApprovalListing& listing)
{
    const core::Approval& approval = listing.approval;
    return QJsonObject{
        {QStringLiteral("id"), approval.id},
        {QStringLiteral("merchant_id"), approval.merchantId},
        {QStringLiteral("status"), core::toText(approval.status)},
        {QStringLiteral("notes"), approval.notes},
        {QStringLiteral("business_name"), listing.businessName},
        {QStringLiteral("category"), listing.category},
        {QStringLiteral("pincode"), listing.pincode},
        {QStringLiteral("address"), listing.address},
        {QStringLiteral("owner_login"), listing.ownerLogin},
        {QStringLiteral("created_at"), JsonTime::orNull(approval.createdAt)},
        {QStringLiteral("decided_at"), JsonTime::orNull(approval.decidedAt)},
    };
}

} // namespace baartal::server
