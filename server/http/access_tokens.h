#pragma once

#include "core/crypto/jwt_codec.h"
#include "core/result/result.h"
#include "core/users/user_role.h"
#include "server/http/auth_context.h"

#include <QDateTime>
#include <QString>

#include <chrono>

namespace baartal::server {

// Short-lived access tokens: HS256 JWTs with claims iss "baartal", sub (user id), role, iat and exp.
// They are not stored; revocation happens by refusing to refresh them.
class AccessTokens {
public:
    static constexpr std::chrono::seconds kDefaultLifetime = std::chrono::minutes(15);

    explicit AccessTokens(core::JwtCodec codec, std::chrono::seconds lifetime = kDefaultLifetime);

    std::chrono::seconds lifetime() const { return m_lifetime; }

    // A token for this user and role, valid from now for lifetime().
    QString issue(const QString& userId, core::UserRole role, const QDateTime& now) const;

    // The caller named by a genuine, current token. Fails (Unauthenticated) with the JwtCodec's code, or
    // "token_claims" when iss, sub or role is missing or wrong.
    core::Result<AuthContext> verify(const QString& token, const QDateTime& now) const;

private:
    core::JwtCodec m_codec;
    std::chrono::seconds m_lifetime;
};

} // namespace baartal::server
