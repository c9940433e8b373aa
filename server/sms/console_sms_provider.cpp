#include "server/sms/console_sms_provider.h"

#include <QLoggingCategory>

namespace baartal::server {

Q_DECLARE_LOGGING_CATEGORY(lcSms)

void ConsoleSmsProvider::sendOtp(const OtpMessage& message)
{
    qCInfo(lcSms).noquote() << "OTP for" << message.phone << ":" << message.code;
    Q_EMIT delivered(message.phone);
}

} // namespace baartal::server
