#include "server/bundles/bundle_json.h"

#include "core/bundles/bundle_directory.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>
#include <optional>

namespace baartal::server {

namespace {

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

QJsonObject BundleJson::toJson(const core::BundleListing& listing)
{
    QJsonArray shops;
    for (const core::BundleShop& shop : listing.shops) {
        shops.append(shopJson(shop));
    }
    return QJsonObject{
        {QStringLiteral("id"), listing.bundle.id},
        {QStringLiteral("name"), listing.bundle.regionName},
        {QStringLiteral("pincode"), listing.bundle.pincode},
        {QStringLiteral("shops"), shops},
    };
}

QJsonObject BundleJson::shopJson(const core::BundleShop& shop)
{
    const core::Merchant& merchant = shop.merchant;
    QJsonObject json{
        {QStringLiteral("id"), merchant.id},
        {QStringLiteral("business_name"), merchant.businessName},
        {QStringLiteral("category"), merchant.category},
        {QStringLiteral("address"), merchant.address},
        {QStringLiteral("bcoin_issue_rate"), merchant.bcoinIssueRate},
        {QStringLiteral("lat"), optionalNumber(merchant.lat)},
        {QStringLiteral("lng"), optionalNumber(merchant.lng)},
    };
    if (shop.distanceKm) {
        json.insert(QStringLiteral("distance_km"), std::round(*shop.distanceKm * 100.0) / 100.0);
    }
    return json;
}

} // namespace baartal::server
