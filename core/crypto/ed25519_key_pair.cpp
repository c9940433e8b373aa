#include "core/crypto/ed25519_key_pair.h"

#include "core/crypto/secure_random.h"
#include "core/crypto/sodium.h"

#include <sodium.h>

namespace baartal::core {

static_assert(Ed25519KeyPair::kSeedBytes == crypto_sign_SEEDBYTES);

Ed25519KeyPair::Ed25519KeyPair(QByteArray seed, QByteArray secretKey, Ed25519PublicKey publicKey)
    : m_seed(std::move(seed))
    , m_secretKey(std::move(secretKey))
    , m_publicKey(std::move(publicKey))
{
}

Ed25519KeyPair Ed25519KeyPair::generate()
{
    return *fromSeed(SecureRandom::bytes(kSeedBytes));
}

Result<Ed25519KeyPair> Ed25519KeyPair::fromSeed(const QByteArray& seed)
{
    if (seed.size() != kSeedBytes) {
        return Error::invalid(QStringLiteral("invalid_signing_key"),
                              QStringLiteral("An Ed25519 signing key seed has %1 bytes, not %2")
                                  .arg(kSeedBytes)
                                  .arg(seed.size()));
    }
    Sodium::ensureInitialised();
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                             reinterpret_cast<unsigned char*>(secretKey.data()),
                             reinterpret_cast<const unsigned char*>(seed.constData()));
    return Ed25519KeyPair(seed, secretKey, *Ed25519PublicKey::fromBytes(publicKey));
}

QByteArray Ed25519KeyPair::sign(const QByteArray& message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char*>(m_secretKey.constData()));
    return signature;
}

} // namespace baartal::core
