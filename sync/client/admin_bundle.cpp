#include "sync/client/admin_bundle.h"

#include "sync/client/response_fields.h"

#include <QJsonArray>

namespace baartal::sync {

core::Result<AdminBundle> AdminBundle::fromJson(const QJsonObject& data)
{
    auto id = ResponseFields::requireString(data, QStringLiteral("id"));
    auto name = ResponseFields::requireString(data, QStringLiteral("name"));
    auto pincode = ResponseFields::requireString(data, QStringLiteral("pincode"));
    auto status = ResponseFields::requireString(data, QStringLiteral("status"));
    auto shops = ResponseFields::requireInteger(data, QStringLiteral("shops_count"));
    if (core::Status read = ResponseFields::firstError(id, name, pincode, status, shops); !read) {
        return read.error();
    }
    const bool active = *status == QLatin1String("active");
    if (!active && *status != QLatin1String("inactive")) {
        return ResponseFields::invalid(QStringLiteral("status"));
    }
    AdminBundle bundle;
    bundle.id = *id;
    bundle.name = *name;
    bundle.pincode = *pincode;
    bundle.active = active;
    bundle.shopsCount = static_cast<int>(*shops);
    for (const QJsonValue& category : data.value(QStringLiteral("categories")).toArray()) {
        bundle.categories.append(category.toString());
    }
    return bundle;
}

core::Result<AdminBundlePage> AdminBundlePage::fromJson(const QJsonObject& data)
{
    auto bundles =
        ResponseFields::requireList<AdminBundle>(data, QStringLiteral("bundles"), &AdminBundle::fromJson);
    auto page = ListPage::fromJson(data);
    if (core::Status read = ResponseFields::firstError(bundles, page); !read) {
        return read.error();
    }
    return AdminBundlePage{*bundles, *page};
}

} // namespace baartal::sync
