#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// /api/v1/bundles: bundle discovery for any signed-in user (the specification's customer wallet
// overview: "shops near current location or pincode"). Only active bundles and approved shops show.
//
// GET /api/v1/bundles needs ?pincode= (six digits) or ?lat=&lng= (decimal degrees), or both, and takes
// ?radius_km= (default 5, at most 50) with a position and no pincode. Errors (400): "missing_location",
// "invalid_pincode", "invalid_coordinates", "invalid_radius". GET /api/v1/bundles/{id} (optional
// ?lat=&lng= for distances): "invalid_id" (400), "bundle_not_found" (404).
class BundleRoutes {
public:
    BundleRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
