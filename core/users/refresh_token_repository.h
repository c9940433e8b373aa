#pragma once

#include "core/result/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace baartal::core {

class Database;

// A refresh token as stored: only the SHA-256 of the token text, never the token itself.
struct RefreshToken {
    QString id;
    QString userId;
    QString tokenHash;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime revokedAt;

    bool isUsableAt(const QDateTime& now) const { return !revokedAt.isValid() && now < expiresAt; }
};

class RefreshTokenRepository {
public:
    explicit RefreshTokenRepository(Database& database)
        : m_database(database)
    {
    }

    Status add(const RefreshToken& token);
    Result<std::optional<RefreshToken>> findByHash(const QString& tokenHash);
    // Revokes one token; returns false when it was already revoked (a replayed refresh).
    Result<bool> revoke(const QString& id, const QDateTime& at);
    Status revokeAllOf(const QString& userId, const QDateTime& at);

private:
    Database& m_database;
};

} // namespace baartal::core
