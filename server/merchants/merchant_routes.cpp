#include "server/merchants/merchant_routes.h"

#include "core/ledger/ledger_service.h"
#include "core/merchants/category_repository.h"
#include "core/merchants/merchant_repository.h"
#include "core/merchants/onboarding_service.h"
#include "core/qr/qr_code.h"
#include "core/qr/shop_poster.h"
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

enum class QrFormat { Png, Svg, Poster };

// The shop's counter QR as an image or on its printable A6 poster. It opens
// <public base URL>/scan/{merchant_id} on the customer's phone. A merchant gets only their own shop's;
// admins any.
core::Result<ApiResponse> printedQr(ServerContext& context, const core::Merchant& merchant, QrFormat format)
{
    const QString url = core::OnboardingService::scanUrl(context.config.publicBaseUrl, merchant.id);
    if (format == QrFormat::Poster) {
        auto category = core::CategoryRepository(context.database).find(merchant.category);
        if (!category) {
            return category.error();
        }
        const QString label = *category ? (*category)->label : merchant.category;
        auto pdf = core::ShopPoster(merchant.businessName, label, url).pdf();
        if (!pdf) {
            return pdf.error();
        }
        return ApiResponse::raw(QByteArrayLiteral("application/pdf"), *pdf);
    }
    auto code = core::QrCode::encode(url);
    if (!code) {
        return code.error();
    }
    return format == QrFormat::Png ? ApiResponse::raw(QByteArrayLiteral("image/png"), code->png())
                                   : ApiResponse::raw(QByteArrayLiteral("image/svg+xml"), code->svg());
}

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
    auto printed = printedQr(context, **merchant, format);
    return printed ? *printed : ApiResponse::error(printed.error());
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
    router.add({Method::Get,
                QStringLiteral("/api/v1/merchants/{id}/poster.pdf"),
                {core::UserRole::Merchant, core::UserRole::Admin},
                QStringLiteral("The shop's printable A6 counter poster: name, category and a large QR code"),
                [&context](const ApiRequest& request) {
                    return merchantQr(context, request, QrFormat::Poster);
                }});
}

} // namespace baartal::server
