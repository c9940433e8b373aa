#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// Admins' bundle management (core::BundleAdminService):
// - GET /api/v1/admin/bundles?pincode=&status=active|inactive&page=&limit=: every bundle, active or
//   not, with its shops' count and categories, by pincode then age; page from 1, limit 1–200 (default
//   50); {bundles, pagination: {page, limit, total}}. Errors: "invalid_pincode", "invalid_status",
//   "invalid_page", "invalid_limit" (400).
// - POST /api/v1/admin/bundles {pincode, name}: a new, active, empty bundle (201).
// - PATCH /api/v1/admin/bundles/{id} {name?, status?}: rename, deactivate ("inactive": it leaves
//   discovery and takes no new shops; its shops stay) or activate again. "invalid_status",
//   "invalid_bundle_name" (400), "bundle_not_found" (404).
class BundleAdminRoutes {
public:
    BundleAdminRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
