#include "server/merchants/merchant_routes.h"

#include "core/checkins/checkin_service.h"
#include "core/ledger/ledger_service.h"
#include "core/merchants/category_repository.h"
#include "core/merchants/merchant_repository.h"
#include "core/merchants/onboarding_service.h"
#include "core/qr/qr_code.h"
#include "core/qr/shop_poster.h"
#include "core/time/clock.h"
#include "core/tokens/token_verifier.h"
#include "server/auth/caller_profiles.h"
#include "server/http/json_fields.h"
#include "server/http/router.h"
#include "server/merchants/counter_sale.h"
#include "server/merchants/merchant_json.h"
#include "server/server_context.h"

#include <QJsonObject>

#include <limits>
#include <optional>

namespace baartal::server {

namespace {

core::Result<core::SaleRequest> saleFrom(const QJsonObject& body)
{
    auto sale = CounterSale::fromJson(body);
    if (!sale) {
        return sale.error();
    }
    const QString redeemField = QStringLiteral("redeem_coins");
    if (const QJsonValue redeem = body.value(redeemField); !redeem.isUndefined() && !redeem.isNull()) {
        auto coins = JsonFields::requireInt(body, redeemField, 0, std::numeric_limits<qint64>::max());
        if (!coins) {
            return coins.error();
        }
        sale->redeem = core::Coins(*coins);
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

// Who a sale is for, and what must be written with it.
struct SaleCustomer {
    QString customerId;
    core::LedgerService::MovementHook alongside;
};

// The customer named by one field of an earn request: customer_id, customer_token (the identity QR the
// cashier scanned) or checkin_id (a pending check-in at the caller's shop, which the sale uses in its own
// database transaction, so it earns once).
core::Result<SaleCustomer> customerNamedBy(ServerContext& context, const QJsonObject& body,
                                           const QString& field, const core::Merchant& merchant, bool replay)
{
    if (field == QLatin1String("customer_id")) {
        auto customerId = JsonFields::requireUuid(body, field);
        if (!customerId) {
            return customerId.error();
        }
        return SaleCustomer{*customerId, {}};
    }
    if (field == QLatin1String("customer_token")) {
        auto token = JsonFields::requireString(body, field);
        if (!token) {
            return token.error();
        }
        auto claims =
            context.tokenVerifier.verify(*token, core::TokenType::CustomerIdentity, context.clock.now());
        if (!claims) {
            return claims.error();
        }
        return SaleCustomer{claims->subject, {}};
    }
    auto checkinId = JsonFields::requireUuid(body, field);
    if (!checkinId) {
        return checkinId.error();
    }
    auto checkin =
        core::CheckinService(context.database, context.clock).claimable(*checkinId, merchant.id, replay);
    if (!checkin) {
        return checkin.error();
    }
    return SaleCustomer{
        checkin->customerId,
        [&context, id = checkin->id, merchantId = merchant.id](const core::LedgerTransaction& sale) {
            return core::CheckinService(context.database, context.clock).use(id, merchantId, sale);
        }};
}

// Exactly one of customer_id, customer_token or checkin_id; a spend token alone names its customer too,
// and with an identifier must name the same one.
core::Result<SaleCustomer> saleCustomer(ServerContext& context, const QJsonObject& body,
                                        const core::Merchant& merchant, bool replay,
                                        const std::optional<core::TokenClaims>& spend)
{
    const QStringList fields{QStringLiteral("customer_id"), QStringLiteral("customer_token"),
                             QStringLiteral("checkin_id")};
    QStringList given;
    for (const QString& field : fields) {
        if (const QJsonValue value = body.value(field); !value.isUndefined() && !value.isNull()) {
            given.append(field);
        }
    }
    if (given.isEmpty() && spend) {
        return SaleCustomer{spend->subject, {}};
    }
    if (given.size() != 1) {
        return core::Error::invalid(given.isEmpty() ? QStringLiteral("missing_field")
                                                    : QStringLiteral("conflicting_fields"),
                                    QStringLiteral("Send exactly one of %1 to say who the sale is for.")
                                        .arg(fields.join(QLatin1String(", "))));
    }
    auto customer = customerNamedBy(context, body, given.constFirst(), merchant, replay);
    if (customer && spend && spend->subject != customer->customerId) {
        return core::Error::forbidden(QStringLiteral("spend_token_wrong_customer"),
                                      QStringLiteral("This spend token belongs to another customer."));
    }
    return customer;
}

// The coins a spend token redeems: redeem_coins, at most its own (held for it since it was made), or all
// of them when the request does not say. The sale uses the token up; the coins not redeemed are freed.
core::Status redeemSpendToken(core::SaleRequest& sale, const QJsonObject& body,
                              const core::TokenClaims& spend)
{
    const QJsonValue redeem = body.value(QStringLiteral("redeem_coins"));
    if (redeem.isUndefined() || redeem.isNull()) {
        sale.redeem = spend.coins;
    } else if (sale.redeem > spend.coins) {
        return core::Error::invalid(
            QStringLiteral("spend_token_coins_mismatch"),
            QStringLiteral("A spend token redeems at most its %1 coins.").arg(spend.coins.formatIndian()));
    }
    sale.spendHoldId = spend.nonce;
    return {};
}

ApiResponse me(ServerContext& context, const ApiRequest& request)
{
    auto merchant = CallerProfiles::merchant(context, request);
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
    auto spend = spendTokenFrom(context, *body);
    if (!spend) {
        return ApiResponse::error(spend.error());
    }
    if (*spend) {
        if (core::Status redeemed = redeemSpendToken(*sale, *body, **spend); !redeemed) {
            return ApiResponse::error(redeemed.error());
        }
    }
    auto merchant = CallerProfiles::merchant(context, request);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    auto customer = saleCustomer(context, *body, *merchant, !sale->clientTxnId.isEmpty(), *spend);
    if (!customer) {
        return ApiResponse::error(customer.error());
    }
    sale->customerId = customer->customerId;
    sale->merchantId = merchant->id;
    sale->createdBy = request.auth()->userId;
    return CounterSale::record(context, *sale, customer->alongside);
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
                QStringLiteral(
                    "Record a sale at the caller's shop for customer_id or checkin_id: coins earned, and any "
                    "redeemed"),
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
