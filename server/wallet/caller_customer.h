#pragma once

#include "core/customers/customer.h"
#include "core/result/result.h"

namespace baartal::server {

class ApiRequest;
struct ServerContext;

// The customer profile of the caller of a customer route.
class CallerCustomer {
public:
    CallerCustomer() = delete;

    // "customer_profile_missing" (NotFound) when the account has none.
    static core::Result<core::Customer> of(ServerContext& context, const ApiRequest& request);
};

} // namespace baartal::server
