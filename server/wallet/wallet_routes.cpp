#include "server/wallet/wallet_routes.h"

#include "core/ledger/ledger_repository.h"
#include "core/ledger/ledger_service.h"
#include "server/auth/caller_profiles.h"
#include "server/http/router.h"
#include "server/server_context.h"
#include "server/wallet/history_request.h"
#include "server/wallet/transaction_json.h"

#include <QJsonArray>
#include <QJsonObject>

namespace baartal::server {

namespace {

ApiResponse wallet(ServerContext& context, const ApiRequest& request)
{
    auto customer = CallerProfiles::customer(context, request);
    if (!customer) {
        return ApiResponse::error(customer.error());
    }
    auto summary = context.ledger.wallet(customer->id);
    if (!summary) {
        return ApiResponse::error(summary.error());
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("customer_id"), summary->customerId},
                                       {QStringLiteral("balance"), summary->balance.toJson()},
                                       {QStringLiteral("held"), summary->held.toJson()},
                                       {QStringLiteral("expiring_soon"), summary->expiringSoon.toJson()},
                                       {QStringLiteral("lifetime_earned"), summary->lifetimeEarned.toJson()},
                                       {QStringLiteral("lifetime_spent"), summary->lifetimeSpent.toJson()},
                                       {QStringLiteral("referral_code"), customer->referralCode}});
}

ApiResponse transactions(ServerContext& context, const ApiRequest& request)
{
    auto customer = CallerProfiles::customer(context, request);
    if (!customer) {
        return ApiResponse::error(customer.error());
    }
    auto query = HistoryRequest::parse(request.query(), customer->id);
    if (!query) {
        return ApiResponse::error(query.error());
    }
    // One row more than asked for tells whether another page follows.
    const int pageSize = query->limit;
    ++query->limit;
    auto rows = core::LedgerRepository(context.database).history(*query);
    if (!rows) {
        return ApiResponse::error(rows.error());
    }
    const bool more = rows->size() > pageSize;
    if (more) {
        rows->resize(pageSize);
    }
    QJsonArray items;
    for (const core::LedgerTransaction& transaction : std::as_const(*rows)) {
        items.append(TransactionJson::toJson(transaction));
    }
    return ApiResponse::ok(
        QJsonObject{{QStringLiteral("transactions"), items},
                    {QStringLiteral("next_cursor"),
                     more ? QJsonValue(HistoryRequest::cursorAfter(rows->constLast())) : QJsonValue()}});
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
    router.add({Method::Get,
                QStringLiteral("/api/v1/wallet/transactions"),
                {core::UserRole::Customer},
                QStringLiteral("The caller's transactions, newest first: limit, cursor, type, merchant_id, "
                               "from, to"),
                [&context](const ApiRequest& request) {
                    return transactions(context, request);
                }});
}

} // namespace baartal::server
