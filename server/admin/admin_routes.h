#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// Platform staff's tools (/api/v1/admin/...): the queue of shops awaiting approval and its decisions,
// finding a customer by phone (GET customers?phone=), manual coin adjustments with a reason and the
// admin's password re-entered (a wrong one is 403 "reauthentication_failed"), and the ledger's health
// check. Every route admits the admin role only.
class AdminRoutes {
public:
    AdminRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
