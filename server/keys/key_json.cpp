#include "server/keys/key_json.h"

#include "core/crypto/base64_url.h"
#include "core/tokens/token_verifier.h"

#include <QJsonObject>

namespace baartal::server {

QJsonArray KeyJson::keys(const core::TokenVerifier& verifier)
{
    QJsonArray list;
    for (const core::Ed25519PublicKey& key : verifier.keys()) {
        list.append(QJsonObject{
            {QStringLiteral("kid"), key.kid()},
            {QStringLiteral("alg"), QStringLiteral("Ed25519")},
            {QStringLiteral("public_key"), QString::fromLatin1(core::Base64Url::encode(key.bytes()))}});
    }
    return list;
}

} // namespace baartal::server
