#include "server/wallet/wallet_token_routes.h"

#include "core/ledger/ledger_service.h"
#include "core/ledger/spend_hold_repository.h"
#include "core/merchants/merchant_repository.h"
#include "core/qr/qr_code.h"
#include "core/time/clock.h"
#include "core/tokens/token_signer.h"
#include "server/auth/caller_profiles.h"
#include "server/http/json_fields.h"
#include "server/http/router.h"
#include "server/server_context.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace baartal::server {

namespace {

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The signed token with its QR code as a PNG, for a phone to show: {token, expires_at, png_base64}.
core::Result<QJsonObject> signedQr(ServerContext& context, const core::TokenClaims& claims)
{
    auto token = context.tokenSigner.sign(claims);
    if (!token) {
        return token.error();
    }
    auto code = core::QrCode::encode(*token);
    if (!code) {
        return code.error();
    }
    // The token carries whole seconds; expires_at says what a verifier will check.
    const QDateTime expiresAt = QDateTime::fromSecsSinceEpoch(claims.expiresAt.toSecsSinceEpoch(), Qt::UTC);
    return QJsonObject{{QStringLiteral("token"), *token},
                       {QStringLiteral("expires_at"), isoTime(expiresAt)},
                       {QStringLiteral("png_base64"), QString::fromLatin1(code->png().toBase64())}};
}

// The wallet figures a phone updates after holding or freeing coins.
core::Status addBalances(ServerContext& context, const QString& customerId, QJsonObject& data)
{
    auto wallet = context.ledger.wallet(customerId);
    if (!wallet) {
        return wallet.error();
    }
    data.insert(QStringLiteral("balance"), wallet->balance.toJson());
    data.insert(QStringLiteral("held"), wallet->held.toJson());
    return {};
}

// What a hold's spend token says. Signing is deterministic (Ed25519), so the same hold signed again with
// the same key gives the same token.
core::TokenClaims spendClaims(const core::SpendHold& hold)
{
    core::TokenClaims claims;
    claims.type = core::TokenType::Spend;
    claims.subject = hold.customerId;
    claims.issuedAt = hold.createdAt;
    claims.expiresAt = hold.expiresAt;
    claims.nonce = hold.id;
    claims.coins = hold.coins;
    claims.merchantId = hold.merchantId;
    return claims;
}

ApiResponse identityQr(ServerContext& context, const ApiRequest& request)
{
    auto customer = CallerProfiles::customer(context, request);
    if (!customer) {
        return ApiResponse::error(customer.error());
    }
    core::TokenClaims claims;
    claims.type = core::TokenType::CustomerIdentity;
    claims.subject = customer->id;
    claims.issuedAt = context.clock.now();
    claims.expiresAt = claims.issuedAt.addSecs(
        std::chrono::duration_cast<std::chrono::seconds>(core::TokenClaims::kIdentityLifetime).count());
    auto qr = signedQr(context, claims);
    if (!qr) {
        return ApiResponse::error(qr.error());
    }
    qr->insert(QStringLiteral("customer_id"), customer->id);
    return ApiResponse::ok(*qr);
}

ApiResponse createSpendToken(ServerContext& context, const ApiRequest& request)
{
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto coins =
        JsonFields::requireInt(*body, QStringLiteral("coins"), 1, std::numeric_limits<qint64>::max());
    if (!coins) {
        return ApiResponse::error(coins.error());
    }
    const QString merchantField = QStringLiteral("merchant_id");
    auto merchantText = JsonFields::optionalString(*body, merchantField);
    if (!merchantText) {
        return ApiResponse::error(merchantText.error());
    }
    QString merchantId;
    if (*merchantText) {
        auto id = JsonFields::parseUuid(**merchantText, merchantField);
        if (!id) {
            return ApiResponse::error(id.error());
        }
        merchantId = *id;
    }
    auto customer = CallerProfiles::customer(context, request);
    if (!customer) {
        return ApiResponse::error(customer.error());
    }
    auto hold = context.ledger.holdForSpend(customer->id, merchantId, core::Coins(*coins),
                                            core::TokenClaims::kSpendLifetime);
    if (!hold) {
        return ApiResponse::error(hold.error());
    }
    auto qr = signedQr(context, spendClaims(*hold));
    if (!qr) {
        return ApiResponse::error(qr.error());
    }
    qr->insert(QStringLiteral("id"), hold->id);
    qr->insert(QStringLiteral("coins"), hold->coins.toJson());
    qr->insert(QStringLiteral("merchant_id"), merchantId.isEmpty() ? QJsonValue() : QJsonValue(merchantId));
    if (core::Status added = addBalances(context, customer->id, *qr); !added) {
        return ApiResponse::error(added.error());
    }
    return ApiResponse::ok(*qr, 201);
}

// The caller's holds that still reserve coins. While the token is current it is sent again with its QR
// code, so a phone that lost it can show it; once expired (still held for an offline counter's upload)
// only cancelling is left, and token is null.
ApiResponse listSpendTokens(ServerContext& context, const ApiRequest& request)
{
    auto customer = CallerProfiles::customer(context, request);
    if (!customer) {
        return ApiResponse::error(customer.error());
    }
    const QDateTime now = context.clock.now();
    auto holds = core::SpendHoldRepository(context.database).countingOf(customer->id, now);
    if (!holds) {
        return ApiResponse::error(holds.error());
    }
    core::MerchantRepository merchants(context.database);
    QJsonArray tokens;
    for (const core::SpendHold& hold : *holds) {
        const bool current = now < hold.expiresAt;
        QJsonObject item;
        if (current) {
            auto qr = signedQr(context, spendClaims(hold));
            if (!qr) {
                return ApiResponse::error(qr.error());
            }
            item = *qr;
        } else {
            item = QJsonObject{{QStringLiteral("token"), QJsonValue()},
                               {QStringLiteral("expires_at"), isoTime(hold.expiresAt)},
                               {QStringLiteral("png_base64"), QJsonValue()}};
        }
        QJsonValue businessName;
        if (!hold.merchantId.isEmpty()) {
            auto merchant = merchants.findById(hold.merchantId);
            if (!merchant) {
                return ApiResponse::error(merchant.error());
            }
            if (*merchant) {
                businessName = (*merchant)->businessName;
            }
        }
        item.insert(QStringLiteral("id"), hold.id);
        item.insert(QStringLiteral("coins"), hold.coins.toJson());
        item.insert(QStringLiteral("merchant_id"),
                    hold.merchantId.isEmpty() ? QJsonValue() : QJsonValue(hold.merchantId));
        item.insert(QStringLiteral("business_name"), businessName);
        item.insert(QStringLiteral("status"), current ? QStringLiteral("active") : QStringLiteral("expired"));
        item.insert(QStringLiteral("created_at"), isoTime(hold.createdAt));
        item.insert(QStringLiteral("held_until"), isoTime(hold.lapsesAt));
        tokens.append(item);
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("spend_tokens"), tokens}});
}

