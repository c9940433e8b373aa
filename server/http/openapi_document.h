#pragma once

#include "server/http/route_spec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace baartal::server {

// The OpenAPI 3.0 description of a route table, served at GET /api/v1/openapi.json. It is built from
// the routes the Router actually dispatches, so it cannot drift from them: every route with its
// method, summary, path parameters, the roles it admits (x-roles, and bearer security when any) and
// the error envelope every failure uses.
class OpenApiDocument {
public:
    OpenApiDocument() = delete;

    static QJsonObject describe(const QList<RouteSpec>& routes, const QString& version);
};

} // namespace baartal::server
