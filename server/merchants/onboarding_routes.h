#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// A merchant's sign-up of their shop (POST /api/v1/merchants) and its later edits
// (PATCH /api/v1/merchants/me), both answering with the merchant profile. A category taken in the
// bundle the shop asked for is refused with 409 "category_taken" and error.alternatives, the places it
// could go instead, each with the fields to send again to take it (see BundleJson::alternativeJson).
class OnboardingRoutes {
public:
    OnboardingRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
