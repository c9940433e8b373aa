#include "core/storage/transaction_guard.h"

#include "core/storage/database.h"

#include <QLoggingCategory>

namespace baartal::core {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

TransactionGuard::TransactionGuard(Database* database, QString savepoint)
    : m_database(database)
    , m_savepoint(std::move(savepoint))
{
    ++m_database->m_transactionDepth;
}

TransactionGuard::TransactionGuard(TransactionGuard&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
    , m_savepoint(std::move(other.m_savepoint))
{
}

TransactionGuard::~TransactionGuard()
{
    if (m_database == nullptr) {
        return;
    }
    Database* database = m_database;
    const QStringList statements = m_savepoint.isEmpty()
                                       ? QStringList{QStringLiteral("ROLLBACK")}
                                       : QStringList{QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint,
                                                     QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint};
    end();
    for (const QString& statement : statements) {
        if (Status status = database->execDirect(statement); !status) {
            qCWarning(lcStorage) << "rollback failed:" << status.error().message;
        }
    }
}

void TransactionGuard::end()
{
    --m_database->m_transactionDepth;
    m_database = nullptr;
}

Result<TransactionGuard> TransactionGuard::begin(Database& database)
{
    if (database.m_transactionDepth > 0) {
        const QString savepoint = QStringLiteral("nested_%1").arg(database.m_transactionDepth);
        if (Status status = database.execDirect(QStringLiteral("SAVEPOINT ") + savepoint); !status) {
            return status.error();
        }
        return TransactionGuard(&database, savepoint);
    }
    const QString sql =
        database.dialect() == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (Status status = database.execDirect(sql); !status) {
        return status.error();
    }
    return TransactionGuard(&database, QString());
}

Status TransactionGuard::commit()
{
    if (m_database == nullptr) {
        return Error::internal(QStringLiteral("transaction_closed"),
                               QStringLiteral("Transaction already ended"));
    }
    Database* database = m_database;
    const QString savepoint = m_savepoint;
    end();
    if (!savepoint.isEmpty()) {
        return database->execDirect(QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
    }
    if (Status status = database->execDirect(QStringLiteral("COMMIT")); !status) {
        // A failed COMMIT leaves PostgreSQL in an aborted transaction; end it so the handle stays usable.
        (void)database->execDirect(QStringLiteral("ROLLBACK"));
        return status;
    }
    return {};
}

} // namespace baartal::core
