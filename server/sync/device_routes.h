#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// Enrolment of counters: a shop registers the Ed25519 key each counter signs its sync batches with;
// the owner or an admin revokes it (docs/sync-protocol.md).
class DeviceRoutes {
public:
    DeviceRoutes() = delete;
    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
