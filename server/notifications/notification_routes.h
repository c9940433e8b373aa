#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// /api/v1/merchant/webhook and /api/v1/merchant/whatsapp: where a shop receives its notifications, and
// the log of their deliveries. Merchants only, each to their own shop.
class NotificationRoutes {
public:
    NotificationRoutes() = delete;
    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
