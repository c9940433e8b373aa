#pragma once

#include "core/result/result.h"

namespace baartal::core {

class Database;

// An explicit transaction that rolls back unless committed. SQLite transactions start IMMEDIATE so a
// money-moving transaction holds the write lock from its first read and cannot deadlock on upgrade.
class [[nodiscard]] TransactionGuard {
public:
    Q_DISABLE_COPY(TransactionGuard)
    TransactionGuard(TransactionGuard&& other) noexcept;
    TransactionGuard& operator=(TransactionGuard&&) = delete;
    ~TransactionGuard();

    static Result<TransactionGuard> begin(Database& database);
    Status commit();

private:
    explicit TransactionGuard(Database* database);

    Database* m_database = nullptr;
};

} // namespace baartal::core
