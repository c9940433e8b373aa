#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// Merchant analytics: a shop owner reads their own shop's (/api/v1/merchant/analytics), an admin any
// shop's (/api/v1/admin/merchants/{id}/analytics). The merchant route has no way to name another shop.
class AnalyticsRoutes {
public:
    AnalyticsRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
