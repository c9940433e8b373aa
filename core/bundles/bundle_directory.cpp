#include "core/bundles/bundle_directory.h"

#include "core/bundles/bundle_repository.h"
#include "core/merchants/merchant_repository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace baartal::core {

namespace {

std::optional<double> distanceTo(const Merchant& merchant, std::optional<GeoPoint> from)
{
    if (!from || !merchant.lat || !merchant.lng) {
        return std::nullopt;
    }
    return GeoDistance::distanceKm(*from, GeoPoint{*merchant.lat, *merchant.lng});
}

} // namespace

Result<QList<BundleListing>> BundleDirectory::inPincode(const QString& pincode, std::optional<GeoPoint> from)
{
    auto bundles = BundleRepository(m_database).listByPincode(pincode);
    if (!bundles) {
        return bundles.error();
    }
    return listings(std::move(*bundles), from, false);
}

Result<QList<BundleListing>> BundleDirectory::near(GeoPoint from, double radiusKm)
{
    auto candidates =
        MerchantRepository(m_database)
            .listApprovedInBox(GeoDistance::boundingBox(from, radiusKm), from, kMaxCandidateShops);
    if (!candidates) {
        return candidates.error();
    }
    QList<std::pair<double, QString>> byDistance; // nearest shop distance, bundle id
    for (const Merchant& merchant : std::as_const(*candidates)) {
        const std::optional<double> distance = distanceTo(merchant, from);
        if (distance && *distance <= radiusKm) {
            byDistance.append({*distance, merchant.bundleId});
        }
    }
    std::sort(byDistance.begin(), byDistance.end());
    QStringList ids;
    for (const auto& [distance, bundleId] : std::as_const(byDistance)) {
        if (!ids.contains(bundleId)) {
            ids.append(bundleId);
        }
        if (ids.size() == kMaxBundles) {
            break;
        }
    }
    auto bundles = BundleRepository(m_database).listByIds(ids);
    if (!bundles) {
        return bundles.error();
    }
    return listings(std::move(*bundles), from, false);
}

Result<std::optional<BundleListing>> BundleDirectory::find(const QString& id, std::optional<GeoPoint> from)
{
    auto bundle = BundleRepository(m_database).findById(id);
    if (!bundle) {
        return bundle.error();
    }
    if (!*bundle) {
        return std::optional<BundleListing>();
    }
    auto found = listings({**bundle}, from, true);
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<BundleListing>() : std::optional<BundleListing>(found->first());
}

Result<QList<BundleListing>> BundleDirectory::listings(QList<Bundle> bundles, std::optional<GeoPoint> from,
                                                       bool keepEmpty)
{
    bundles.removeIf([](const Bundle& bundle) { return !bundle.active; });
    QStringList ids;
    for (const Bundle& bundle : std::as_const(bundles)) {
        ids.append(bundle.id);
    }
    auto merchants = MerchantRepository(m_database).listApprovedInBundles(ids);
    if (!merchants) {
        return merchants.error();
    }
    QHash<QString, QList<BundleShop>> shopsOf;
    for (const Merchant& merchant : std::as_const(*merchants)) {
        shopsOf[merchant.bundleId].append(BundleShop{merchant, distanceTo(merchant, from)});
    }

    QList<BundleListing> result;
    for (const Bundle& bundle : std::as_const(bundles)) {
        BundleListing listing{bundle, shopsOf.value(bundle.id), std::nullopt};
        if (listing.shops.isEmpty() && !keepEmpty) {
            continue;
        }
        // Shops arrive by business name; a stable sort keeps that order among equal distances.
        std::stable_sort(listing.shops.begin(), listing.shops.end(),
                         [](const BundleShop& a, const BundleShop& b) {
                             return GeoDistance::nearer(a.distanceKm, b.distanceKm);
                         });
        if (!listing.shops.isEmpty()) {
            listing.distanceKm = listing.shops.first().distanceKm;
        }
        result.append(std::move(listing));
    }
    if (from) {
        std::stable_sort(result.begin(), result.end(), [](const BundleListing& a, const BundleListing& b) {
            return GeoDistance::nearer(a.distanceKm, b.distanceKm);
        });
    }
    return result;
}

} // namespace baartal::core
