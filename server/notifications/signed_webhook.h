#pragma once

#include "server/notifications/outgoing_request.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QUrl>

namespace baartal::core {
struct Delivery;
}

namespace baartal::server {

// A webhook delivery as the merchant's endpoint receives it: the event JSON as the body, and headers
// X-Baartal-Event-Id, X-Baartal-Event-Type, X-Baartal-Timestamp (Unix seconds of this attempt) and
// X-Baartal-Signature "sha256=" + hex HMAC-SHA256(secret, timestamp + "." + body).
class SignedWebhook {
public:
    SignedWebhook() = delete;

    static const QByteArray kEventIdHeader;
    static const QByteArray kEventTypeHeader;
    static const QByteArray kTimestampHeader;
    static const QByteArray kSignatureHeader;

    static OutgoingRequest build(const QUrl& url, QByteArrayView secret, const core::Delivery& delivery,
                                 const QDateTime& now);
    // "sha256=<64 hex digits>".
    static QByteArray signature(QByteArrayView secret, qint64 timestamp, QByteArrayView body);
};

} // namespace baartal::server
