#pragma once

#include "core/users/user_role.h"
#include "server/http/api_request.h"
#include "server/http/api_response.h"
#include "server/http/method.h"

#include <QList>
#include <QString>

#include <functional>

namespace baartal::server {

using Handler = std::function<ApiResponse(const ApiRequest&)>;

// One API route: what it answers, who may call it and what it does. The route table is also the source
// of the OpenAPI document.
struct RouteSpec {
    Method method = Method::Get;
    // "/api/v1/merchants/{id}": literal segments and {name} parameters, each one whole segment.
    QString path;
    // The roles admitted with a valid bearer token; empty for a public route.
    QList<core::UserRole> roles;
    QString summary;
    Handler handler;
};

} // namespace baartal::server
