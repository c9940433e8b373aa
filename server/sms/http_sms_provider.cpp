#include "server/sms/http_sms_provider.h"

#include "core/users/indian_mobile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace baartal::server {

Q_DECLARE_LOGGING_CATEGORY(lcSms)

namespace {

constexpr qsizetype kLoggedBodyBytes = 200;

QString textOf(const OtpMessage& message)
{
    const qint64 minutes = std::max<qint64>(1, message.validity.count() / 60);
    return QStringLiteral("%1 is your Baartal login code. It expires in %2 minutes. Do not share it.")
        .arg(message.code)
        .arg(minutes);
}

} // namespace

HttpSmsProvider::HttpSmsProvider(QUrl url, QByteArray bearerToken, std::chrono::seconds timeout,
                                 QObject* parent)
    : SmsProvider(parent)
    , m_url(std::move(url))
    , m_bearerToken(std::move(bearerToken))
    , m_timeout(timeout)
{
}

void HttpSmsProvider::sendOtp(const OtpMessage& message)
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_bearerToken.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_bearerToken);
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(std::chrono::milliseconds(m_timeout).count()));
    const QJsonObject body{{QStringLiteral("to"), message.phone},
                           {QStringLiteral("otp"), message.code},
                           {QStringLiteral("expires_in"), static_cast<qint64>(message.validity.count())},
                           {QStringLiteral("message"), textOf(message)}};
    QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const QString phone = message.phone;
    connect(reply, &QNetworkReply::finished, this, [this, reply, phone] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            Q_EMIT delivered(phone);
            return;
        }
        const QString reason = status != 0
                                   ? QStringLiteral("HTTP %1 %2")
                                         .arg(status)
                                         .arg(QString::fromUtf8(reply->readAll().left(kLoggedBodyBytes)))
                                   : reply->errorString();
        qCWarning(lcSms).noquote() << "SMS to" << core::IndianMobile::masked(phone) << "failed:" << reason;
        Q_EMIT failed(phone, reason);
    });
}

} // namespace baartal::server
