#include "core/crypto/hashing.h"

#include "core/crypto/sodium.h"

#include <sodium.h>

namespace baartal::core {

namespace {

const unsigned char* bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

unsigned char* bytesOf(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

} // namespace

QByteArray Hashing::sha256(QByteArrayView data)
{
    Sodium::ensureInitialised();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(bytesOf(digest), bytesOf(data), static_cast<unsigned long long>(data.size()));
    return digest;
}

QByteArray Hashing::hmacSha256(QByteArrayView key, QByteArrayView message)
{
    Sodium::ensureInitialised();
    // The one-shot crypto_auth_hmacsha256 takes only 32-byte keys; the streaming API takes any length.
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, bytesOf(key), size_t(key.size()));
    crypto_auth_hmacsha256_update(&state, bytesOf(message), static_cast<unsigned long long>(message.size()));
    QByteArray mac(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_final(&state, bytesOf(mac));
    sodium_memzero(&state, sizeof state);
    return mac;
}

bool Hashing::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    if (a.isEmpty()) {
        return true;
    }
    Sodium::ensureInitialised();
    return sodium_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace baartal::core
