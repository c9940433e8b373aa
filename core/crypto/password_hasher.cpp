#include "core/crypto/password_hasher.h"

#include "core/crypto/sodium.h"

#include <QByteArray>

#include <array>
#include <sodium.h>

namespace baartal::core {

namespace {

struct Limits {
    unsigned long long opsLimit;
    size_t memLimit;
};

Limits limitsFor(PasswordHasher::Strength strength)
{
    switch (strength) {
    case PasswordHasher::Strength::Interactive:
        return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
    case PasswordHasher::Strength::Minimal:
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    }
    Q_UNREACHABLE();
}

bool acceptable(const QString& password)
{
    return !password.isEmpty() && password.size() <= PasswordHasher::kMaxPasswordLength;
}

// libsodium reads the hash as a NUL-terminated string inside a buffer of crypto_pwhash_STRBYTES.
using HashBuffer = std::array<char, crypto_pwhash_STRBYTES>;

bool toHashBuffer(const QString& hash, HashBuffer& buffer)
{
    const QByteArray ascii = hash.toLatin1();
    if (ascii.isEmpty() || ascii.size() >= qsizetype(buffer.size()) || ascii.contains('\0')) {
        return false;
    }
    buffer.fill('\0');
    std::copy(ascii.cbegin(), ascii.cend(), buffer.begin());
    return true;
}

// Wipes the UTF-8 copy of a password when it goes out of scope, so it does not linger in freed memory.
class Utf8Secret {
public:
    explicit Utf8Secret(const QString& text)
        : m_bytes(text.toUtf8())
    {
    }
    ~Utf8Secret() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    Q_DISABLE_COPY_MOVE(Utf8Secret)

    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

PasswordHasher::PasswordHasher(Strength strength)
    : m_strength(strength)
{
    Sodium::ensureInitialised();
}

Result<QString> PasswordHasher::hash(const QString& password) const
{
    if (!acceptable(password)) {
        return Error::invalid(
            QStringLiteral("invalid_password"),
            QStringLiteral("A password must have between 1 and %1 characters.").arg(kMaxPasswordLength));
    }
    const Limits limits = limitsFor(m_strength);
    const Utf8Secret secret(password);
    HashBuffer out{};
    if (crypto_pwhash_str(out.data(), secret.data(), secret.size(), limits.opsLimit, limits.memLimit) != 0) {
        return Error::internal(QStringLiteral("password_hash_failed"),
                               QStringLiteral("Not enough memory to hash the password."));
    }
    return QString::fromLatin1(out.data());
}

bool PasswordHasher::verify(const QString& password, const QString& hash) const
{
    HashBuffer buffer;
    if (!acceptable(password) || !toHashBuffer(hash, buffer)) {
        return false;
    }
    const Utf8Secret secret(password);
    return crypto_pwhash_str_verify(buffer.data(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString& hash) const
{
    HashBuffer buffer;
    if (!toHashBuffer(hash, buffer)) {
        return true;
    }
    const Limits limits = limitsFor(m_strength);
    return crypto_pwhash_str_needs_rehash(buffer.data(), limits.opsLimit, limits.memLimit) != 0;
}

} // namespace baartal::core
