#include "server/merchants/counter_sale.h"

#include "server/http/json_fields.h"
#include "server/server_context.h"
#include "server/wallet/transaction_json.h"

namespace baartal::server {

core::Result<core::SaleRequest> CounterSale::fromJson(const QJsonObject& body)
{
    core::SaleRequest sale;
    auto bill = JsonFields::requirePaise(body, QStringLiteral("bill_amount"));
    if (!bill) {
        return bill.error();
    }
    sale.bill = *bill;
    const QString clientTxnField = QStringLiteral("client_txn_id");
    auto clientTxnId = JsonFields::optionalString(body, clientTxnField);
    if (!clientTxnId) {
        return clientTxnId.error();
    }
    if (*clientTxnId) {
        auto id = JsonFields::parseUuid(**clientTxnId, clientTxnField);
        if (!id) {
            return id.error();
        }
        sale.clientTxnId = *id;
    }
    return sale;
}

ApiResponse CounterSale::record(ServerContext& context, const core::SaleRequest& sale,
                                const core::LedgerService::MovementHook& alongside)
{
    auto recorded = context.ledger.recordSale(sale, alongside);
    if (!recorded) {
        return ApiResponse::error(recorded.error());
    }
    auto wallet = context.ledger.wallet(sale.customerId);
    if (!wallet) {
        return ApiResponse::error(wallet.error());
    }
    const QJsonObject data{{QStringLiteral("transaction"), TransactionJson::toJson(recorded->transaction)},
                           {QStringLiteral("balance"), wallet->balance.toJson()},
                           {QStringLiteral("duplicate"), recorded->duplicate}};
    return ApiResponse::ok(data, recorded->duplicate ? 200 : 201);
}

} // namespace baartal::server
