#include "server/admin/merchant_admin_routes.h"

#include "core/merchants/merchant_repository.h"
#include "server/http/page_request.h"
#include "server/http/router.h"
#include "server/merchants/merchant_json.h"
#include "server/server_context.h"

#include <QJsonArray>
#include <QJsonObject>

namespace baartal::server {

namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 200;

ApiResponse list(ServerContext& context, const ApiRequest& request)
{
    core::MerchantSearch search;
    const QString status = request.query().queryItemValue(QStringLiteral("status")).trimmed();
    if (!status.isEmpty()) {
        search.state = core::approvalStatusFromString(status);
        if (!search.state) {
            return ApiResponse::error(core::Error::invalid(
                QStringLiteral("invalid_status"),
                QStringLiteral("status must be \"pending\", \"approved\" or \"rejected\".")));
        }
    }
    search.text = request.query().queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    auto page = PageRequest::from(request.query(), kDefaultLimit, kMaxLimit);
    if (!page) {
        return ApiResponse::error(page.error());
    }
    search.limit = page->limit();
    search.offset = page->offset();
    auto found = core::MerchantRepository(context.database).search(search);
    if (!found) {
        return ApiResponse::error(found.error());
    }
    QJsonArray merchants;
    for (const core::MerchantListing& listing : std::as_const(found->merchants)) {
        QJsonObject shop = MerchantJson::toJson(listing.merchant);
        shop.insert(QStringLiteral("owner_login"), listing.ownerLogin);
        shop.insert(QStringLiteral("state"), core::toText(listing.state));
        merchants.append(shop);
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("merchants"), merchants},
                                       {QStringLiteral("pagination"), page->pagination(found->total)}});
}

} // namespace

void MerchantAdminRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add({Method::Get,
                QStringLiteral("/api/v1/admin/merchants"),
                {core::UserRole::Admin},
                QStringLiteral("Every shop, by approval state, searched by name, login or pincode"),
                [&context](const ApiRequest& request) {
                    return list(context, request);
                }});
}

} // namespace baartal::server
