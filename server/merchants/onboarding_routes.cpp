#include "server/merchants/onboarding_routes.h"

#include "core/ledger/ledger_service.h"
#include "core/merchants/onboarding_service.h"
#include "server/bundles/bundle_json.h"
#include "server/http/router.h"
#include "server/merchants/merchant_json.h"
#include "server/merchants/shop_request.h"
#include "server/server_context.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace baartal::server {

namespace {

Q_LOGGING_CATEGORY(lcOnboarding, "baartal.server.onboarding")

core::OnboardingService service(ServerContext& context)
{
    return core::OnboardingService(context.database, context.clock, context.config.publicBaseUrl,
                                   context.ledger.settings().platformSpendCapPercent);
}

// The refusal, with the places the shop could go instead when its category was taken.
ApiResponse refusal(const core::Error& error, const core::OnboardingService& onboarding)
{
    if (onboarding.alternatives().isEmpty()) {
        return ApiResponse::error(error);
    }
    QJsonArray alternatives;
    for (const core::BundleAlternative& alternative : onboarding.alternatives()) {
        alternatives.append(BundleJson::alternativeJson(alternative));
    }
    return ApiResponse::error(error, {{QStringLiteral("alternatives"), alternatives}});
}

ApiResponse registerShop(ServerContext& context, const ApiRequest& request)
{
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto application = ShopRequest::application(*body, request.auth()->userId);
    if (!application) {
        return ApiResponse::error(application.error());
    }
    core::OnboardingService onboarding = service(context);
    auto merchant = onboarding.registerShop(*application);
    if (!merchant) {
        return refusal(merchant.error(), onboarding);
    }
    qCInfo(lcOnboarding).noquote() << "shop" << merchant->id << "signed up in bundle" << merchant->bundleId
                                   << "as" << merchant->category << "(pending approval)";
    return ApiResponse::ok(MerchantJson::toJson(*merchant), 201);
}

ApiResponse updateShop(ServerContext& context, const ApiRequest& request)
{
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto changes = ShopRequest::changes(*body);
    if (!changes) {
        return ApiResponse::error(changes.error());
    }
    core::OnboardingService onboarding = service(context);
    auto merchant = onboarding.updateShop(request.auth()->userId, *changes);
    if (!merchant) {
        return refusal(merchant.error(), onboarding);
    }
    return ApiResponse::ok(MerchantJson::toJson(*merchant));
}

} // namespace

void OnboardingRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add({Method::Post,
                QStringLiteral("/api/v1/merchants"),
                {core::UserRole::Merchant},
                QStringLiteral("Sign up the caller's shop in a bundle, pending an admin's approval"),
                [&context](const ApiRequest& request) {
                    return registerShop(context, request);
                }});
    router.add(
        {Method::Patch,
         QStringLiteral("/api/v1/merchants/me"),
         {core::UserRole::Merchant},
         QStringLiteral("Edit the caller's shop; a new category, pincode or bundle needs approval again"),
         [&context](const ApiRequest& request) {
             return updateShop(context, request);
         }});
}

} // namespace baartal::server
