#include "server/merchants/shop_request.h"

#include "server/http/json_fields.h"

#include <QJsonValue>

#include <limits>

namespace baartal::server {

namespace {

const QString kLat = QStringLiteral("lat");
const QString kLng = QStringLiteral("lng");
const QString kRate = QStringLiteral("bcoin_issue_rate");
const QString kSpendCap = QStringLiteral("spend_cap_percent");

bool absent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

core::Error wrongType(const QString& field, const QString& expected)
{
    return core::Error::invalid(QStringLiteral("invalid_field_type"),
                                QStringLiteral("%1 must be %2.").arg(field, expected));
}

core::Error unpairedCoordinates()
{
    return core::Error::invalid(QStringLiteral("invalid_coordinates"),
                                QStringLiteral("Send lat and lng together, or neither."));
}

// lat and lng as sent: nothing when both are absent or null, "invalid_coordinates" when only one is.
core::Result<std::optional<core::GeoPoint>> position(const QJsonObject& body)
{
    const QJsonValue lat = body.value(kLat);
    const QJsonValue lng = body.value(kLng);
    if (absent(lat) && absent(lng)) {
        return std::optional<core::GeoPoint>();
    }
    if (absent(lat) || absent(lng)) {
        return unpairedCoordinates();
    }
    for (const auto& [field, value] : {std::pair{kLat, lat}, std::pair{kLng, lng}}) {
        if (!value.isDouble()) {
            return wrongType(field, QStringLiteral("a number of decimal degrees"));
        }
    }
    return std::optional<core::GeoPoint>(core::GeoPoint{lat.toDouble(), lng.toDouble()});
}

// A whole number of any size; OnboardingService checks its range with a message about the rule.
core::Result<std::optional<int>> optionalInt(const QJsonObject& body, const QString& field)
{
    if (absent(body.value(field))) {
        return std::optional<int>();
    }
    auto value =
        JsonFields::requireInt(body, field, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (!value) {
        return value.error();
    }
    return std::optional<int>(int(*value));
}

core::Result<core::BundleChoice> bundleChoice(const QJsonObject& body)
{
    core::BundleChoice choice;
    const QString idField = QStringLiteral("bundle_id");
    if (!absent(body.value(idField))) {
        auto id = JsonFields::requireUuid(body, idField);
        if (!id) {
            return id.error();
        }
        choice.bundleId = *id;
    }
    const QString newField = QStringLiteral("new_bundle");
    const QJsonValue fresh = body.value(newField);
    if (!absent(fresh)) {
        if (!fresh.isBool()) {
            return wrongType(newField, QStringLiteral("true or false"));
        }
        choice.newBundle = fresh.toBool();
    }
    return choice;
}

} // namespace

core::Result<core::ShopApplication> ShopRequest::application(const QJsonObject& body, const QString& userId)
{
    core::ShopApplication application;
    application.userId = userId;
    for (const auto& [field, target] : {std::pair{QStringLiteral("business_name"), &application.businessName},
                                        std::pair{QStringLiteral("category"), &application.category},
                                        std::pair{QStringLiteral("pincode"), &application.pincode},
                                        std::pair{QStringLiteral("address"), &application.address}}) {
        auto text = JsonFields::requireString(body, field);
        if (!text) {
            return text.error();
        }
        *target = *text;
    }
    auto where = position(body);
    if (!where) {
        return where.error();
    }
    application.position = *where;
    auto rate = optionalInt(body, kRate);
    if (!rate) {
        return rate.error();
    }
    application.bcoinIssueRate = rate->value_or(application.bcoinIssueRate);
    auto cap = optionalInt(body, kSpendCap);
    if (!cap) {
        return cap.error();
    }
    application.spendCapPercent = *cap;
    auto choice = bundleChoice(body);
    if (!choice) {
        return choice.error();
    }
    application.bundle = *choice;
    return application;
}

core::Result<core::ShopChanges> ShopRequest::changes(const QJsonObject& body)
{
    for (const char* readOnly : {"id", "user_id", "qr_code_url", "approved"}) {
        if (body.contains(QLatin1String(readOnly))) {
            return core::Error::invalid(QStringLiteral("read_only_field"),
                                        QStringLiteral("%1 cannot be changed.").arg(QLatin1String(readOnly)));
        }
    }
    core::ShopChanges changes;
    for (const auto& [field, target] : {std::pair{QStringLiteral("business_name"), &changes.businessName},
                                        std::pair{QStringLiteral("category"), &changes.category},
                                        std::pair{QStringLiteral("pincode"), &changes.pincode},
                                        std::pair{QStringLiteral("address"), &changes.address}}) {
        auto text = JsonFields::optionalString(body, field);
        if (!text) {
            return text.error();
        }
        *target = *text;
    }
    if (body.contains(kLat) != body.contains(kLng)) {
        return unpairedCoordinates();
    }
    if (body.contains(kLat)) {
        auto where = position(body);
        if (!where) {
            return where.error();
        }
        changes.position = *where;
    }
    auto rate = optionalInt(body, kRate);
    if (!rate) {
        return rate.error();
    }
    changes.bcoinIssueRate = *rate;
    if (body.contains(kSpendCap)) {
        auto cap = optionalInt(body, kSpendCap);
        if (!cap) {
            return cap.error();
        }
        changes.spendCapPercent = *cap;
    }
    auto choice = bundleChoice(body);
    if (!choice) {
        return choice.error();
    }
    changes.bundle = *choice;
    return changes;
}

} // namespace baartal::server
