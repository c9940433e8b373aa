#include "server/bundles/bundle_json.h"

#include "core/bundles/bundle_admin_service.h"
#include "core/bundles/bundle_alternatives.h"
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

// Kilometres to the nearest 10 m.
double roundedKm(double km)
{
    return std::round(km * 100.0) / 100.0;
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
        json.insert(QStringLiteral("distance_km"), roundedKm(*shop.distanceKm));
    }
    return json;
}

QJsonObject BundleJson::alternativeJson(const core::BundleAlternative& alternative)
{
    const bool fresh = alternative.kind == core::AlternativeKind::NewBundle;
    QJsonObject json{
        {QStringLiteral("kind"), core::toText(alternative.kind)},
        {QStringLiteral("bundle_id"), fresh ? QJsonValue() : QJsonValue(alternative.bundle.id)},
        {QStringLiteral("name"), fresh ? QJsonValue() : QJsonValue(alternative.bundle.regionName)},
        {QStringLiteral("pincode"), alternative.bundle.pincode},
        {QStringLiteral("shops_count"), alternative.shopsCount},
        {QStringLiteral("accept"), fresh ? QJsonObject{{QStringLiteral("new_bundle"), true}}
                                         : QJsonObject{{QStringLiteral("bundle_id"), alternative.bundle.id}}},
    };
    if (alternative.distanceKm) {
        json.insert(QStringLiteral("distance_km"), roundedKm(*alternative.distanceKm));
    }
    return json;
}

QJsonObject BundleJson::summaryJson(const core::BundleSummary& summary)
{
    const core::Bundle& bundle = summary.bundle;
    return QJsonObject{
        {QStringLiteral("id"), bundle.id},
        {QStringLiteral("name"), bundle.regionName},
        {QStringLiteral("pincode"), bundle.pincode},
        {QStringLiteral("status"), bundle.active ? QStringLiteral("active") : QStringLiteral("inactive")},
        {QStringLiteral("shops_count"), summary.categories.size()},
        {QStringLiteral("categories"), QJsonArray::fromStringList(summary.categories)},
        {QStringLiteral("created_at"), bundle.createdAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

} // namespace baartal::server
