#include "core/users/refresh_token_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

Status RefreshTokenRepository::add(const RefreshToken& token)
{
    auto query =
        m_database.exec(QStringLiteral("INSERT INTO refresh_tokens (id, user_id, token_hash, created_at, "
                                       "expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)"),
                        {token.id, token.userId, token.tokenHash, SqlValues::fromTime(token.createdAt),
                         SqlValues::fromTime(token.expiresAt), SqlValues::fromTime(token.revokedAt)});
    if (!query) {
        return query.error();
    }
    return {};
}

Result<std::optional<RefreshToken>> RefreshTokenRepository::findByHash(const QString& tokenHash)
{
    auto query =
        m_database.exec(QStringLiteral("SELECT id, user_id, token_hash, created_at, expires_at, revoked_at "
                                       "FROM refresh_tokens WHERE token_hash = ?"),
                        {tokenHash});
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    if (!q.next()) {
        return std::optional<RefreshToken>();
    }
    return std::optional<RefreshToken>(RefreshToken{
        q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), SqlValues::toTime(q.value(3)),
        SqlValues::toTime(q.value(4)), SqlValues::toTime(q.value(5))});
}

Result<bool> RefreshTokenRepository::revoke(const QString& id, const QDateTime& at)
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
        {SqlValues::fromTime(at), id});
    if (!query) {
        return query.error();
    }
    return (*query)->numRowsAffected() == 1;
}

Status RefreshTokenRepository::revokeAllOf(const QString& userId, const QDateTime& at)
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
        {SqlValues::fromTime(at), userId});
    if (!query) {
        return query.error();
    }
    return {};
}

} // namespace baartal::core
