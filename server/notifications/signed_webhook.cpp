#include "server/notifications/signed_webhook.h"

#include "core/crypto/hashing.h"
#include "core/notifications/notification.h"

namespace baartal::server {

const QByteArray SignedWebhook::kEventIdHeader = QByteArrayLiteral("X-Baartal-Event-Id");
const QByteArray SignedWebhook::kEventTypeHeader = QByteArrayLiteral("X-Baartal-Event-Type");
const QByteArray SignedWebhook::kTimestampHeader = QByteArrayLiteral("X-Baartal-Timestamp");
const QByteArray SignedWebhook::kSignatureHeader = QByteArrayLiteral("X-Baartal-Signature");

OutgoingRequest SignedWebhook::build(const QUrl& url, QByteArrayView secret, const core::Delivery& delivery,
                                     const QDateTime& now)
{
    const qint64 timestamp = now.toSecsSinceEpoch();
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(kEventIdHeader, delivery.eventId.toUtf8());
    request.setRawHeader(kEventTypeHeader, delivery.eventType.toUtf8());
    request.setRawHeader(kTimestampHeader, QByteArray::number(timestamp));
    request.setRawHeader(kSignatureHeader, signature(secret, timestamp, delivery.body));
    return {request, delivery.body};
}

QByteArray SignedWebhook::signature(QByteArrayView secret, qint64 timestamp, QByteArrayView body)
{
    const QByteArray signedText = QByteArray::number(timestamp) + '.' + body.toByteArray();
    return QByteArrayLiteral("sha256=") + core::Hashing::hmacSha256(secret, signedText).toHex();
}

} // namespace baartal::server
