#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace baartal::core {

// SHA-256, HMAC-SHA256 and timing-safe comparison: what refresh-token storage, Razorpay signatures and
// webhook checks need.
class Hashing {
public:
    Hashing() = delete;

    // The 32-byte SHA-256 digest.
    static QByteArray sha256(QByteArrayView data);

    // The 32-byte HMAC-SHA256 of message under a key of any length (RFC 2104: long keys are hashed).
    static QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);

    // Compares in time independent of where the inputs differ; false when the lengths differ (the
    // length itself is not secret for the MACs and hashes compared here).
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
};

} // namespace baartal::core
