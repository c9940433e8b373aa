#include "server/http/access_tokens.h"

#include <QJsonObject>
#include <QJsonValue>

namespace baartal::server {

namespace {

const QString kIssuer = QStringLiteral("baartal");

core::Error badClaims(const QString& why)
{
    return core::Error::unauthenticated(QStringLiteral("token_claims"),
                                        QStringLiteral("Invalid token: ") + why);
}

} // namespace

AccessTokens::AccessTokens(core::JwtCodec codec, std::chrono::seconds lifetime)
    : m_codec(std::move(codec))
    , m_lifetime(lifetime)
{
}

QString AccessTokens::issue(const QString& userId, core::UserRole role, const QDateTime& now) const
{
    const qint64 issuedAt = now.toSecsSinceEpoch();
    return m_codec.sign(QJsonObject{
        {QStringLiteral("iss"), kIssuer},
        {QStringLiteral("sub"), userId},
        {QStringLiteral("role"), core::toText(role)},
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("exp"), issuedAt + m_lifetime.count()},
    });
}

core::Result<AuthContext> AccessTokens::verify(const QString& token, const QDateTime& now) const
{
    const core::Result<QJsonObject> claims = m_codec.verify(token, now);
    if (!claims.ok()) {
        return claims.error();
    }
    if (claims->value(QStringLiteral("iss")).toString() != kIssuer) {
        return badClaims(QStringLiteral("wrong issuer"));
    }
    const QString userId = claims->value(QStringLiteral("sub")).toString();
    if (userId.isEmpty()) {
        return badClaims(QStringLiteral("no subject"));
    }
    const std::optional<core::UserRole> role =
        core::userRoleFromString(claims->value(QStringLiteral("role")).toString());
    if (!role) {
        return badClaims(QStringLiteral("unknown role"));
    }
    return AuthContext{userId, *role};
}

} // namespace baartal::server
