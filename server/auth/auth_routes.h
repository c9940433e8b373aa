#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// /api/v1/auth: registration, password login, refresh-token rotation and logout.
class AuthRoutes {
public:
    AuthRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
