#pragma once

namespace baartal::server {

class Router;
struct ServerContext;

// GET /api/v1/merchant/transactions: the calling merchant's shop's transactions, newest first, filtered
// by day range, customer and type (ShopHistoryRequest), a page at a time with {page, limit, total}. Each
// row is TransactionJson's with the customer's masked contact, the counter's client_txn_id, the reason,
// and the void linkage both ways (voids_txn_id on a void, voided_by on what it reversed). Only ever
// the caller's own shop.
class ShopHistoryRoutes {
public:
    ShopHistoryRoutes() = delete;

    static void registerRoutes(Router& router, ServerContext& context);
};

} // namespace baartal::server
