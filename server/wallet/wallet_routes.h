#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// /api/v1/wallet: the calling customer's B-Coins and transaction history (/api/v1/wallet/transactions),
// never another customer's.
class WalletRoutes {
public:
    WalletRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
