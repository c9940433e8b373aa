#pragma once

#include "core/geo/geo_distance.h"
#include "core/merchants/merchant.h"
#include "core/merchants/merchant_search.h"
#include "core/result/result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace baartal::core {

class Database;

// SQL of the merchants table.
class MerchantRepository {
public:
    explicit MerchantRepository(Database& database)
        : m_database(database)
    {
    }

    // A second shop of one category in one bundle comes back as Conflict "category_taken".
    Status add(const Merchant& merchant);
    Status update(const Merchant& merchant);
    Result<std::optional<Merchant>> findById(const QString& id);
    Result<std::optional<Merchant>> findByUserId(const QString& userId);
    Result<QList<Merchant>> listByBundle(const QString& bundleId);
    // The approved shops of these bundles, by bundle then business name.
    Result<QList<Merchant>> listApprovedInBundles(const QStringList& bundleIds);
    // The categories of every shop (approved or not) in these bundles, by bundle id, each sorted.
    Result<QHash<QString, QStringList>> categoriesInBundles(const QStringList& bundleIds);
    // Up to `limit` approved shops in a bundle whose pin lies in the box, roughly nearest to centre
    // first (an equirectangular approximation; callers refine with GeoDistance).
    Result<QList<Merchant>> listApprovedInBox(const GeoBox& box, GeoPoint centre, int limit);
    Status setApproved(const QString& id, bool approved);
    // The admin's list: matching shops by business name, then id.
    Result<MerchantListingPage> search(const MerchantSearch& search);

private:
    Result<std::optional<Merchant>> findOne(const QString& where, const QVariant& value);
    Database& m_database;
};

} // namespace baartal::core
