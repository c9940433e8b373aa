#include "core/crypto/jwt_codec.h"

#include "core/crypto/base64_url.h"
#include "core/crypto/hashing.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace baartal::core {

namespace {

std::optional<QJsonObject> decodeObject(const QByteArray& segment)
{
    const auto bytes = Base64Url::decode(segment);
    if (!bytes) {
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

Error malformed(const QString& why)
{
    return Error::unauthenticated(QStringLiteral("token_malformed"),
                                  QStringLiteral("Malformed token: ") + why);
}

} // namespace

JwtCodec::JwtCodec(QByteArray secret)
    : m_secret(std::move(secret))
{
}

Result<JwtCodec> JwtCodec::create(QByteArray secret)
{
    if (secret.size() < kMinimumSecretBytes) {
        return Error::invalid(
            QStringLiteral("jwt_secret_too_short"),
            QStringLiteral("The JWT secret must have at least %1 bytes.").arg(kMinimumSecretBytes));
    }
    return JwtCodec(std::move(secret));
}

QString JwtCodec::sign(const QJsonObject& claims) const
{
    static const QByteArray header = Base64Url::encode(QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})"));
    const QByteArray signingInput =
        header + '.' + Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(signingInput + '.' +
                               Base64Url::encode(Hashing::hmacSha256(m_secret, signingInput)));
}

Result<QJsonObject> JwtCodec::verify(const QString& token, const QDateTime& now) const
{
    if (token.isEmpty() || token.size() > kMaximumTokenLength) {
        return malformed(QStringLiteral("empty or too long"));
    }
    const QByteArray ascii = token.toLatin1();
    const QList<QByteArray> segments = ascii.split('.');
    if (segments.size() != 3) {
        return malformed(QStringLiteral("expected three segments"));
    }
    const std::optional<QJsonObject> header = decodeObject(segments[0]);
    if (!header) {
        return malformed(QStringLiteral("header is not base64url JSON"));
    }
    const QJsonValue alg = header->value(QLatin1StringView("alg"));
    if (alg != QJsonValue(QStringLiteral("HS256"))) {
        return Error::unauthenticated(QStringLiteral("token_algorithm"),
                                      QStringLiteral("Only HS256 tokens are accepted."));
    }
    // "crit" names header extensions a recipient must understand (RFC 7515 §4.1.11); we understand none.
    if (header->contains(QLatin1StringView("crit"))) {
        return malformed(QStringLiteral("unsupported critical header"));
    }

    const QByteArray signingInput = segments[0] + '.' + segments[1];
    const QByteArray expected = Base64Url::encode(Hashing::hmacSha256(m_secret, signingInput));
    if (!Hashing::constantTimeEquals(expected, segments[2])) {
        return Error::unauthenticated(QStringLiteral("token_signature"),
                                      QStringLiteral("The token signature does not match."));
    }

    const std::optional<QJsonObject> claims = decodeObject(segments[1]);
    if (!claims) {
        return malformed(QStringLiteral("payload is not base64url JSON"));
    }
    const double nowSeconds = double(now.toSecsSinceEpoch());
    const QJsonValue exp = claims->value(QLatin1StringView("exp"));
    if (!exp.isUndefined() && !exp.isDouble()) {
        return malformed(QStringLiteral("exp is not a number"));
    }
    if (!exp.isDouble() || exp.toDouble() <= nowSeconds) {
        return Error::unauthenticated(QStringLiteral("token_expired"),
                                      QStringLiteral("The token has expired."));
    }
    const QJsonValue nbf = claims->value(QLatin1StringView("nbf"));
    if (!nbf.isUndefined() && !nbf.isDouble()) {
        return malformed(QStringLiteral("nbf is not a number"));
    }
    if (nbf.isDouble() && nbf.toDouble() > nowSeconds) {
        return Error::unauthenticated(QStringLiteral("token_not_yet_valid"),
                                      QStringLiteral("The token is not valid yet."));
    }
    return *claims;
}

} // namespace baartal::core
