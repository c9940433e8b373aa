#include "server/spend/spend_request_routes.h"

#include "core/ledger/ledger_service.h"
#include "core/notifications/notification_queue.h"
#include "core/spend/spend_request_service.h"
#include "core/time/clock.h"
#include "server/auth/caller_profiles.h"
#include "server/http/json_fields.h"
#include "server/http/router.h"
#include "server/merchants/counter_customer.h"
#include "server/merchants/counter_sale.h"
#include "server/notifications/merchant_events.h"
#include "server/server_context.h"
#include "server/spend/spend_request_json.h"

#include <QJsonArray>
#include <QJsonObject>

namespace baartal::server {

namespace {

// The most coins one request may ask for: far beyond any wallet, it keeps absurd numbers out.
constexpr qint64 kMaxRequestCoins = 10'000'000;

core::SpendRequestService service(ServerContext& context)
{
    return core::SpendRequestService(context.database, context.clock, context.ledger);
}

core::Result<QString> requestId(const ApiRequest& request)
{
    return JsonFields::parseUuid(request.pathParam(QStringLiteral("id")), QStringLiteral("id"));
}

ApiResponse answer(ServerContext& context, const core::Result<core::SpendRequest>& request, int status = 200)
{
    if (!request) {
        return ApiResponse::error(request.error());
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("spend_request"),
                                        SpendRequestJson::toJson(*request, context.clock.now())}},
                           status);
}

ApiResponse create(ServerContext& context, const ApiRequest& request)
{
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto merchantId = JsonFields::requireUuid(*body, QStringLiteral("merchant_id"));
    if (!merchantId) {
        return ApiResponse::error(merchantId.error());
    }
    auto coins = JsonFields::requireInt(*body, QStringLiteral("coins"), 1, kMaxRequestCoins);
    if (!coins) {
        return ApiResponse::error(coins.error());
    }
    auto customer = CallerProfiles::customer(context, request);
    if (!customer) {
        return ApiResponse::error(customer.error());
    }
    // The shop hears of the request exactly when it commits.
    const auto notify = [&context](const core::SpendRequest& created) {
        return core::NotificationQueue(context.database, context.clock)
            .enqueue(MerchantEvents::spendRequestWaiting(
                created.merchantId, SpendRequestJson::toJson(created, context.clock.now()), created.coins));
    };
    return answer(context, service(context).create(customer->id, *merchantId, core::Coins(*coins), notify),
                  201);
}

ApiResponse customerList(ServerContext& context, const ApiRequest& request)
{
    auto customer = CallerProfiles::customer(context, request);
    if (!customer) {
        return ApiResponse::error(customer.error());
    }
    auto listings = service(context).forCustomer(customer->id);
    if (!listings) {
        return ApiResponse::error(listings.error());
    }
    const QDateTime now = context.clock.now();
    QJsonArray items;
    for (const core::SpendRequestListing& listing : std::as_const(*listings)) {
        QJsonObject item = SpendRequestJson::toJson(listing.request, now);
        item.insert(QStringLiteral("business_name"), listing.businessName);
        items.append(item);
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("spend_requests"), items}});
}

ApiResponse cancel(ServerContext& context, const ApiRequest& request)
{
    auto id = requestId(request);
    if (!id) {
        return ApiResponse::error(id.error());
    }
    auto customer = CallerProfiles::customer(context, request);
    if (!customer) {
        return ApiResponse::error(customer.error());
    }
    return answer(context, service(context).cancel(*id, customer->id));
}

ApiResponse merchantList(ServerContext& context, const ApiRequest& request)
{
    auto merchant = CallerProfiles::merchant(context, request);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    auto listings = service(context).pendingAt(merchant->id);
    if (!listings) {
        return ApiResponse::error(listings.error());
    }
    const QDateTime now = context.clock.now();
    QJsonArray items;
    for (const core::SpendRequestListing& listing : std::as_const(*listings)) {
        auto item = CounterCustomer::describe(context, SpendRequestJson::toJson(listing.request, now),
                                              listing.request.customerId, listing.customerLogin);
        if (!item) {
            return ApiResponse::error(item.error());
        }
        items.append(*item);
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("spend_requests"), items}});
}

// The coins move through the ledger's sale, which checks the cap and the balance now; the request is
// confirmed in the sale's database transaction, so it spends once however often it is confirmed.
ApiResponse confirm(ServerContext& context, const ApiRequest& request)
{
    auto id = requestId(request);
    if (!id) {
        return ApiResponse::error(id.error());
    }
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto sale = CounterSale::fromJson(*body);
    if (!sale) {
        return ApiResponse::error(sale.error());
    }
    auto merchant = CallerProfiles::merchant(context, request);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    auto spend = service(context).claimable(*id, merchant->id, !sale->clientTxnId.isEmpty());
    if (!spend) {
        return ApiResponse::error(spend.error());
    }
    sale->customerId = spend->customerId;
    sale->merchantId = merchant->id;
    sale->redeem = spend->coins;
    sale->createdBy = request.auth()->userId;
    return CounterSale::record(
        context, *sale,
        [&context, id = spend->id, merchantId = merchant->id](const core::LedgerTransaction& txn) {
            return service(context).confirm(id, merchantId, txn);
        });
}

ApiResponse decline(ServerContext& context, const ApiRequest& request)
{
    auto id = requestId(request);
    if (!id) {
        return ApiResponse::error(id.error());
    }
    auto merchant = CallerProfiles::merchant(context, request);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    return answer(context, service(context).decline(*id, merchant->id));
}

} // namespace

void SpendRequestRoutes::registerRoutes(Router& router, ServerContext& context)
{
    const QList<core::UserRole> customer{core::UserRole::Customer};
    const QList<core::UserRole> merchant{core::UserRole::Merchant};
    router.add({Method::Post, QStringLiteral("/api/v1/wallet/spend-requests"), customer,
                QStringLiteral("Ask a shop to let the caller spend coins: merchant_id, coins"),
                [&context](const ApiRequest& request) {
                    return create(context, request);
                }});
    router.add({Method::Get, QStringLiteral("/api/v1/wallet/spend-requests"), customer,
                QStringLiteral("The caller's spend requests of every status, newest first"),
                [&context](const ApiRequest& request) {
                    return customerList(context, request);
                }});
    router.add({Method::Post, QStringLiteral("/api/v1/wallet/spend-requests/{id}/cancel"), customer,
                QStringLiteral("Withdraw one of the caller's pending spend requests"),
                [&context](const ApiRequest& request) {
                    return cancel(context, request);
                }});
    router.add({Method::Get, QStringLiteral("/api/v1/merchant/spend-requests"), merchant,
                QStringLiteral("Spend requests waiting at the caller's shop, newest first"),
                [&context](const ApiRequest& request) {
                    return merchantList(context, request);
                }});
    router.add(
        {Method::Post, QStringLiteral("/api/v1/merchant/spend-requests/{id}/confirm"), merchant,
         QStringLiteral("Redeem a pending spend request on a bill: bill_amount, client_txn_id; the cap "
                        "and balance are checked now"),
         [&context](const ApiRequest& request) {
             return confirm(context, request);
         }});
    router.add({Method::Post, QStringLiteral("/api/v1/merchant/spend-requests/{id}/decline"), merchant,
                QStringLiteral("Turn down a pending spend request at the caller's shop"),
                [&context](const ApiRequest& request) {
                    return decline(context, request);
                }});
}

} // namespace baartal::server
