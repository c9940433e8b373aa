#pragma once

#include <QJsonObject>

namespace baartal::core {
struct ApprovalListing;
}

namespace baartal::server {

// An approval as the admin API shows it.
class ApprovalJson {
public:
    ApprovalJson() = delete;

    // {id, merchant_id, status, notes, business_name, category, pincode, address, owner_login,
    // created_at, decided_at (null while pending)}, times in ISO 8601 UTC.
    static QJsonObject toJson(const core::ApprovalListing& listing);
};

} // namespace baartal::server
