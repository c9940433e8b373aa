#pragma once

#include "core/crypto/ed25519_public_key.h"
#include "core/result/result.h"

#include <QByteArray>

namespace baartal::core {

// An Ed25519 signing key (libsodium), made from its 32-byte seed: the seed is what a key file keeps.
class Ed25519KeyPair {
public:
    static constexpr qsizetype kSeedBytes = 32;

    // A new key from the CSPRNG.
    static Ed25519KeyPair generate();
    // "invalid_signing_key" (Invalid) unless the seed has exactly kSeedBytes bytes.
    static Result<Ed25519KeyPair> fromSeed(const QByteArray& seed);

    const QByteArray& seed() const { return m_seed; }
    const Ed25519PublicKey& publicKey() const { return m_publicKey; }

    // The kSignatureBytes detached signature of message.
    QByteArray sign(const QByteArray& message) const;

private:
    Ed25519KeyPair(QByteArray seed, QByteArray secretKey, Ed25519PublicKey publicKey);

    QByteArray m_seed;
    QByteArray m_secretKey; // libsodium's 64-byte form: seed then public key
    Ed25519PublicKey m_publicKey;
};

} // namespace baartal::core
