#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// Spend requests: a customer asks to spend coins at a shop (/api/v1/wallet/spend-requests), the shop
// confirms with the bill or declines (/api/v1/merchant/spend-requests). Each side sees and acts on only
// its own requests.
class SpendRequestRoutes {
public:
    SpendRequestRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
