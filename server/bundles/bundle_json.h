#pragma once

#include <QJsonObject>

namespace baartal::core {
struct BundleListing;
struct BundleShop;
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
};

} // namespace baartal::server
