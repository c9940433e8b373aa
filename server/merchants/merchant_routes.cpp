#include "server/merchants/merchant_routes.h"

#include "core/ledger/ledger_service.h"
#include "core/merchants/merchant_repository.h"
#include "core/qr/qr_code.h"
#include "core/time/clock.h"
#include "core/tokens/token_verifier.h"
#include "server/http/json_fields.h"
#include "server/http/router.h"
#include "server/merchants/merchant_json.h"
#include "server/server_context.h"
#include "server/wallet/transaction_json.h"

#include <QJsonObject>

#include <limits>
#include <optional>

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

// The spend token a sale redeems, verified; nothing when the request has none.
core::Result<std::optional<core::TokenClaims>> spendTokenFrom(ServerContext& context, const QJsonObject& body)
{
    auto token = JsonFields::optionalString(body, QStringLiteral("spend_token"));
    if (!token) {
        return token.error();
    }
    if (!*token) {
        return std::optional<core::TokenClaims>();
    }
    auto claims = context.tokenVerifier.verify(**token, core::TokenType::Spend, context.clock.now());
    if (!claims) {
        return claims.error();
    }
    return std::optional<core::TokenClaims>(*claims);
}

// The customer a sale is for, from exactly one of customer_id or customer_token (the identity QR the
// cashier scanned); a spend token alone names its customer too, and with an identifier must name the same.
core::Result<QString> saleCustomerFrom(ServerContext& context, const QJsonObject& body,
                                       const std::optional<core::TokenClaims>& spend)
{
    const QString idField = QStringLiteral("customer_id");
    const QString tokenField = QStringLiteral("customer_token");
    const bool hasId = !body.value(idField).isUndefined() && !body.value(idField).isNull();
    const bool hasToken = !body.value(tokenField).isUndefined() && !body.value(tokenField).isNull();
    if (hasId && hasToken) {
        return core::Error::invalid(QStringLiteral("ambiguous_customer"),
                                    QStringLiteral("Give one of customer_id or customer_token, not both"));
    }
    core::Result<QString> customerId = QString();
    if (hasToken) {
        auto token = JsonFields::requireString(body, tokenField);
        if (!token) {
            return token.error();
        }
        auto claims =
            context.tokenVerifier.verify(*token, core::TokenType::CustomerIdentity, context.clock.now());
        if (!claims) {
            return claims.error();
        }
        customerId = claims->subject;
    } else if (hasId || !spend) {
        customerId = JsonFields::requireUuid(body, idField);
    } else {
        customerId = spend->subject;
    }
    if (customerId && spend && spend->subject != *customerId) {
        return core::Error::forbidden(QStringLiteral("spend_token_wrong_customer"),
                                      QStringLiteral("This spend token belongs to another customer"));
    }
    return customerId;
}

// The whole sale of an earn request; its coins to redeem come from the spend token when there is one.
core::Result<core::SaleRequest> earnSaleFrom(ServerContext& context, const QJsonObject& body)
{
    auto sale = saleFrom(body);
    if (!sale) {
        return sale.error();
    }
    auto spend = spendTokenFrom(context, body);
    if (!spend) {
        return spend.error();
    }
    auto customerId = saleCustomerFrom(context, body, *spend);
    if (!customerId) {
        return customerId.error();
    }
    sale->customerId = *customerId;
    if (*spend) {
        const bool redeemGiven = !body.value(QStringLiteral("redeem_coins")).isUndefined() &&
                                 !body.value(QStringLiteral("redeem_coins")).isNull();
        if (redeemGiven && sale->redeem != (*spend)->coins) {
            return core::Error::invalid(QStringLiteral("spend_token_coins_mismatch"),
                                        QStringLiteral("A spend token redeems exactly its %1 coins")
                                            .arg((*spend)->coins.formatIndian()));
        }
        sale->redeem = (*spend)->coins;
        sale->spendHoldId = (*spend)->nonce;
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
    auto sale = earnSaleFrom(context, *body);
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

enum class QrFormat { Png, Svg };

// The shop's counter QR, which customers scan to open <public base URL>/scan/{merchant_id}. A merchant
// gets only their own shop's; admins any.
ApiResponse merchantQr(ServerContext& context, const ApiRequest& request, QrFormat format)
{
    auto id = JsonFields::parseUuid(request.pathParam(QStringLiteral("id")), QStringLiteral("id"));
    if (!id) {
        return ApiResponse::error(id.error());
    }
    auto merchant = core::MerchantRepository(context.database).findById(*id);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    const bool own = *merchant && (*merchant)->userId == request.auth()->userId;
    if (request.auth()->role == core::UserRole::Merchant && !own) {
        // The same answer whether the shop exists or not, so ids cannot be probed.
        return ApiResponse::error(core::Error::forbidden(
            QStringLiteral("not_your_shop"), QStringLiteral("This QR code belongs to another shop.")));
    }
    if (!*merchant) {
        return ApiResponse::error(
            core::Error::notFound(QStringLiteral("merchant_not_found"), QStringLiteral("No such merchant.")));
    }
    auto code =
        core::QrCode::encode(context.config.publicBaseUrl + QStringLiteral("/scan/") + (*merchant)->id);
    if (!code) {
        return ApiResponse::error(code.error());
    }
    return format == QrFormat::Png ? ApiResponse::raw(QByteArrayLiteral("image/png"), code->png())
                                   : ApiResponse::raw(QByteArrayLiteral("image/svg+xml"), code->svg());
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
    router.add({Method::Get,
                QStringLiteral("/api/v1/merchants/{id}/qr.png"),
                {core::UserRole::Merchant, core::UserRole::Admin},
                QStringLiteral("The shop's counter QR code as a PNG image"),
                [&context](const ApiRequest& request) {
                    return merchantQr(context, request, QrFormat::Png);
                }});
    router.add({Method::Get,
                QStringLiteral("/api/v1/merchants/{id}/qr.svg"),
                {core::UserRole::Merchant, core::UserRole::Admin},
                QStringLiteral("The shop's counter QR code as an SVG image, for printing at any size"),
                [&context](const ApiRequest& request) {
                    return merchantQr(context, request, QrFormat::Svg);
                }});
}

} // namespace baartal::server
