#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace baartal::core {

// Compact JSON Web Tokens signed with HMAC-SHA256 (RFC 7519 / 7515). The algorithm is pinned: a token
// whose header names any other algorithm ("none", "HS512", "RS256", ...) is refused before its signature
// is even looked at, so a forged header cannot choose how it is checked.
class JwtCodec {
public:
    static constexpr qsizetype kMinimumSecretBytes = 32;
    // Longer tokens are refused unparsed; ours carry a handful of claims.
    static constexpr qsizetype kMaximumTokenLength = 8192;

    // Fails with "jwt_secret_too_short" (Invalid) for a secret shorter than kMinimumSecretBytes.
    static Result<JwtCodec> create(QByteArray secret);

    // The token for these claims under the header {"alg":"HS256","typ":"JWT"}.
    QString sign(const QJsonObject& claims) const;

    // The claims of a genuine, current token. Every failure is Unauthenticated:
    // "token_malformed" (structure, base64url, JSON, claim types), "token_algorithm" (alg is not HS256),
    // "token_signature", "token_expired" (exp missing or not after now), "token_not_yet_valid" (nbf after
    // now).
    Result<QJsonObject> verify(const QString& token, const QDateTime& now) const;

private:
    explicit JwtCodec(QByteArray secret);

    QByteArray m_secret;
};

} // namespace baartal::core
