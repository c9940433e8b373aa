#include "sync/client/otp_sent.h"

#include "sync/client/response_fields.h"

namespace baartal::sync {

core::Result<OtpSent> OtpSent::fromJson(const QJsonObject& data)
{
    auto phone = ResponseFields::requireString(data, QStringLiteral("phone"));
    if (!phone) {
        return phone.error();
    }
    auto expiresIn = ResponseFields::requireInteger(data, QStringLiteral("expires_in"));
    if (!expiresIn) {
        return expiresIn.error();
    }
    auto resendAfter = ResponseFields::requireInteger(data, QStringLiteral("resend_after"));
    if (!resendAfter) {
        return resendAfter.error();
    }
    return OtpSent{*phone, std::chrono::seconds(*expiresIn), std::chrono::seconds(*resendAfter)};
}

} // namespace baartal::sync
