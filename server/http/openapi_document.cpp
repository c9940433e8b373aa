#include "server/http/openapi_document.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace baartal::server {

namespace {

const QString kErrorRef = QStringLiteral("#/components/responses/Error");

QJsonArray pathParameters(const QString& path)
{
    static const QRegularExpression parameter(QStringLiteral("\\{([a-z_]+)\\}"));
    QJsonArray parameters;
    for (const QRegularExpressionMatch& match : parameter.globalMatch(path)) {
        parameters.append(QJsonObject{
            {QStringLiteral("name"), match.captured(1)},
            {QStringLiteral("in"), QStringLiteral("path")},
            {QStringLiteral("required"), true},
            {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
    }
    return parameters;
}

QJsonObject operation(const RouteSpec& route)
{
    QJsonObject responses{
        {QStringLiteral("2XX"),
         QJsonObject{{QStringLiteral("description"), QStringLiteral("{success: true, data: {...}}")}}},
        {QStringLiteral("4XX"), QJsonObject{{QStringLiteral("$ref"), kErrorRef}}},
        {QStringLiteral("5XX"), QJsonObject{{QStringLiteral("$ref"), kErrorRef}}},
    };
    QJsonObject op{{QStringLiteral("summary"), route.summary},
                   {QStringLiteral("operationId"),
                    QString(QString::fromLatin1(methodName(route.method)).toLower() + route.path)},
                   {QStringLiteral("responses"), responses}};
    if (const QJsonArray parameters = pathParameters(route.path); !parameters.isEmpty()) {
        op.insert(QStringLiteral("parameters"), parameters);
    }
    QJsonArray roles;
    for (const core::UserRole role : route.roles) {
        roles.append(core::toText(role));
    }
    op.insert(QStringLiteral("x-roles"), roles);
    // An empty security list marks a public route; otherwise a bearer access token is required.
    op.insert(QStringLiteral("security"),
              route.roles.isEmpty() ? QJsonArray{}
                                    : QJsonArray{QJsonObject{{QStringLiteral("bearerAuth"), QJsonArray{}}}});
    return op;
}

QJsonObject components()
{
    const QJsonObject string{{QStringLiteral("type"), QStringLiteral("string")}};
    const QJsonObject errorSchema{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("success"), QStringLiteral("error")}},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("success"), QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}}},
             {QStringLiteral("error"),
              QJsonObject{
                  {QStringLiteral("type"), QStringLiteral("object")},
                  {QStringLiteral("required"), QJsonArray{QStringLiteral("code"), QStringLiteral("message")}},
                  {QStringLiteral("properties"),
                   QJsonObject{{QStringLiteral("code"), string}, {QStringLiteral("message"), string}}}}}}}};
    return {
        {QStringLiteral("securitySchemes"),
         QJsonObject{{QStringLiteral("bearerAuth"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                  {QStringLiteral("scheme"), QStringLiteral("bearer")},
                                  {QStringLiteral("bearerFormat"), QStringLiteral("JWT")}}}}},
        {QStringLiteral("schemas"), QJsonObject{{QStringLiteral("Error"), errorSchema}}},
        {QStringLiteral("responses"),
         QJsonObject{
             {QStringLiteral("Error"),
              QJsonObject{
                  {QStringLiteral("description"),
                   QStringLiteral("The error envelope, with a stable error.code")},
                  {QStringLiteral("content"),
                   QJsonObject{
                       {QStringLiteral("application/json"),
                        QJsonObject{{QStringLiteral("schema"),
                                     QJsonObject{{QStringLiteral("$ref"),
                                                  QStringLiteral("#/components/schemas/Error")}}}}}}}}}}},
    };
}

} // namespace

QJsonObject OpenApiDocument::describe(const QList<RouteSpec>& routes, const QString& version)
{
    QJsonObject paths;
    for (const RouteSpec& route : routes) {
        QJsonObject item = paths.value(route.path).toObject();
        item.insert(QString::fromLatin1(methodName(route.method)).toLower(), operation(route));
        paths.insert(route.path, item);
    }
    return {{QStringLiteral("openapi"), QStringLiteral("3.0.3")},
            {QStringLiteral("info"),
             QJsonObject{{QStringLiteral("title"), QStringLiteral("Baartal API")},
                         {QStringLiteral("version"), version},
                         {QStringLiteral("description"),
                          QStringLiteral("Every answer is {success, data} or {success: false, error: {code, "
                                         "message}}.")}}},
            {QStringLiteral("paths"), paths},
            {QStringLiteral("components"), components()}};
}

} // namespace baartal::server
