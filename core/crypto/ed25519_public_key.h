#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QString>

namespace baartal::core {

// An Ed25519 public key (RFC 8032) and its key id: what a verifier needs, and all a point of sale holds.
class Ed25519PublicKey {
public:
    static constexpr qsizetype kBytes = 32;
    static constexpr qsizetype kSignatureBytes = 64;

    // "invalid_public_key" (Invalid) unless exactly kBytes bytes.
    static Result<Ed25519PublicKey> fromBytes(const QByteArray& bytes);

    const QByteArray& bytes() const { return m_bytes; }

    // base64url of the first 6 bytes of the key's SHA-256: short enough for a QR code, derived from the
    // key itself so that every holder of the key names it alike.
    const QString& kid() const { return m_kid; }

    // True only for a kSignatureBytes signature this key made over exactly `message`.
    bool verify(const QByteArray& message, const QByteArray& signature) const;

    friend bool operator==(const Ed25519PublicKey& a, const Ed25519PublicKey& b)
    {
        return a.m_bytes == b.m_bytes;
    }

private:
    explicit Ed25519PublicKey(QByteArray bytes);

    QByteArray m_bytes;
    QString m_kid;
};

} // namespace baartal::core
