#include "server/notifications/whatsapp_adapter.h"

#include "server/notifications/notification_config.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace baartal::server {

OutgoingRequest WhatsAppAdapter::message(const QString& to, const QString& text) const
{
    QNetworkRequest request(QUrl(m_config.whatsappApiUrl + QLatin1Char('/') + m_config.whatsappPhoneNumberId +
                                 QStringLiteral("/messages")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"),
                         QByteArrayLiteral("Bearer ") + m_config.whatsappToken);
    const QJsonObject body{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("recipient_type"), QStringLiteral("individual")},
        {QStringLiteral("to"), to},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text.left(kMaxText)}}}};
    return {request, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

core::Result<QString> WhatsAppAdapter::normaliseNumber(const QString& text)
{
    QString digits;
    const QString trimmed = text.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
        } else if (!(c == QLatin1Char('+') && i == 0) && c != QLatin1Char(' ') && c != QLatin1Char('-')) {
            digits.clear();
            break;
        }
    }
    if (digits.size() < 8 || digits.size() > 15 || digits.startsWith(QLatin1Char('0'))) {
        return core::Error::invalid(
            QStringLiteral("invalid_whatsapp_number"),
            QStringLiteral("whatsapp_to must be a phone number with its country code, "
                           "such as +919876543210."));
    }
    return digits;
}

} // namespace baartal::server
