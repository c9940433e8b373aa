#include "server/keys/key_routes.h"

#include "server/http/router.h"
#include "server/keys/key_json.h"
#include "server/server_context.h"

#include <QJsonObject>

namespace baartal::server {

namespace {

ApiResponse keys(const ServerContext& context)
{
    return ApiResponse::ok(QJsonObject{{QStringLiteral("keys"), KeyJson::keys(context.tokenVerifier)}});
}

} // namespace

void KeyRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add(
        {Method::Get,
         QStringLiteral("/api/v1/keys"),
         {},
         QStringLiteral("The Ed25519 public keys that verify customer QR and spend tokens, newest first"),
         [&context](const ApiRequest&) {
             return keys(context);
         }});
}

} // namespace baartal::server
