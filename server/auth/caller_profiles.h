#pragma once

#include "core/customers/customer.h"
#include "core/merchants/merchant.h"
#include "core/result/result.h"

namespace baartal::server {

class ApiRequest;
struct ServerContext;

// The profile behind the signed-in caller, for routes that act on the caller's own wallet or shop.
class CallerProfiles {
public:
    CallerProfiles() = delete;

    // "customer_profile_missing" when the account has no customer wallet.
    static core::Result<core::Customer> customer(ServerContext& context, const ApiRequest& request);
    // "merchant_profile_missing" when a merchant account has not set up its shop yet.
    static core::Result<core::Merchant> merchant(ServerContext& context, const ApiRequest& request);
};

} // namespace baartal::server
