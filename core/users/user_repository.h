#pragma once

#include "core/result/result.h"
#include "core/users/user.h"

#include <optional>

namespace baartal::core {

class Database;

// SQL of the users table.
class UserRepository {
public:
    explicit UserRepository(Database& database)
        : m_database(database)
    {
    }

    // A taken email or phone comes back as Conflict "login_taken".
    Status add(const User& user);
    Result<std::optional<User>> findById(const QString& id);
    Result<std::optional<User>> findByLogin(const QString& emailOrPhone);
    Status setLastLogin(const QString& id, const QDateTime& at);

private:
    Database& m_database;
};

} // namespace baartal::core
