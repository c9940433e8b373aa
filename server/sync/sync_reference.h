#pragma once

#include "core/merchants/merchant.h"
#include "core/result/result.h"

#include <QJsonObject>

#include <chrono>

namespace baartal::server {

struct ServerContext;

// What a counter caches to keep trading offline (docs/sync-protocol.md §5): its shop's settings and
// approval, the keys that verify customer tokens, the devices and spend tokens it must refuse although
// they still look valid, and the balances of the shop's recent customers.
class SyncReference {
public:
    static constexpr int kDefaultCustomers = 500;
    static constexpr int kMaxCustomers = 2000;
    // Customers with a transaction at the shop this recently are listed.
    static constexpr std::chrono::days kCustomerWindow{90};
    // A spend token that expired longer ago than this is refused for its expiry alone, so it is left out.
    static constexpr std::chrono::hours kRefusedTokenWindow{24};

    SyncReference() = delete;

    // {generated_at, merchant, server_keys, revoked_devices, revoked_spend_tokens, recent_customers}, with
    // at most `customerLimit` recent customers.
    static core::Result<QJsonObject> build(ServerContext& context, const core::Merchant& merchant,
                                           int customerLimit);
};

} // namespace baartal::server
