#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// /api/v1/wallet: the calling customer's B-Coins.
class WalletRoutes {
public:
    WalletRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
