#include "server/categories/category_routes.h"

#include "core/merchants/category_repository.h"
#include "core/time/clock.h"
#include "server/http/json_fields.h"
#include "server/http/router.h"
#include "server/server_context.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace baartal::server {

namespace {

constexpr int kMaxLabelLength = 40;

QJsonObject toJson(const core::Category& category)
{
    return QJsonObject{{QStringLiteral("name"), category.name}, {QStringLiteral("label"), category.label}};
}

ApiResponse list(ServerContext& context)
{
    auto categories = core::CategoryRepository(context.database).list();
    if (!categories) {
        return ApiResponse::error(categories.error());
    }
    QJsonArray json;
    for (const core::Category& category : std::as_const(*categories)) {
        json.append(toJson(category));
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("categories"), json}});
}

// "home_services" reads as "Home services".
QString labelFor(const QString& name)
{
    QString label = name;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    label[0] = label[0].toUpper();
    return label;
}

core::Result<core::Category> categoryFrom(const QJsonObject& body)
{
    auto name = JsonFields::requireString(body, QStringLiteral("name"));
    if (!name) {
        return name.error();
    }
    static const QRegularExpression kName(QStringLiteral("^[a-z][a-z0-9_]{1,31}$"));
    if (!kName.match(*name).hasMatch()) {
        return core::Error::invalid(QStringLiteral("invalid_category_name"),
                                    QStringLiteral("name must be 2 to 32 lower-case letters, digits or "
                                                   "underscores, starting with a letter."));
    }
    auto label = JsonFields::optionalString(body, QStringLiteral("label"));
    if (!label) {
        return label.error();
    }
    const QString text = *label ? (*label)->trimmed() : labelFor(*name);
    if (text.isEmpty() || text.size() > kMaxLabelLength) {
        return core::Error::invalid(QStringLiteral("invalid_category_label"),
                                    QStringLiteral("label must be 1 to %1 characters.").arg(kMaxLabelLength));
    }
    return core::Category{*name, text, {}};
}

ApiResponse add(ServerContext& context, const ApiRequest& request)
{
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto category = categoryFrom(*body);
    if (!category) {
        return ApiResponse::error(category.error());
    }
    category->createdAt = context.clock.now();
    if (core::Status added = core::CategoryRepository(context.database).add(*category); !added) {
        return ApiResponse::error(added.error());
    }
    return ApiResponse::ok(toJson(*category), 201);
}

} // namespace

void CategoryRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add({Method::Get,
                QStringLiteral("/api/v1/categories"),
                {core::UserRole::Customer, core::UserRole::Merchant, core::UserRole::Admin},
                QStringLiteral("The shop categories, by label"),
                [&context](const ApiRequest&) {
                    return list(context);
                }});
    router.add({Method::Post,
                QStringLiteral("/api/v1/admin/categories"),
                {core::UserRole::Admin},
                QStringLiteral("Add a shop category"),
                [&context](const ApiRequest& request) {
                    return add(context, request);
                }});
}

} // namespace baartal::server
