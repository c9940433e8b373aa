#pragma once

#include "core/result/result.h"
#include "core/users/account_service.h"

#include <QString>

#include <chrono>

namespace baartal::core {
class Clock;
class Database;
} // namespace baartal::core

namespace baartal::server {

class AccessTokens;

// A signed-in user: a short-lived access token and the refresh token that renews it.
struct Session {
    QString accessToken;
    QString refreshToken;
    std::chrono::seconds expiresIn{0};
    core::UserAccount account;
    QString merchantId; // the user's shop profile, when they are a merchant who has one
};

// Issues sessions and rotates refresh tokens. A refresh token is random, stored only as its SHA-256,
// used once: refreshing revokes it and hands out a new one. Presenting an already revoked token means
// it was copied, so every token of that user is revoked and the thief and the owner both have to log
// in again.
class SessionService {
public:
    static constexpr int kRefreshTokenDays = 30;

    // Everything given must outlive the service.
    SessionService(core::Database& database, const core::Clock& clock, const AccessTokens& tokens,
                   core::AccountService& accounts);
    Q_DISABLE_COPY_MOVE(SessionService)

    // A fresh session for an account that just proved itself (password or one-time code).
    core::Result<Session> start(const core::UserAccount& account);

    // Unauthenticated "invalid_refresh_token" (unknown), "refresh_token_expired" or
    // "refresh_token_reused" (already rotated or logged out: all the user's tokens are now revoked).
    core::Result<Session> refresh(const QString& refreshToken);

    // Revokes one of the caller's refresh tokens; a token already revoked is fine, someone else's or an
    // unknown one is "invalid_refresh_token".
    core::Status logout(const QString& userId, const QString& refreshToken);

private:
    core::Database& m_database;
    const core::Clock& m_clock;
    const AccessTokens& m_tokens;
    core::AccountService& m_accounts;
};

} // namespace baartal::server
