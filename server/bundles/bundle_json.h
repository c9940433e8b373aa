#pragma once

#include <QJsonObject>

namespace baartal::core {
struct BundleAlternative;
struct BundleListing;
struct BundleShop;
struct BundleSummary;
} // namespace baartal::core

namespace baartal::server {

// A bundle as customers discover it.
class BundleJson {
public:
    BundleJson() = delete;

    // {id, name, pincode, shops: [shop…]}.
    static QJsonObject toJson(const core::BundleListing& listing);
    // {id, business_name, category, address, bcoin_issue_rate, lat, lng (null when the shop has no
    // pin), distance_km (only when the caller sent a position and the shop has a pin, to 10 m)}.
    static QJsonObject shopJson(const core::BundleShop& shop);
    // A place offered to a shop refused for a taken category: {kind ("same_pincode", "nearby_pincode",
    // "new_bundle"), bundle_id and name (null for a new bundle), pincode, shops_count, distance_km (only
    // when known), accept (the fields to send again to take it: {bundle_id} or {new_bundle: true})}.
    static QJsonObject alternativeJson(const core::BundleAlternative& alternative);
    // A bundle as admins manage it: {id, name, pincode, status ("active" / "inactive"), shops_count,
    // categories, created_at}.
    static QJsonObject summaryJson(const core::BundleSummary& summary);
};

} // namespace baartal::server
