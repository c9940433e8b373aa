#pragma once

#include "core/merchants/merchant.h"
#include "core/result/result.h"

namespace baartal::server {

class ApiRequest;
struct ServerContext;

// The shop of the merchant making a request, for the routes under /api/v1/merchant/.
class MerchantLookup {
public:
    MerchantLookup() = delete;

    // The caller's shop profile; a merchant account that has not set one up yet gets NotFound
    // "merchant_profile_missing".
    static core::Result<core::Merchant> callers(ServerContext& context, const ApiRequest& request);
};

} // namespace baartal::server
