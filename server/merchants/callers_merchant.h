#pragma once

#include "core/merchants/merchant.h"
#include "core/result/result.h"

namespace baartal::server {

class ApiRequest;
struct ServerContext;

// The shop profile of the merchant making this request; a merchant account that has not set one up
// yet gets NotFound "merchant_profile_missing".
core::Result<core::Merchant> callersMerchant(ServerContext& context, const ApiRequest& request);

} // namespace baartal::server
