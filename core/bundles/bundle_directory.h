#pragma once

#include "core/bundles/bundle.h"
#include "core/geo/geo_distance.h"
#include "core/merchants/merchant.h"
#include "core/result/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace baartal::core {

class Database;

// One approved shop of a bundle, with its distance from the customer when both positions are known.
struct BundleShop {
    Merchant merchant;
    std::optional<double> distanceKm;
};

// An active bundle as a customer discovers it: only its approved shops, nearest first when the
// customer's position is known (shops without a pin last), otherwise by business name.
struct BundleListing {
    Bundle bundle;
    QList<BundleShop> shops;
    std::optional<double> distanceKm; // to its nearest shop
};

// Finds bundles for customers: by pincode, around a position, or by id. Inactive bundles and shops
// not yet approved are never shown.
class BundleDirectory {
public:
    static constexpr double kDefaultRadiusKm = 5.0;
    static constexpr double kMaxRadiusKm = 50.0;
    // The most bundles one answer lists, and the most shop pins read to find them.
    static constexpr int kMaxBundles = 50;
    static constexpr int kMaxCandidateShops = 500;

    explicit BundleDirectory(Database& database)
        : m_database(database)
    {
    }

    // The pincode's bundles that have an approved shop, oldest bundle first, or nearest first when
    // `from` is given.
    Result<QList<BundleListing>> inPincode(const QString& pincode, std::optional<GeoPoint> from = {});
    // Bundles with an approved shop pinned within radiusKm of `from`, nearest first.
    Result<QList<BundleListing>> near(GeoPoint from, double radiusKm = kDefaultRadiusKm);
    // One active bundle, even with no approved shop yet; nothing when unknown or inactive.
    Result<std::optional<BundleListing>> find(const QString& id, std::optional<GeoPoint> from = {});

private:
    Result<QList<BundleListing>> listings(QList<Bundle> bundles, std::optional<GeoPoint> from,
                                          bool keepEmpty);
    Database& m_database;
};

} // namespace baartal::core
