#include "core/tokens/token_verifier.h"

#include "core/crypto/base64_url.h"
#include "core/tokens/token_payload.h"

#include <algorithm>

namespace baartal::core {

namespace {

Error malformed(const QString& why)
{
    return Error::invalid(QStringLiteral("token_malformed"), QStringLiteral("Not a Baartal token: ") + why);
}

} // namespace

Result<TokenClaims> TokenVerifier::verify(const QString& token, TokenType expected,
                                          const QDateTime& now) const
{
    if (token.isEmpty() || token.size() > kMaximumTokenLength) {
        return malformed(QStringLiteral("empty or too long"));
    }
    const QByteArray ascii = token.toLatin1();
    const QList<QByteArray> parts = ascii.split('.');
    if (parts.size() != 4) {
        return malformed(QStringLiteral("expected four parts"));
    }
    const auto type = TokenPayload::typeOfPrefix(parts[0]);
    if (!type) {
        return malformed(QStringLiteral("unknown prefix"));
    }
    if (*type != expected) {
        return Error::invalid(QStringLiteral("token_wrong_type"),
                              QStringLiteral("This is a %1 token where a %2 token was expected")
                                  .arg(toText(*type), toText(expected)));
    }
    const auto payload = Base64Url::decode(parts[2]);
    const auto signature = Base64Url::decode(parts[3]);
    if (!payload || !signature || signature->size() != Ed25519PublicKey::kSignatureBytes) {
        return malformed(QStringLiteral("payload or signature is not base64url of the right size"));
    }
    const QString kid = QString::fromLatin1(parts[1]);
    const auto key = std::find_if(m_keys.cbegin(), m_keys.cend(), [&kid](const Ed25519PublicKey& candidate) {
        return candidate.kid() == kid;
    });
    if (key == m_keys.cend()) {
        return Error::invalid(QStringLiteral("token_unknown_key"),
                              QStringLiteral("The token is signed with a key this verifier does not know"));
    }
    const QByteArray signingInput = parts[0] + '.' + parts[1] + '.' + parts[2];
    if (!key->verify(signingInput, *signature)) {
        return Error::invalid(
            QStringLiteral("token_signature"),
            QStringLiteral("The token's signature does not match: it was altered or forged"));
    }
    const auto claims = TokenPayload::decode(*type, *payload);
    if (!claims) {
        return malformed(QStringLiteral("the payload does not hold the claims of its type"));
    }
    const std::chrono::seconds skew = kClockSkew;
    if (now >= claims->expiresAt.addSecs(skew.count())) {
        return Error::unprocessable(QStringLiteral("token_expired"), QStringLiteral("The token has expired"));
    }
    if (now < claims->issuedAt.addSecs(-skew.count())) {
        return Error::unprocessable(QStringLiteral("token_not_yet_valid"),
                                    QStringLiteral("The token was issued in the future: check this clock"));
    }
    return *claims;
}

} // namespace baartal::core
