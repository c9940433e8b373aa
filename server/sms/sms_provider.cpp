#include "server/sms/sms_provider.h"

#include "server/sms/console_sms_provider.h"
#include "server/sms/http_sms_provider.h"

#include <QFile>
#include <QLoggingCategory>

namespace baartal::server {

Q_LOGGING_CATEGORY(lcSms, "baartal.server.sms")

core::Result<std::unique_ptr<SmsProvider>> SmsProvider::create(const SmsSettings& settings)
{
    switch (settings.provider) {
    case SmsSettings::Provider::Console:
        qCInfo(lcSms) << "SMS provider: console - login codes are written to this log, not sent";
        return std::unique_ptr<SmsProvider>(std::make_unique<ConsoleSmsProvider>());
    case SmsSettings::Provider::Http: {
        QByteArray token;
        if (!settings.httpTokenFile.isEmpty()) {
            QFile file(settings.httpTokenFile);
            if (!file.open(QIODevice::ReadOnly)) {
                return core::Error::invalid(QStringLiteral("sms_token_unreadable"),
                                            QStringLiteral("Cannot read the SMS token file %1: %2")
                                                .arg(settings.httpTokenFile, file.errorString()));
            }
            token = file.readAll().trimmed();
            if (token.isEmpty()) {
                return core::Error::invalid(
                    QStringLiteral("sms_token_empty"),
                    QStringLiteral("The SMS token file %1 is empty").arg(settings.httpTokenFile));
            }
        }
        qCInfo(lcSms).noquote() << "SMS provider: HTTP POST to"
                                << settings.httpUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        return std::unique_ptr<SmsProvider>(
            std::make_unique<HttpSmsProvider>(settings.httpUrl, token, settings.timeout));
    }
    }
    Q_UNREACHABLE();
}

} // namespace baartal::server
