#pragma once

#include "core/result/result.h"

#include <QString>

namespace baartal::core {

// Argon2id password hashes in libsodium's self-describing string form ("$argon2id$v=19$m=...").
// The string carries its own parameters, so hashes made at either strength verify with any hasher.
class PasswordHasher {
public:
    enum class Strength {
        Interactive, // libsodium's interactive limits: for production logins
        Minimal,     // the smallest limits libsodium allows: for tests and demo seeding only
    };

    static constexpr qsizetype kMaxPasswordLength = 1024;

    explicit PasswordHasher(Strength strength);

    Strength strength() const { return m_strength; }

    // Fails with "invalid_password" for an empty password or one longer than kMaxPasswordLength
    // characters, and with "password_hash_failed" when the memory for Argon2id cannot be had.
    Result<QString> hash(const QString& password) const;

    // False for a wrong password, an unparseable hash or a password hash() would refuse.
    bool verify(const QString& password, const QString& hash) const;

    // True when the hash was made with other parameters than this hasher's (or cannot be parsed), so
    // that a successful login can store a fresh hash.
    bool needsRehash(const QString& hash) const;

private:
    Strength m_strength;
};

} // namespace baartal::core
