#include "server/analytics/analytics_routes.h"

#include "core/analytics/merchant_analytics_service.h"
#include "core/merchants/merchant_repository.h"
#include "server/analytics/analytics_json.h"
#include "server/analytics/analytics_request.h"
#include "server/auth/caller_profiles.h"
#include "server/http/json_fields.h"
#include "server/http/router.h"
#include "server/server_context.h"

namespace baartal::server {

namespace {

ApiResponse analyticsOf(ServerContext& context, const ApiRequest& request, const QString& merchantId)
{
    auto query = AnalyticsRequest::parse(request.query(), merchantId);
    if (!query) {
        return ApiResponse::error(query.error());
    }
    auto analytics = core::MerchantAnalyticsService(context.database, context.clock).analyse(*query);
    if (!analytics) {
        return ApiResponse::error(analytics.error());
    }
    return ApiResponse::ok(AnalyticsJson::toJson(*analytics));
}

ApiResponse ownShop(ServerContext& context, const ApiRequest& request)
{
    auto merchant = CallerProfiles::merchant(context, request);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    return analyticsOf(context, request, merchant->id);
}

ApiResponse anyShop(ServerContext& context, const ApiRequest& request)
{
    auto id = JsonFields::parseUuid(request.pathParam(QStringLiteral("id")), QStringLiteral("id"));
    if (!id) {
        return ApiResponse::error(id.error());
    }
    auto merchant = core::MerchantRepository(context.database).findById(*id);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    if (!*merchant) {
        return ApiResponse::error(
            core::Error::notFound(QStringLiteral("merchant_not_found"), QStringLiteral("No such merchant.")));
    }
    return analyticsOf(context, request, *id);
}

} // namespace

void AnalyticsRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add({Method::Get,
                QStringLiteral("/api/v1/merchant/analytics"),
                {core::UserRole::Merchant},
                QStringLiteral("The caller's shop analytics: coins issued and redeemed, customers, footfall, "
                               "average bill; from, to (YYYY-MM-DD, India), granularity day|week|month"),
                [&context](const ApiRequest& request) {
                    return ownShop(context, request);
                }});
    router.add({Method::Get,
                QStringLiteral("/api/v1/admin/merchants/{id}/analytics"),
                {core::UserRole::Admin},
                QStringLiteral("Any shop's analytics, as its owner sees them: from, to, granularity"),
                [&context](const ApiRequest& request) {
                    return anyShop(context, request);
                }});
}

} // namespace baartal::server
