#include "server/admin/bundle_admin_routes.h"

#include "core/bundles/bundle_admin_service.h"
#include "core/geo/pincode.h"
#include "server/bundles/bundle_json.h"
#include "server/http/json_fields.h"
#include "server/http/page_request.h"
#include "server/http/router.h"
#include "server/server_context.h"

#include <QJsonArray>
#include <QJsonObject>

namespace baartal::server {

namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 200;

const QList<core::UserRole> kAdminOnly{core::UserRole::Admin};

core::Error invalidStatus()
{
    return core::Error::invalid(QStringLiteral("invalid_status"),
                                QStringLiteral("status must be \"active\" or \"inactive\"."));
}

std::optional<bool> activeFrom(const QString& status)
{
    if (status == QLatin1String("active")) {
        return true;
    }
    if (status == QLatin1String("inactive")) {
        return false;
    }
    return std::nullopt;
}

core::Result<core::BundleFilter> filterFrom(const ApiRequest& request)
{
    core::BundleFilter filter;
    filter.pincode = request.query().queryItemValue(QStringLiteral("pincode")).trimmed();
    if (core::Status valid = core::Pincode::check(filter.pincode); !filter.pincode.isEmpty() && !valid) {
        return valid.error();
    }
    const QString status = request.query().queryItemValue(QStringLiteral("status")).trimmed();
    if (!status.isEmpty()) {
        filter.active = activeFrom(status);
        if (!filter.active) {
            return invalidStatus();
        }
    }
    auto page = PageRequest::from(request.query(), kDefaultLimit, kMaxLimit);
    if (!page) {
        return page.error();
    }
    filter.limit = page->limit();
    filter.offset = page->offset();
    return filter;
}

ApiResponse list(ServerContext& context, const ApiRequest& request)
{
    auto filter = filterFrom(request);
    if (!filter) {
        return ApiResponse::error(filter.error());
    }
    auto found = core::BundleAdminService(context.database, context.clock).list(*filter);
    if (!found) {
        return ApiResponse::error(found.error());
    }
    QJsonArray bundles;
    for (const core::BundleSummary& summary : std::as_const(found->bundles)) {
        bundles.append(BundleJson::summaryJson(summary));
    }
    const QJsonObject pagination{{QStringLiteral("page"), filter->offset / filter->limit + 1},
                                 {QStringLiteral("limit"), filter->limit},
                                 {QStringLiteral("total"), found->total}};
    return ApiResponse::ok(
        QJsonObject{{QStringLiteral("bundles"), bundles}, {QStringLiteral("pagination"), pagination}});
}

ApiResponse create(ServerContext& context, const ApiRequest& request)
{
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto pincode = JsonFields::requireString(*body, QStringLiteral("pincode"));
    if (!pincode) {
        return ApiResponse::error(pincode.error());
    }
    auto name = JsonFields::requireString(*body, QStringLiteral("name"));
    if (!name) {
        return ApiResponse::error(name.error());
    }
    auto created = core::BundleAdminService(context.database, context.clock)
                       .create(*pincode, *name, request.auth()->userId);
    if (!created) {
        return ApiResponse::error(created.error());
    }
    return ApiResponse::ok(BundleJson::summaryJson(*created), 201);
}

ApiResponse update(ServerContext& context, const ApiRequest& request)
{
    auto id = JsonFields::parseUuid(request.pathParam(QStringLiteral("id")), QStringLiteral("id"));
    if (!id) {
        return ApiResponse::error(id.error());
    }
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    core::BundleUpdate changes;
    auto name = JsonFields::optionalString(*body, QStringLiteral("name"));
    if (!name) {
        return ApiResponse::error(name.error());
    }
    changes.name = *name;
    auto status = JsonFields::optionalString(*body, QStringLiteral("status"));
    if (!status) {
        return ApiResponse::error(status.error());
    }
    if (*status) {
        changes.active = activeFrom(**status);
        if (!changes.active) {
            return ApiResponse::error(invalidStatus());
        }
    }
    auto updated = core::BundleAdminService(context.database, context.clock)
                       .update(*id, changes, request.auth()->userId);
    if (!updated) {
        return ApiResponse::error(updated.error());
    }
    return ApiResponse::ok(BundleJson::summaryJson(*updated));
}

} // namespace

void BundleAdminRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add({Method::Get, QStringLiteral("/api/v1/admin/bundles"), kAdminOnly,
                QStringLiteral("Every bundle with its shops' count and categories, by pincode"),
                [&context](const ApiRequest& request) {
                    return list(context, request);
                }});
    router.add({Method::Post, QStringLiteral("/api/v1/admin/bundles"), kAdminOnly,
                QStringLiteral("Open a new bundle in a pincode"), [&context](const ApiRequest& request) {
                    return create(context, request);
                }});
    router.add({Method::Patch, QStringLiteral("/api/v1/admin/bundles/{id}"), kAdminOnly,
                QStringLiteral("Rename a bundle, or deactivate or activate it"),
                [&context](const ApiRequest& request) {
                    return update(context, request);
                }});
}

} // namespace baartal::server
