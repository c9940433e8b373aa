#include "sync/client/auth_session.h"

#include "sync/client/response_fields.h"

namespace baartal::sync {

core::Result<AuthSession> AuthSession::fromJson(const QJsonObject& data)
{
    auto token = ResponseFields::requireString(data, QStringLiteral("token"));
    auto refresh = ResponseFields::requireString(data, QStringLiteral("refresh_token"));
    auto expiresIn = ResponseFields::requireInteger(data, QStringLiteral("expires_in"));
    auto user = ResponseFields::requireObject(data, QStringLiteral("user"));
    if (!token) {
        return token.error();
    }
    if (!refresh) {
        return refresh.error();
    }
    if (!expiresIn) {
        return expiresIn.error();
    }
    if (!user) {
        return user.error();
    }
    auto userId = ResponseFields::requireString(*user, QStringLiteral("id"));
    auto roleText = ResponseFields::requireString(*user, QStringLiteral("role"));
    auto login = ResponseFields::requireString(*user, QStringLiteral("email_or_phone"));
    if (!userId) {
        return userId.error();
    }
    if (!roleText) {
        return roleText.error();
    }
    if (!login) {
        return login.error();
    }
    const std::optional<core::UserRole> role = core::userRoleFromString(*roleText);
    if (!role) {
        return ResponseFields::invalid(QStringLiteral("user.role"));
    }

    AuthSession session;
    session.accessToken = *token;
    session.refreshToken = *refresh;
    session.expiresInSeconds = *expiresIn;
    session.userId = *userId;
    session.role = *role;
    session.emailOrPhone = *login;
    session.merchantId = user->value(QStringLiteral("merchant_id")).toString();
    return session;
}

} // namespace baartal::sync
