#pragma once

#include "core/bundles/bundle.h"
#include "core/geo/geo_distance.h"
#include "core/result/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace baartal::core {

class Database;

enum class AlternativeKind { SamePincode, NearbyPincode, NewBundle };

// "same_pincode", "nearby_pincode", "new_bundle".
QString toText(AlternativeKind kind);

// Somewhere a shop refused for a taken category could go instead. A NewBundle alternative has no
// bundle id yet: its bundle holds only the pincode it would be created in.
struct BundleAlternative {
    AlternativeKind kind = AlternativeKind::NewBundle;
    Bundle bundle;
    int shopsCount = 0;
    std::optional<double> distanceKm; // to the bundle's nearest approved shop with a pin
};

// The places a shop of some category can still join, best first: other active bundles of its own
// pincode with that category free (oldest first); then up to kMaxNearby active bundles of other
// pincodes of the same postal sorting district with it free, nearest first when the shop has a pin
// (distance to the bundle's nearest approved pinned shop; bundles with none follow) and otherwise by
// closeness of the pincode numbers; last, always, a new bundle in its own pincode.
class BundleAlternatives {
public:
    static constexpr int kMaxSamePincode = 5;
    static constexpr int kMaxNearby = 5;
    // The bundles read to choose from, closest pincode numbers first.
    static constexpr int kCandidates = 50;

    explicit BundleAlternatives(Database& database)
        : m_database(database)
    {
    }

    // `ignoredMerchantId` is a shop moving within its area, whose own place does not count as taken.
    Result<QList<BundleAlternative>> find(const QString& category, const QString& pincode,
                                          std::optional<GeoPoint> from,
                                          const QString& ignoredMerchantId = {});

private:
    Database& m_database;
};

} // namespace baartal::core
