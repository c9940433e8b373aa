#include "core/users/otp_code_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

namespace {

Status done(const Result<QSqlQuery*>& query)
{
    if (!query) {
        return query.error();
    }
    return {};
}

} // namespace

Status OtpCodeRepository::lockSubject(const QString& subject, const QDateTime& now)
{
    // An upsert locks the row whether it was there or not; a plain SELECT ... FOR UPDATE cannot lock a
    // row that does not exist yet.
    return done(
        m_database.exec(QStringLiteral("INSERT INTO otp_send_locks (subject, locked_at) VALUES (?, ?) "
                                       "ON CONFLICT (subject) DO UPDATE SET locked_at = excluded.locked_at"),
                        {subject, SqlValues::fromTime(now)}));
}

Result<OtpSendHistory> OtpCodeRepository::sentToPhone(const QString& phone, const QDateTime& since)
{
    return history(QStringLiteral("phone"), phone, since);
}

Result<OtpSendHistory> OtpCodeRepository::sentFromAddress(const QString& clientAddress,
                                                          const QDateTime& since)
{
    return history(QStringLiteral("client_address"), clientAddress, since);
}

Result<OtpSendHistory> OtpCodeRepository::history(const QString& column, const QString& value,
                                                  const QDateTime& since)
{
    auto query =
        m_database.exec(QStringLiteral("SELECT COUNT(*), MIN(created_at), MAX(created_at) FROM otp_codes "
                                       "WHERE %1 = ? AND created_at > ?")
                            .arg(column),
                        {value, SqlValues::fromTime(since)});
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    if (!q.next()) {
        return Error::internal(QStringLiteral("otp_history_failed"), QStringLiteral("COUNT returned no row"));
    }
    return OtpSendHistory{q.value(0).toLongLong(), SqlValues::toTime(q.value(1)),
                          SqlValues::toTime(q.value(2))};
}

Status OtpCodeRepository::add(const OtpCode& code)
{
    return done(m_database.exec(
        QStringLiteral("INSERT INTO otp_codes (id, phone, client_address, code_hash, created_at, expires_at, "
                       "failed_attempts, used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {code.id, code.phone, code.clientAddress, code.codeHash, SqlValues::fromTime(code.createdAt),
         SqlValues::fromTime(code.expiresAt), code.failedAttempts, SqlValues::fromTime(code.usedAt)}));
}

Status OtpCodeRepository::removeOldCodesOf(const QString& phone, const QDateTime& until)
{
    return done(m_database.exec(QStringLiteral("DELETE FROM otp_codes WHERE phone = ? AND created_at <= ?"),
                                {phone, SqlValues::fromTime(until)}));
}

Result<QPair<qint64, qint64>> OtpCodeRepository::prune(const QDateTime& until)
{
    const QVariant cutoff = SqlValues::fromTime(until);
    auto codes = m_database.exec(QStringLiteral("DELETE FROM otp_codes WHERE created_at <= ?"), {cutoff});
    if (!codes) {
        return codes.error();
    }
    const qint64 codesRemoved = (*codes)->numRowsAffected();
    auto locks = m_database.exec(QStringLiteral("DELETE FROM otp_send_locks WHERE locked_at <= ?"), {cutoff});
    if (!locks) {
        return locks.error();
    }
    return qMakePair(codesRemoved, qint64((*locks)->numRowsAffected()));
}

Result<std::optional<OtpCode>> OtpCodeRepository::lockNewestOf(const QString& phone)
{
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT id, phone, client_address, code_hash, created_at, expires_at, failed_attempts, "
            "used_at FROM otp_codes WHERE phone = ? ORDER BY created_at DESC LIMIT 1%1")
            .arg(m_database.forUpdate()),
        {phone});
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    if (!q.next()) {
        return std::optional<OtpCode>();
    }
    return std::optional<OtpCode>(OtpCode{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString(), SqlValues::toTime(q.value(4)),
                                          SqlValues::toTime(q.value(5)), q.value(6).toInt(),
                                          SqlValues::toTime(q.value(7))});
}

Status OtpCodeRepository::countFailedAttempt(const QString& id)
{
    return done(m_database.exec(
        QStringLiteral("UPDATE otp_codes SET failed_attempts = failed_attempts + 1 WHERE id = ?"), {id}));
}

Status OtpCodeRepository::markUsed(const QString& id, const QDateTime& at)
{
    return done(m_database.exec(QStringLiteral("UPDATE otp_codes SET used_at = ? WHERE id = ?"),
                                {SqlValues::fromTime(at), id}));
}

} // namespace baartal::core
