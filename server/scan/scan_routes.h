#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// A customer's scan of a shop's counter QR (/api/v1/scan), which records footfall and a pending check-in,
// and the shop's list of customers waiting at its counter (/api/v1/merchant/checkins). A shop sees only
// its own check-ins.
class ScanRoutes {
public:
    ScanRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
