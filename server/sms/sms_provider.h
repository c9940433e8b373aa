#pragma once

#include "core/result/result.h"
#include "server/sms/sms_settings.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

namespace baartal::server {

// A login code for one phone.
struct OtpMessage {
    QString phone; // canonical, "+919820012345"
    QString code;
    std::chrono::seconds validity{0};
};

// Carries login codes to phones. sendOtp() returns at once, so a slow or dead gateway never holds up
// the server's request handling; the outcome arrives later as delivered() or failed(), and failures are
// logged.
class SmsProvider : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void sendOtp(const OtpMessage& message) = 0;

    // The provider the settings name; "sms_token_unreadable" or "sms_token_empty" when a bearer token
    // file is given but holds no token.
    static core::Result<std::unique_ptr<SmsProvider>> create(const SmsSettings& settings);

Q_SIGNALS:
    // The provider took the message (for HTTP: answered 2xx); not a receipt from the phone.
    void delivered(const QString& phone);
    void failed(const QString& phone, const QString& reason);
};

} // namespace baartal::server
