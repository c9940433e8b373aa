#pragma once

#include "core/result/result.h"

#include <QString>

namespace baartal::core {

class Database;

// An explicit transaction that rolls back unless committed. SQLite transactions start IMMEDIATE so a
// money-moving transaction holds the write lock from its first read and cannot deadlock on upgrade.
// Begun while another guard is open on the same handle, it is a savepoint inside that transaction: its
// rollback undoes only its own work (a sync batch applies each row this way), its commit keeps the work
// for the outer transaction to commit or roll back.
class [[nodiscard]] TransactionGuard {
public:
    Q_DISABLE_COPY(TransactionGuard)
    TransactionGuard(TransactionGuard&& other) noexcept;
    TransactionGuard& operator=(TransactionGuard&&) = delete;
    ~TransactionGuard();

    static Result<TransactionGuard> begin(Database& database);
    Status commit();

private:
    TransactionGuard(Database* database, QString savepoint);
    void end();

    Database* m_database = nullptr;
    QString m_savepoint; // empty for the outermost transaction
};

} // namespace baartal::core
