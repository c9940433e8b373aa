#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// The shop categories a bundle holds one of each: GET /api/v1/categories for any signed-in user (the
// merchant's sign-up form, customers filtering shops, admins), and POST /api/v1/admin/categories for
// an admin to add one: {name (lower-case letters, digits and underscores, 2–32, starting with a
// letter), label (optional, 1–40 characters; defaults to the name in words)}. Errors:
// "invalid_category_name", "invalid_category_label" (400), "category_exists" (409).
class CategoryRoutes {
public:
    CategoryRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
