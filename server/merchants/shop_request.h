#pragma once

#include "core/merchants/onboarding_service.h"
#include "core/result/result.h"

#include <QJsonObject>
#include <QString>

namespace baartal::server {

// The JSON bodies of POST /api/v1/merchants and PATCH /api/v1/merchants/me, read into the onboarding
// service's terms. Only the JSON types are checked here ("missing_field", "invalid_field_type",
// "invalid_id" for bundle_id, "invalid_coordinates" for one of lat and lng without the other,
// "read_only_field" for a PATCH of id, user_id, qr_code_url or approved); OnboardingService checks the
// values.
class ShopRequest {
public:
    ShopRequest() = delete;

    // business_name, category, pincode and address are required; lat and lng (together),
    // bcoin_issue_rate (default 5), spend_cap_percent, and bundle_id or new_bundle are optional.
    static core::Result<core::ShopApplication> application(const QJsonObject& body, const QString& userId);
    // Any of the same fields (absent or null text leaves it as it is); lat and lng come together, and
    // both null remove the pin; a null spend_cap_percent removes the shop's own cap.
    static core::Result<core::ShopChanges> changes(const QJsonObject& body);
};

} // namespace baartal::server
