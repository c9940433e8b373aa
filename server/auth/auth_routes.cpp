#include "server/auth/auth_routes.h"

#include "core/users/account_service.h"
#include "server/auth/session_json.h"
#include "server/auth/session_service.h"
#include "server/http/json_fields.h"
#include "server/http/router.h"
#include "server/server_context.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace baartal::server {

namespace {

const QString kEmailOrPhone = QStringLiteral("email_or_phone");
const QString kPassword = QStringLiteral("password");
const QString kRefreshToken = QStringLiteral("refresh_token");

core::Result<core::RegistrationRequest> registrationFrom(const QJsonObject& body)
{
    auto login = JsonFields::requireString(body, kEmailOrPhone);
    if (!login) {
        return login.error();
    }
    auto password = JsonFields::requireString(body, kPassword);
    if (!password) {
        return password.error();
    }
    auto roleText = JsonFields::requireString(body, QStringLiteral("role"));
    if (!roleText) {
        return roleText.error();
    }
    const std::optional<core::UserRole> role = core::userRoleFromString(*roleText);
    if (!role) {
        return core::Error::invalid(QStringLiteral("invalid_role"),
                                    QStringLiteral("role must be \"customer\" or \"merchant\"."));
    }
    auto referralCode = JsonFields::optionalString(body, QStringLiteral("referral_code"));
    if (!referralCode) {
        return referralCode.error();
    }
    auto pincode = JsonFields::optionalString(body, QStringLiteral("pincode"));
    if (!pincode) {
        return pincode.error();
    }
    static const QRegularExpression indianPincode(QStringLiteral("^[1-9][0-9]{5}$"));
    if (*pincode && !pincode->value().isEmpty() &&
        !indianPincode.match(pincode->value().trimmed()).hasMatch()) {
        return core::Error::invalid(QStringLiteral("invalid_pincode"),
                                    QStringLiteral("pincode must be a 6-digit Indian PIN code."));
    }
    return core::RegistrationRequest{*login, *password, *role, referralCode->value_or(QString()),
                                     pincode->value_or(QString())};
}

ApiResponse registerAccount(ServerContext& context, const ApiRequest& request)
{
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto registration = registrationFrom(*body);
    if (!registration) {
        return ApiResponse::error(registration.error());
    }
    auto account = context.accounts.registerAccount(*registration);
    if (!account) {
        return ApiResponse::error(account.error());
    }
    QJsonObject data{{QStringLiteral("user"), SessionJson::user(account->user)}};
    if (account->customer) {
        data.insert(QStringLiteral("customer_id"), account->customer->id);
        data.insert(QStringLiteral("referral_code"), account->customer->referralCode);
    }
    return ApiResponse::ok(data, 201);
}

ApiResponse login(ServerContext& context, const ApiRequest& request)
{
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto emailOrPhone = JsonFields::requireString(*body, kEmailOrPhone);
    if (!emailOrPhone) {
        return ApiResponse::error(emailOrPhone.error());
    }
    auto password = JsonFields::requireString(*body, kPassword);
    if (!password) {
        return ApiResponse::error(password.error());
    }
    auto account = context.accounts.login(*emailOrPhone, *password);
    if (!account) {
        return ApiResponse::error(account.error());
    }
    auto session = context.sessions.start(*account);
    if (!session) {
        return ApiResponse::error(session.error());
    }
    return ApiResponse::ok(SessionJson::session(*session));
}

// The "refresh_token" field that refresh and logout both take.
core::Result<QString> refreshTokenOf(const ApiRequest& request)
{
    auto body = request.jsonBody();
    if (!body) {
        return body.error();
    }
    return JsonFields::requireString(*body, kRefreshToken);
}

ApiResponse refresh(ServerContext& context, const ApiRequest& request)
{
    auto token = refreshTokenOf(request);
    if (!token) {
        return ApiResponse::error(token.error());
    }
    auto session = context.sessions.refresh(*token);
    if (!session) {
        return ApiResponse::error(session.error());
    }
    return ApiResponse::ok(SessionJson::session(*session));
}

ApiResponse logout(ServerContext& context, const ApiRequest& request)
{
    auto token = refreshTokenOf(request);
    if (!token) {
        return ApiResponse::error(token.error());
    }
    if (core::Status loggedOut = context.sessions.logout(request.auth()->userId, *token); !loggedOut) {
        return ApiResponse::error(loggedOut.error());
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("logged_out"), true}});
}

} // namespace

void AuthRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add({Method::Post,
                QStringLiteral("/api/v1/auth/register"),
                {},
                QStringLiteral("Register a customer or merchant account"),
                [&context](const ApiRequest& request) {
                    return registerAccount(context, request);
                }});
    router.add({Method::Post,
                QStringLiteral("/api/v1/auth/login"),
                {},
                QStringLiteral("Log in with e-mail or phone and password"),
                [&context](const ApiRequest& request) {
                    return login(context, request);
                }});
    router.add({Method::Post,
                QStringLiteral("/api/v1/auth/refresh"),
                {},
                QStringLiteral("Trade a refresh token for a new session"),
                [&context](const ApiRequest& request) {
                    return refresh(context, request);
                }});
    router.add({Method::Post,
                QStringLiteral("/api/v1/auth/logout"),
                {core::UserRole::Customer, core::UserRole::Merchant, core::UserRole::Admin},
                QStringLiteral("End a session by revoking its refresh token"),
                [&context](const ApiRequest& request) {
                    return logout(context, request);
                }});
}

} // namespace baartal::server
