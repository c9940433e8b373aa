#include "server/keys/key_routes.h"

#include "core/crypto/base64_url.h"
#include "core/tokens/token_verifier.h"
#include "server/http/router.h"
#include "server/server_context.h"

#include <QJsonArray>
#include <QJsonObject>

namespace baartal::server {

namespace {

// Newest first: the first key signs what the server issues now.
ApiResponse keys(const ServerContext& context)
{
    QJsonArray list;
    for (const core::Ed25519PublicKey& key : context.tokenVerifier.keys()) {
        list.append(QJsonObject{
            {QStringLiteral("kid"), key.kid()},
            {QStringLiteral("alg"), QStringLiteral("Ed25519")},
            {QStringLiteral("public_key"), QString::fromLatin1(core::Base64Url::encode(key.bytes()))}});
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("keys"), list}});
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
