#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// A counter's signed upload of its outbox and the reference data it caches (docs/sync-protocol.md).
class SyncRoutes {
public:
    SyncRoutes() = delete;
    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
