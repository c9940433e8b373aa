#include "server/auth/otp_routes.h"

#include "server/auth/otp_service.h"
#include "server/auth/session_json.h"
#include "server/auth/session_service.h"
#include "server/http/json_fields.h"
#include "server/http/router.h"
#include "server/server_context.h"

namespace baartal::server {

namespace {

const QString kPhone = QStringLiteral("phone");

ApiResponse sendOtp(ServerContext& context, const ApiRequest& request)
{
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto phone = JsonFields::requireString(*body, kPhone);
    if (!phone) {
        return ApiResponse::error(phone.error());
    }
    auto outcome = context.otp.send(*phone, request.clientAddress());
    if (!outcome) {
        return ApiResponse::error(outcome.error());
    }
    const auto retryAfter = static_cast<qint64>(outcome->retryAfter.count());
    if (outcome->refusal) {
        ApiResponse refusal =
            ApiResponse::error(*outcome->refusal, QJsonObject{{QStringLiteral("retry_after"), retryAfter}});
        refusal.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
        return refusal;
    }
    return ApiResponse::ok(
        QJsonObject{{kPhone, outcome->phone},
                    {QStringLiteral("expires_in"), static_cast<qint64>(outcome->expiresIn.count())},
                    {QStringLiteral("resend_after"), retryAfter}});
}

ApiResponse verifyOtp(ServerContext& context, const ApiRequest& request)
{
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto phone = JsonFields::requireString(*body, kPhone);
    if (!phone) {
        return ApiResponse::error(phone.error());
    }
    auto otp = JsonFields::requireString(*body, QStringLiteral("otp"));
    if (!otp) {
        return ApiResponse::error(otp.error());
    }
    auto account = context.otp.verify(*phone, *otp);
    if (!account) {
        return ApiResponse::error(account.error());
    }
    auto session = context.sessions.start(*account);
    if (!session) {
        return ApiResponse::error(session.error());
    }
    return ApiResponse::ok(SessionJson::session(*session));
}

} // namespace

void OtpRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add({Method::Post,
                QStringLiteral("/api/v1/auth/send-otp"),
                {},
                QStringLiteral("Send a one-time login code by SMS to an Indian mobile number"),
                [&context](const ApiRequest& request) {
                    return sendOtp(context, request);
                }});
    router.add({Method::Post,
                QStringLiteral("/api/v1/auth/verify-otp"),
                {},
                QStringLiteral("Log in with the code sent by SMS; a new phone gets a customer account"),
                [&context](const ApiRequest& request) {
                    return verifyOtp(context, request);
                }});
}

} // namespace baartal::server
