#pragma once

#include "core/bundles/bundle.h"
#include "core/result/result.h"

#include <QList>

#include <optional>

namespace baartal::core {

class Database;

// SQL of the bundles table.
class BundleRepository {
public:
    explicit BundleRepository(Database& database)
        : m_database(database)
    {
    }

    Status add(const Bundle& bundle);
    // Renames, activates or deactivates; NotFound "bundle_not_found" for an unknown id.
    Status update(const Bundle& bundle);
    Result<std::optional<Bundle>> findById(const QString& id);
    Result<QList<Bundle>> listByPincode(const QString& pincode);
    // The bundles with these ids that exist, in no particular order.
    Result<QList<Bundle>> listByIds(const QStringList& ids);
    // The filter's page, by pincode then age.
    Result<BundlePage> list(const BundleFilter& filter);
    // Active bundles of a sorting district (a pincode prefix) with no shop of `category` other than the
    // shop `ignoredMerchantId` (empty for none), closest pincode number to `pincode` first (the pincode
    // itself first of all), then oldest: at most `limit`.
    Result<QList<Bundle>> listOpenTo(const QString& category, const QString& district, const QString& pincode,
                                     const QString& ignoredMerchantId, int limit);
    // Holds, until the transaction ends, a lock that every other creator of a bundle in this pincode
    // waits for, so two sign-ups in an empty pincode cannot both create its first bundle. PostgreSQL
    // takes a transaction advisory lock; SQLite's BEGIN IMMEDIATE already serialises writers.
    Status lockPincode(const QString& pincode);

private:
    Database& m_database;
};

} // namespace baartal::core
