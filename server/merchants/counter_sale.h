#pragma once

#include "core/ledger/ledger_service.h"
#include "server/http/api_response.h"

#include <QJsonObject>

namespace baartal::server {

struct ServerContext;

// A sale keyed at a shop's counter, as the routes that record one read and answer it: the earn route and
// the confirmation of a spend request.
class CounterSale {
public:
    CounterSale() = delete;

    // bill_amount (rupees) and the optional client_txn_id (a UUID that makes a retry safe); the customer,
    // shop and coins redeemed are the caller's to fill in.
    static core::Result<core::SaleRequest> fromJson(const QJsonObject& body);

    // Records the sale, with `alongside` in its database transaction, and answers {transaction, balance,
    // duplicate}: 201, or 200 when the client id shows it was recorded before.
    static ApiResponse record(ServerContext& context, const core::SaleRequest& sale,
                              const core::LedgerService::MovementHook& alongside = {});
};

} // namespace baartal::server
