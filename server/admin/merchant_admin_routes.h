#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// Admins' directory of shops:
// - GET /api/v1/admin/merchants?status=pending|approved|rejected&q=&page=&limit=: every shop, by
//   business name; `q` matches inside the business name or the owner's login (phone or e-mail), or
//   the start of the pincode. Page from 1, limit 1–200 (default 50). {merchants: [shop profile as
//   MerchantJson, with owner_login and state], pagination: {page, limit, total}}. Errors:
//   "invalid_status", "invalid_page", "invalid_limit" (400).
class MerchantAdminRoutes {
public:
    MerchantAdminRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
