#include "server/merchants/merchant_routes.h"

#include "core/ledger/ledger_service.h"
#include "core/merchants/merchant_repository.h"
#include "server/http/json_fields.h"
#include "server/http/router.h"
#include "server/merchants/merchant_json.h"
#include "server/server_context.h"
#include "server/wallet/transaction_json.h"

#include <QJsonObject>

#include <limits>

namespace baartal::server {

namespace {

// The caller's shop profile; a merchant account that has not set one up yet gets
// "merchant_profile_missing".
core::Result<core::Merchant> callersMerchant(ServerContext& context, const ApiRequest& request)
{
    auto merchant = core::MerchantRepository(context.database).findByUserId(request.auth()->userId);
    if (!merchant) {
        return merchant.error();
    }
    if (!*merchant) {
        return core::Error::notFound(QStringLiteral("merchant_profile_missing"),
                                     QStringLiteral("This merchant account has no shop profile yet."));
    }
    return **merchant;
}

core::Result<core::SaleRequest> saleFrom(const QJsonObject& body)
{
    core::SaleRequest sale;
    auto customerId = JsonFields::requireUuid(body, QStringLiteral("customer_id"));
    if (!customerId) {
        return customerId.error();
    }
    sale.customerId = *customerId;
    auto bill = JsonFields::requirePaise(body, QStringLiteral("bill_amount"));
    if (!bill) {
        return bill.error();
    }
    sale.bill = *bill;
    const QString redeemField = QStringLiteral("redeem_coins");
    if (const QJsonValue redeem = body.value(redeemField); !redeem.isUndefined() && !redeem.isNull()) {
        auto coins = JsonFields::requireInt(body, redeemField, 0, std::numeric_limits<qint64>::max());
        if (!coins) {
            return coins.error();
        }
        sale.redeem = core::Coins(*coins);
    }
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

ApiResponse me(ServerContext& context, const ApiRequest& request)
{
    auto merchant = callersMerchant(context, request);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    return ApiResponse::ok(MerchantJson::toJson(*merchant));
}

ApiResponse earn(ServerContext& context, const ApiRequest& request)
{
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto sale = saleFrom(*body);
    if (!sale) {
        return ApiResponse::error(sale.error());
    }
    auto merchant = callersMerchant(context, request);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    sale->merchantId = merchant->id;
    sale->createdBy = request.auth()->userId;
    auto recorded = context.ledger.recordSale(*sale);
    if (!recorded) {
        return ApiResponse::error(recorded.error());
    }
    auto wallet = context.ledger.wallet(sale->customerId);
    if (!wallet) {
        return ApiResponse::error(wallet.error());
    }
    const QJsonObject data{{QStringLiteral("transaction"), TransactionJson::toJson(recorded->transaction)},
                           {QStringLiteral("balance"), wallet->balance.toJson()},
                           {QStringLiteral("duplicate"), recorded->duplicate}};
    return ApiResponse::ok(data, recorded->duplicate ? 200 : 201);
}

} // namespace

void MerchantRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add({Method::Get,
                QStringLiteral("/api/v1/merchants/me"),
                {core::UserRole::Merchant},
                QStringLiteral("The caller's shop profile"),
                [&context](const ApiRequest& request) {
                    return me(context, request);
                }});
    router.add({Method::Post,
                QStringLiteral("/api/v1/merchant/earn"),
                {core::UserRole::Merchant},
                QStringLiteral("Record a sale at the caller's shop: coins earned, and any redeemed"),
                [&context](const ApiRequest& request) {
                    return earn(context, request);
                }});
}

} // namespace baartal::server
