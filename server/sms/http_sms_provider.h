#pragma once

#include "server/sms/sms_provider.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QUrl>

namespace baartal::server {

// POSTs each code to a configured URL as JSON:
//   {"to": "+919820012345", "otp": "123456", "expires_in": 300, "message": "123456 is your ..."}
// with "Authorization: Bearer <token>" when a token is set. The gateway (or a relay in front of it) may
// send the ready text, or put "otp" into a registered template as Indian DLT rules require. Any 2xx
// answer is delivered(); another status, a redirect (not followed, so the token goes nowhere else), a
// network error or no answer within the timeout is failed() and logged.
class HttpSmsProvider final : public SmsProvider {
    Q_OBJECT

public:
    HttpSmsProvider(QUrl url, QByteArray bearerToken, std::chrono::seconds timeout,
                    QObject* parent = nullptr);

    void sendOtp(const OtpMessage& message) override;

private:
    QUrl m_url;
    QByteArray m_bearerToken;
    std::chrono::seconds m_timeout;
    QNetworkAccessManager m_network;
};

} // namespace baartal::server
