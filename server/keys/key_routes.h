#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// /api/v1/keys: the public keys that verify customer QR and spend tokens, for points of sale to check
// them offline. Public: a public key is no secret.
class KeyRoutes {
public:
    KeyRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
