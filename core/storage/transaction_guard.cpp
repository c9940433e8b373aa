#include "core/storage/transaction_guard.h"

#include "core/storage/database.h"

#include <QLoggingCategory>

namespace baartal::core {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

TransactionGuard::TransactionGuard(Database* database)
    : m_database(database)
{
}

TransactionGuard::TransactionGuard(TransactionGuard&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
{
}

TransactionGuard::~TransactionGuard()
{
    if (m_database == nullptr) {
        return;
    }
    if (Status status = m_database->execDirect(QStringLiteral("ROLLBACK")); !status) {
        qCWarning(lcStorage) << "rollback failed:" << status.error().message;
    }
}

Result<TransactionGuard> TransactionGuard::begin(Database& database)
{
    const QString sql =
        database.dialect() == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (Status status = database.execDirect(sql); !status) {
        return status.error();
    }
    return TransactionGuard(&database);
}

Status TransactionGuard::commit()
{
    if (m_database == nullptr) {
        return Error::internal(QStringLiteral("transaction_closed"),
                               QStringLiteral("Transaction already ended"));
    }
    Database* database = std::exchange(m_database, nullptr);
    if (Status status = database->execDirect(QStringLiteral("COMMIT")); !status) {
        // A failed COMMIT leaves PostgreSQL in an aborted transaction; end it so the handle stays usable.
        (void)database->execDirect(QStringLiteral("ROLLBACK"));
        return status;
    }
    return {};
}

} // namespace baartal::core
