#pragma once

#include "core/result/result.h"
#include "sync/client/reference_data.h"

#include <optional>

namespace baartal::core {
class Database;
}

namespace baartal::sync {

// The reference_* tables of the counter store: the last reference pull of a shop, kept whole so the
// counter checks customer QR codes and shows balances while offline. The shop's own settings go to
// merchant_profile through MerchantProfileCache, so the sale screen and the reference never disagree.
class ReferenceCache {
public:
    explicit ReferenceCache(core::Database& database)
        : m_database(database)
    {
    }

    // Replaces the shop's earlier pull in one transaction; `fetchedAt` is the counter's time of the pull.
    core::Status store(const ReferenceData& reference, const QDateTime& fetchedAt);
    // The shop's last pull, nothing before the first one.
    core::Result<std::optional<ReferenceData>> load(const QString& merchantId);

private:
    core::Status replace(const ReferenceData& reference, const QDateTime& fetchedAt);
    core::Status loadLists(const QString& merchantId, ReferenceData& reference);

    core::Database& m_database;
};

} // namespace baartal::sync
