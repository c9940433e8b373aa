#include "server/auth/session_json.h"

#include "server/auth/session_service.h"

namespace baartal::server {

namespace {

// Where the web client sends each role after logging in.
QString dashboardOf(core::UserRole role)
{
    return QStringLiteral("/%1/dashboard").arg(core::toText(role));
}

} // namespace

QJsonObject SessionJson::user(const core::User& user)
{
    return QJsonObject{{QStringLiteral("id"), user.id},
                       {QStringLiteral("role"), core::toText(user.role)},
                       {QStringLiteral("email_or_phone"), user.emailOrPhone}};
}

QJsonObject SessionJson::session(const Session& session)
{
    QJsonObject json = user(session.account.user);
    if (session.account.customer) {
        json.insert(QStringLiteral("customer_id"), session.account.customer->id);
    }
    if (!session.merchantId.isEmpty()) {
        json.insert(QStringLiteral("merchant_id"), session.merchantId);
    }
    return QJsonObject{{QStringLiteral("token"), session.accessToken},
                       {QStringLiteral("refresh_token"), session.refreshToken},
                       {QStringLiteral("expires_in"), static_cast<qint64>(session.expiresIn.count())},
                       {QStringLiteral("user"), json},
                       {QStringLiteral("redirect"), dashboardOf(session.account.user.role)}};
}

} // namespace baartal::server
