#include "server/admin/approval_json.h"

#include "core/approvals/approval.h"

#include <QJsonValue>

namespace baartal::server {

namespace {

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QJsonObject ApprovalJson::toJson(const core::ApprovalListing& listing)
{
    const core::Approval& approval = listing.approval;
    return QJsonObject{
        {QStringLiteral("id"), approval.id},
        {QStringLiteral("merchant_id"), approval.merchantId},
        {QStringLiteral("status"), core::toText(approval.status)},
        {QStringLiteral("notes"), approval.notes},
        {QStringLiteral("business_name"), listing.businessName},
        {QStringLiteral("created_at"), timeOrNull(approval.createdAt)},
        {QStringLiteral("decided_at"), timeOrNull(approval.decidedAt)},
    };
}

} // namespace baartal::server
