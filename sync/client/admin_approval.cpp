#include "sync/client/admin_approval.h"

#include "sync/client/response_fields.h"

namespace baartal::sync {

core::Result<AdminApproval> AdminApproval::fromJson(const QJsonObject& data)
{
    auto id = ResponseFields::requireString(data, QStringLiteral("id"));
    auto merchantId = ResponseFields::requireString(data, QStringLiteral("merchant_id"));
    auto status = ResponseFields::requireString(data, QStringLiteral("status"));
    auto name = ResponseFields::requireString(data, QStringLiteral("business_name"));
    auto created = ResponseFields::requireTime(data, QStringLiteral("created_at"));
    auto decided = ResponseFields::optionalTime(data, QStringLiteral("decided_at"));
    if (core::Status read = ResponseFields::firstError(id, merchantId, status, name, created, decided);
        !read) {
        return read.error();
    }
    AdminApproval approval;
    approval.id = *id;
    approval.merchantId = *merchantId;
    approval.status = *status;
    approval.notes = data.value(QStringLiteral("notes")).toString();
    approval.businessName = *name;
    approval.category = data.value(QStringLiteral("category")).toString();
    approval.pincode = data.value(QStringLiteral("pincode")).toString();
    approval.address = data.value(QStringLiteral("address")).toString();
    approval.ownerLogin = data.value(QStringLiteral("owner_login")).toString();
    approval.createdAt = *created;
    approval.decidedAt = *decided;
    return approval;
}

core::Result<QList<AdminApproval>> AdminApproval::listFromJson(const QJsonObject& data)
{
    return ResponseFields::requireList<AdminApproval>(data, QStringLiteral("approvals"), &fromJson);
}

} // namespace baartal::sync
