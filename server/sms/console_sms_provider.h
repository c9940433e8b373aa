#pragma once

#include "server/sms/sms_provider.h"

namespace baartal::server {

// Development provider: writes "OTP for +919820012345 : 123456" to the log category baartal.server.sms,
// where a developer or a browser test driving the server reads it. Sends nothing.
class ConsoleSmsProvider final : public SmsProvider {
    Q_OBJECT

public:
    using SmsProvider::SmsProvider;

    void sendOtp(const OtpMessage& message) override;
};

} // namespace baartal::server