ApiResponse cancelSpendToken(ServerContext& context, const ApiRequest& request)
{
    auto id = JsonFields::parseUuid(request.pathParam(QStringLiteral("id")), QStringLiteral("id"));
    if (!id) {
        return ApiResponse::error(id.error());
    }
    auto customer = CallerProfiles::customer(context, request);
    if (!customer) {
        return ApiResponse::error(customer.error());
    }
    auto hold = context.ledger.cancelHold(*id, customer->id);
    if (!hold) {
        return ApiResponse::error(hold.error());
    }
    QJsonObject data{{QStringLiteral("id"), hold->id},
                     {QStringLiteral("status"), core::toText(hold->status)},
                     {QStringLiteral("coins"), hold->coins.toJson()}};
    if (core::Status added = addBalances(context, customer->id, data); !added) {
        return ApiResponse::error(added.error());
    }
    return ApiResponse::ok(data);
}

} // namespace

void WalletTokenRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add(
        {Method::Get,
         QStringLiteral("/api/v1/wallet/qr"),
         {core::UserRole::Customer},
         QStringLiteral("The caller's signed identity token, valid for 24 hours, and its QR code as PNG"),
         [&context](const ApiRequest& request) {
             return identityQr(context, request);
         }});
    router.add(
        {Method::Post,
         QStringLiteral("/api/v1/wallet/spend-token"),
         {core::UserRole::Customer},
         QStringLiteral("Hold coins for a single-use spend token valid for 15 minutes: coins, merchant_id"),
         [&context](const ApiRequest& request) {
             return createSpendToken(context, request);
         }});
    router.add({Method::Get,
                QStringLiteral("/api/v1/wallet/spend-tokens"),
                {core::UserRole::Customer},
                QStringLiteral("The caller's spend tokens whose coins are still held, newest first"),
                [&context](const ApiRequest& request) {
                    return listSpendTokens(context, request);
                }});
    router.add({Method::Post,
                QStringLiteral("/api/v1/wallet/spend-token/{id}/cancel"),
                {core::UserRole::Customer},
                QStringLiteral("Cancel the caller's unused spend token and free its coins"),
                [&context](const ApiRequest& request) {
                    return cancelSpendToken(context, request);
                }});
}

} // namespace baartal::server
