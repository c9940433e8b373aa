#include "server/bundles/bundle_routes.h"

#include "core/bundles/bundle_directory.h"
#include "core/geo/pincode.h"
#include "server/bundles/bundle_json.h"
#include "server/http/json_fields.h"
#include "server/http/router.h"
#include "server/server_context.h"

#include <QJsonArray>
#include <QJsonObject>

namespace baartal::server {

namespace {

const QList<core::UserRole> kSignedIn{core::UserRole::Customer, core::UserRole::Merchant,
                                      core::UserRole::Admin};

QString value(const ApiRequest& request, const QString& name)
{
    return request.query().queryItemValue(name, QUrl::FullyDecoded).trimmed();
}

// The caller's position from ?lat=&lng=: nothing when both are absent, "invalid_coordinates" when only
// one is sent or either is not a number in range.
core::Result<std::optional<core::GeoPoint>> position(const ApiRequest& request)
{
    const QString lat = value(request, QStringLiteral("lat"));
    const QString lng = value(request, QStringLiteral("lng"));
    if (lat.isEmpty() && lng.isEmpty()) {
        return std::optional<core::GeoPoint>();
    }
    bool latOk = false;
    bool lngOk = false;
    const core::GeoPoint point{lat.toDouble(&latOk), lng.toDouble(&lngOk)};
    if (!latOk || !lngOk || !point.isValid()) {
        return core::Error::invalid(QStringLiteral("invalid_coordinates"),
                                    QStringLiteral("lat and lng must both be decimal degrees, lat from -90 "
                                                   "to 90 and lng from -180 to 180."));
    }
    return std::optional<core::GeoPoint>(point);
}

core::Result<double> radius(const ApiRequest& request)
{
    const QString text = value(request, QStringLiteral("radius_km"));
    if (text.isEmpty()) {
        return core::BundleDirectory::kDefaultRadiusKm;
    }
    bool ok = false;
    const double km = text.toDouble(&ok);
    if (!ok || !(km > 0.0) || km > core::BundleDirectory::kMaxRadiusKm) {
        return core::Error::invalid(QStringLiteral("invalid_radius"),
                                    QStringLiteral("radius_km must be a number above 0 and at most %1.")
                                        .arg(core::BundleDirectory::kMaxRadiusKm));
    }
    return km;
}

ApiResponse list(ServerContext& context, const ApiRequest& request)
{
    const QString pincode = value(request, QStringLiteral("pincode"));
    if (core::Status valid = core::Pincode::check(pincode); !pincode.isEmpty() && !valid) {
        return ApiResponse::error(valid.error());
    }
    auto from = position(request);
    if (!from) {
        return ApiResponse::error(from.error());
    }
    if (pincode.isEmpty() && !*from) {
        return ApiResponse::error(core::Error::invalid(QStringLiteral("missing_location"),
                                                       QStringLiteral("Send pincode, or lat and lng.")));
    }
    core::BundleDirectory directory(context.database);
    core::Result<QList<core::BundleListing>> found = QList<core::BundleListing>();
    if (!pincode.isEmpty()) {
        found = directory.inPincode(pincode, *from);
    } else {
        auto km = radius(request);
        if (!km) {
            return ApiResponse::error(km.error());
        }
        found = directory.near(**from, *km);
    }
    if (!found) {
        return ApiResponse::error(found.error());
    }
    QJsonArray bundles;
    for (const core::BundleListing& listing : std::as_const(*found)) {
        bundles.append(BundleJson::toJson(listing));
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("bundles"), bundles}});
}

ApiResponse one(ServerContext& context, const ApiRequest& request)
{
    auto id = JsonFields::parseUuid(request.pathParam(QStringLiteral("id")), QStringLiteral("id"));
    if (!id) {
        return ApiResponse::error(id.error());
    }
    auto from = position(request);
    if (!from) {
        return ApiResponse::error(from.error());
    }
    auto found = core::BundleDirectory(context.database).find(*id, *from);
    if (!found) {
        return ApiResponse::error(found.error());
    }
    if (!*found) {
        return ApiResponse::error(
            core::Error::notFound(QStringLiteral("bundle_not_found"), QStringLiteral("No such bundle.")));
    }
    return ApiResponse::ok(BundleJson::toJson(**found));
}

} // namespace

void BundleRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add(
        {Method::Get, QStringLiteral("/api/v1/bundles"), kSignedIn,
         QStringLiteral("Bundles and their approved shops by pincode, or nearest first by lat and lng"),
         [&context](const ApiRequest& request) {
             return list(context, request);
         }});
    router.add({Method::Get, QStringLiteral("/api/v1/bundles/{id}"), kSignedIn,
                QStringLiteral("One bundle and its approved shops"), [&context](const ApiRequest& request) {
                    return one(context, request);
                }});
}

} // namespace baartal::server
