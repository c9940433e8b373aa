#pragma once

#include <QByteArray>
#include <QString>

namespace baartal::core {

// Unpredictable bytes, tokens and numeric codes from libsodium's CSPRNG, for secrets (refresh tokens,
// OTPs, key material). QRandomGenerator is not used for these on purpose: one source, one audit.
class SecureRandom {
public:
    SecureRandom() = delete;

    // n random bytes; empty for n <= 0.
    static QByteArray bytes(qsizetype n);

    // `byteCount` random bytes as base64url without padding, safe in URLs, headers and JSON.
    static QString token(qsizetype byteCount = 32);

    // n decimal digits, each uniform in 0-9 and leading zeros kept ("004211"); empty for n <= 0.
    static QString digits(qsizetype n);
};

} // namespace baartal::core
