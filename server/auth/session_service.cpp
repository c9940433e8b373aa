#include "server/auth/session_service.h"

#include "core/crypto/hashing.h"
#include "core/crypto/secure_random.h"
#include "core/ids/ids.h"
#include "core/merchants/merchant_repository.h"
#include "core/storage/database.h"
#include "core/storage/transaction_guard.h"
#include "core/time/clock.h"
#include "core/users/refresh_token_repository.h"
#include "server/http/access_tokens.h"

#include <QLoggingCategory>

namespace baartal::server {

Q_LOGGING_CATEGORY(lcAuth, "baartal.server.auth")

namespace {

constexpr qsizetype kRefreshTokenBytes = 32;

core::Error invalidRefreshToken()
{
    return core::Error::unauthenticated(QStringLiteral("invalid_refresh_token"),
                                        QStringLiteral("This refresh token is not valid; log in again."));
}

QString hashOf(const QString& refreshToken)
{
    return QString::fromLatin1(core::Hashing::sha256(refreshToken.toUtf8()).toHex());
}

} // namespace

SessionService::SessionService(core::Database& database, const core::Clock& clock, const AccessTokens& tokens,
                               core::AccountService& accounts)
    : m_database(database)
    , m_clock(clock)
    , m_tokens(tokens)
    , m_accounts(accounts)
{
}

core::Result<Session> SessionService::start(const core::UserAccount& account)
{
    Session session;
    session.account = account;
    if (account.user.role == core::UserRole::Merchant) {
        auto merchant = core::MerchantRepository(m_database).findByUserId(account.user.id);
        if (!merchant) {
            return merchant.error();
        }
        session.merchantId = *merchant ? (*merchant)->id : QString();
    }
    const QDateTime now = m_clock.now();
    session.refreshToken = core::SecureRandom::token(kRefreshTokenBytes);
    const core::RefreshToken stored{core::Ids::newId(),
                                    account.user.id,
                                    hashOf(session.refreshToken),
                                    now,
                                    now.addDays(kRefreshTokenDays),
                                    {}};
    if (core::Status added = core::RefreshTokenRepository(m_database).add(stored); !added) {
        return added.error();
    }
    session.accessToken = m_tokens.issue(account.user.id, account.user.role, now);
    session.expiresIn = m_tokens.lifetime();
    return session;
}

core::Result<Session> SessionService::refresh(const QString& refreshToken)
{
    auto transaction = core::TransactionGuard::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    core::RefreshTokenRepository repository(m_database);
    auto stored = repository.findByHash(hashOf(refreshToken));
    if (!stored) {
        return stored.error();
    }
    if (!*stored) {
        return invalidRefreshToken();
    }
    const core::RefreshToken token = **stored;
    const QDateTime now = m_clock.now();
    bool reused = token.revokedAt.isValid();
    if (!reused) {
        if (!token.isUsableAt(now)) {
            return core::Error::unauthenticated(QStringLiteral("refresh_token_expired"),
                                                QStringLiteral("This session has expired; log in again."));
        }
        // Revoking fails when a concurrent refresh of the same token got there first: a copy is in use.
        auto revoked = repository.revoke(token.id, now);
        if (!revoked) {
            return revoked.error();
        }
        reused = !*revoked;
    }
    if (reused) {
        if (core::Status revokedAll = repository.revokeAllOf(token.userId, now); !revokedAll) {
            return revokedAll.error();
        }
        if (core::Status committed = transaction->commit(); !committed) {
            return committed.error();
        }
        qCWarning(lcAuth).noquote() << "refresh token reused for user" << token.userId
                                    << "- revoked all of their sessions";
        return core::Error::unauthenticated(
            QStringLiteral("refresh_token_reused"),
            QStringLiteral("This refresh token was already used, so every session "
                           "of this account has been ended; log in again."));
    }
    auto account = m_accounts.findByUserId(token.userId);
    if (!account) {
        return account.error().kind == core::ErrorKind::NotFound ? invalidRefreshToken() : account.error();
    }
    auto session = start(*account);
    if (!session) {
        return session.error();
    }
    if (core::Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return session;
}

core::Status SessionService::logout(const QString& userId, const QString& refreshToken)
{
    core::RefreshTokenRepository repository(m_database);
    auto stored = repository.findByHash(hashOf(refreshToken));
    if (!stored) {
        return stored.error();
    }
    if (!*stored || (*stored)->userId != userId) {
        return invalidRefreshToken();
    }
    auto revoked = repository.revoke((*stored)->id, m_clock.now());
    if (!revoked) {
        return revoked.error();
    }
    return {};
}

} // namespace baartal::server
