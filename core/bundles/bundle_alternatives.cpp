#include "core/bundles/bundle_alternatives.h"

#include "core/bundles/bundle_repository.h"
#include "core/geo/pincode.h"
#include "core/merchants/merchant_repository.h"

#include <QHash>

#include <algorithm>

namespace baartal::core {

QString toText(AlternativeKind kind)
{
    switch (kind) {
    case AlternativeKind::SamePincode:
        return QStringLiteral("same_pincode");
    case AlternativeKind::NearbyPincode:
        return QStringLiteral("nearby_pincode");
    case AlternativeKind::NewBundle:
        return QStringLiteral("new_bundle");
    }
    return {};
}

Result<QList<BundleAlternative>> BundleAlternatives::find(const QString& category, const QString& pincode,
                                                          std::optional<GeoPoint> from,
                                                          const QString& ignoredMerchantId)
{
    auto candidates =
        BundleRepository(m_database)
            .listOpenTo(category, Pincode::sortingDistrict(pincode), pincode, ignoredMerchantId, kCandidates);
    if (!candidates) {
        return candidates.error();
    }
    QStringList ids;
    for (const Bundle& bundle : std::as_const(*candidates)) {
        ids.append(bundle.id);
    }
    MerchantRepository merchants(m_database);
    auto categories = merchants.categoriesInBundles(ids);
    if (!categories) {
        return categories.error();
    }
    QHash<QString, double> nearestShop;
    if (from) {
        auto shops = merchants.listApprovedInBundles(ids);
        if (!shops) {
            return shops.error();
        }
        for (const Merchant& shop : std::as_const(*shops)) {
            if (!shop.lat || !shop.lng) {
                continue;
            }
            const double km = GeoDistance::distanceKm(*from, GeoPoint{*shop.lat, *shop.lng});
            if (!nearestShop.contains(shop.bundleId) || km < nearestShop.value(shop.bundleId)) {
                nearestShop.insert(shop.bundleId, km);
            }
        }
    }

    QList<BundleAlternative> samePincode;
    QList<BundleAlternative> nearby;
    for (const Bundle& bundle : std::as_const(*candidates)) {
        const bool here = bundle.pincode == pincode;
        BundleAlternative alternative{here ? AlternativeKind::SamePincode : AlternativeKind::NearbyPincode,
                                      bundle, int(categories->value(bundle.id).size()), std::nullopt};
        if (nearestShop.contains(bundle.id)) {
            alternative.distanceKm = nearestShop.value(bundle.id);
        }
        (here ? samePincode : nearby).append(alternative);
    }
    // Candidates arrive by pincode closeness; a stable sort keeps that order among bundles with no
    // known distance, which go last.
    std::stable_sort(nearby.begin(), nearby.end(),
                     [](const BundleAlternative& a, const BundleAlternative& b) {
                         return GeoDistance::nearer(a.distanceKm, b.distanceKm);
                     });

    QList<BundleAlternative> alternatives = samePincode.mid(0, kMaxSamePincode);
    alternatives.append(nearby.mid(0, kMaxNearby));
    Bundle fresh;
    fresh.pincode = pincode;
    alternatives.append(BundleAlternative{AlternativeKind::NewBundle, fresh, 0, std::nullopt});
    return alternatives;
}

} // namespace baartal::core
