#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// The merchant's own shop: its profile (/api/v1/merchants/me) and the counter's sale
// (/api/v1/merchant/earn). Every route acts on the caller's own profile only, so one shop can never
// read or issue for another.
class MerchantRoutes {
public:
    MerchantRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
