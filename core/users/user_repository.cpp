#include "core/users/user_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

namespace {

const QString kColumns = QStringLiteral("id, email_or_phone, password_hash, role, created_at, last_login");

Result<std::optional<User>> readOne(Result<QSqlQuery*> query)
{
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    if (!q.next()) {
        return std::optional<User>();
    }
    User user;
    user.id = q.value(0).toString();
    user.emailOrPhone = q.value(1).toString();
    user.passwordHash = q.value(2).toString();
    user.role = userRoleFromString(q.value(3).toString()).value_or(UserRole::Customer);
    user.createdAt = SqlValues::toTime(q.value(4));
    user.lastLogin = SqlValues::toTime(q.value(5));
    return std::optional<User>(user);
}

} // namespace

Status UserRepository::add(const User& user)
{
    auto query =
        m_database.exec(QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(kColumns),
                        {user.id, user.emailOrPhone, user.passwordHash, toText(user.role),
                         SqlValues::fromTime(user.createdAt), SqlValues::fromTime(user.lastLogin)});
    if (!query) {
        if (query.error().code == QLatin1String("unique_violation")) {
            return Error::conflict(QStringLiteral("login_taken"),
                                   QStringLiteral("An account with this email or phone already exists"));
        }
        return query.error();
    }
    return {};
}

Result<std::optional<User>> UserRepository::findById(const QString& id)
{
    return readOne(m_database.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kColumns), {id}));
}

Result<std::optional<User>> UserRepository::findByLogin(const QString& emailOrPhone)
{
    return readOne(m_database.exec(
        QStringLiteral("SELECT %1 FROM users WHERE email_or_phone = ?").arg(kColumns), {emailOrPhone}));
}

Status UserRepository::setLastLogin(const QString& id, const QDateTime& at)
{
    auto query = m_database.exec(QStringLiteral("UPDATE users SET last_login = ? WHERE id = ?"),
                                 {SqlValues::fromTime(at), id});
    if (!query) {
        return query.error();
    }
    return {};
}

} // namespace baartal::core
