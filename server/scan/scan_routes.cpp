#include "server/scan/scan_routes.h"

#include "core/bundles/bundle_directory.h"
#include "core/bundles/bundle_repository.h"
#include "core/checkins/checkin_service.h"
#include "core/time/clock.h"
#include "server/auth/caller_profiles.h"
#include "server/bundles/bundle_json.h"
#include "server/http/json_fields.h"
#include "server/http/router.h"
#include "server/merchants/counter_customer.h"
#include "server/scan/checkin_json.h"
#include "server/server_context.h"

#include <QJsonArray>
#include <QJsonObject>

namespace baartal::server {

namespace {

// The shop as the customer who scanned it sees it: what discovery shows, and its bundle.
core::Result<QJsonObject> shopJson(ServerContext& context, const core::Merchant& merchant)
{
    QJsonObject shop = BundleJson::shopJson(core::BundleShop{merchant, {}});
    QJsonValue bundle;
    if (!merchant.bundleId.isEmpty()) {
        auto found = core::BundleRepository(context.database).findById(merchant.bundleId);
        if (!found) {
            return found.error();
        }
        if (*found) {
            bundle = QJsonObject{{QStringLiteral("id"), (*found)->id},
                                 {QStringLiteral("name"), (*found)->regionName},
                                 {QStringLiteral("pincode"), (*found)->pincode}};
        }
    }
    shop.insert(QStringLiteral("bundle"), bundle);
    return shop;
}

ApiResponse scan(ServerContext& context, const ApiRequest& request)
{
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto merchantId = JsonFields::requireUuid(*body, QStringLiteral("merchant_id"));
    if (!merchantId) {
        return ApiResponse::error(merchantId.error());
    }
    auto customer = CallerProfiles::customer(context, request);
    if (!customer) {
        return ApiResponse::error(customer.error());
    }
    auto outcome = core::CheckinService(context.database, context.clock).scan(customer->id, *merchantId);
    if (!outcome) {
        return ApiResponse::error(outcome.error());
    }
    auto shop = shopJson(context, outcome->merchant);
    if (!shop) {
        return ApiResponse::error(shop.error());
    }
    return ApiResponse::ok(
        QJsonObject{{QStringLiteral("merchant"), *shop},
                    {QStringLiteral("checkin"), CheckinJson::toJson(outcome->checkin, context.clock.now())}},
        outcome->created ? 201 : 200);
}

ApiResponse checkins(ServerContext& context, const ApiRequest& request)
{
    auto merchant = CallerProfiles::merchant(context, request);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    auto pending = core::CheckinService(context.database, context.clock).pending(merchant->id);
    if (!pending) {
        return ApiResponse::error(pending.error());
    }
    const QDateTime now = context.clock.now();
    QJsonArray items;
    for (const core::CheckinListing& listing : std::as_const(*pending)) {
        auto item = CounterCustomer::describe(context, CheckinJson::toJson(listing.checkin, now),
                                              listing.checkin.customerId, listing.customerLogin);
        if (!item) {
            return ApiResponse::error(item.error());
        }
        items.append(*item);
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("checkins"), items}});
}

} // namespace

void ScanRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add({Method::Post,
                QStringLiteral("/api/v1/scan"),
                {core::UserRole::Customer},
                QStringLiteral("Check in at a shop by its counter QR: merchant_id; answers the shop and the "
                               "pending check-in (201 new, 200 the one already pending)"),
                [&context](const ApiRequest& request) {
                    return scan(context, request);
                }});
    router.add({Method::Get,
                QStringLiteral("/api/v1/merchant/checkins"),
                {core::UserRole::Merchant},
                QStringLiteral("Customers checked in at the caller's shop and not yet served, newest first"),
                [&context](const ApiRequest& request) {
                    return checkins(context, request);
                }});
}

} // namespace baartal::server
