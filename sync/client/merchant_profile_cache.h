#pragma once

#include "core/result/result.h"
#include "sync/client/merchant_profile.h"

#include <optional>

namespace baartal::core {
class Database;
}

namespace baartal::sync {

// The merchant_profile table of the counter store: the signed-in merchant's settings as last read
// from the server, so the counter can preview and check sales during an outage.
class MerchantProfileCache {
public:
    explicit MerchantProfileCache(core::Database& database)
        : m_database(database)
    {
    }

    // Replaces any earlier copy of this merchant's profile; fetchedAt is stored with it.
    core::Status store(const MerchantProfile& profile);
    core::Result<std::optional<MerchantProfile>> find(const QString& merchantId);

private:
    core::Database& m_database;
};

} // namespace baartal::sync
