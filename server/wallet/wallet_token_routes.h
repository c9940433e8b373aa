#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// The calling customer's signed tokens: the identity QR a counter scans (/api/v1/wallet/qr) and
// single-use spend tokens whose coins the server holds until they are redeemed, cancelled or lapse
// (/api/v1/wallet/spend-token).
class WalletTokenRoutes {
public:
    WalletTokenRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
