#include "core/crypto/ed25519_public_key.h"

#include "core/crypto/base64_url.h"
#include "core/crypto/hashing.h"
#include "core/crypto/sodium.h"

#include <sodium.h>

namespace baartal::core {

namespace {

constexpr qsizetype kKidBytes = 6;

} // namespace

static_assert(Ed25519PublicKey::kBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(Ed25519PublicKey::kSignatureBytes == crypto_sign_BYTES);

Ed25519PublicKey::Ed25519PublicKey(QByteArray bytes)
    : m_bytes(std::move(bytes))
    , m_kid(QString::fromLatin1(Base64Url::encode(Hashing::sha256(m_bytes).left(kKidBytes))))
{
}

Result<Ed25519PublicKey> Ed25519PublicKey::fromBytes(const QByteArray& bytes)
{
    if (bytes.size() != kBytes) {
        return Error::invalid(
            QStringLiteral("invalid_public_key"),
            QStringLiteral("An Ed25519 public key has %1 bytes, not %2").arg(kBytes).arg(bytes.size()));
    }
    return Ed25519PublicKey(bytes);
}

bool Ed25519PublicKey::verify(const QByteArray& message, const QByteArray& signature) const
{
    if (signature.size() != kSignatureBytes) {
        return false;
    }
    Sodium::ensureInitialised();
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(m_bytes.constData())) == 0;
}

} // namespace baartal::core
