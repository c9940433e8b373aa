#include "server/wallet/wallet_routes.h"

#include "core/customers/customer_repository.h"
#include "core/ledger/ledger_service.h"
#include "server/http/router.h"
#include "server/server_context.h"

#include <QJsonObject>

namespace baartal::server {

namespace {

ApiResponse wallet(ServerContext& context, const ApiRequest& request)
{
    auto customer = core::CustomerRepository(context.database).findByUserId(request.auth()->userId);
    if (!customer) {
        return ApiResponse::error(customer.error());
    }
    if (!*customer) {
        return ApiResponse::error(
            core::Error::notFound(QStringLiteral("customer_profile_missing"),
                                  QStringLiteral("This account has no customer wallet.")));
    }
    auto summary = context.ledger.wallet((*customer)->id);
    if (!summary) {
        return ApiResponse::error(summary.error());
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("customer_id"), summary->customerId},
                                       {QStringLiteral("balance"), summary->balance.toJson()},
                                       {QStringLiteral("expiring_soon"), summary->expiringSoon.toJson()},
                                       {QStringLiteral("lifetime_earned"), summary->lifetimeEarned.toJson()},
                                       {QStringLiteral("lifetime_spent"), summary->lifetimeSpent.toJson()},
                                       {QStringLiteral("referral_code"), (*customer)->referralCode}});
}

} // namespace

void WalletRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add({Method::Get,
                QStringLiteral("/api/v1/wallet"),
                {core::UserRole::Customer},
                QStringLiteral("The caller's coin balance and lifetime totals"),
                [&context](const ApiRequest& request) {
                    return wallet(context, request);
                }});
}

} // namespace baartal::server
