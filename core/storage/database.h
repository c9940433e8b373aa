#pragma once

#include "core/result/result.h"
#include "core/storage/database_url.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <unordered_map>

namespace baartal::core {

// Owns one Qt SQL connection and its prepared statements. Not copyable: one handle per thread.
// Every statement runs with bound values; results must be read before the next statement runs,
// because running one finishes the others.
class Database {
public:
    Q_DISABLE_COPY_MOVE(Database)
    ~Database();

    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url);

    Dialect dialect() const { return m_url.dialect; }
    const DatabaseUrl& url() const { return m_url; }
    QSqlDatabase connection() const;

    // Prepares (once per SQL text), binds positionally and runs. Constraint violations come back as
    // ErrorKind::Conflict with code "unique_violation", "foreign_key_violation" or "check_violation".
    // The returned query stays valid until the next exec() on this handle, which first finishes every
    // other statement: an SQLite statement left mid-result (a single-row read) would otherwise keep its
    // read snapshot open, hiding other connections' commits from this one and failing its next write.
    Result<QSqlQuery*> exec(const QString& sql, const QVariantList& values = {});
    // Runs one statement with no bound values (DDL in migrations, BEGIN / COMMIT), after finishing the
    // prepared statements as exec() does.
    Status execDirect(const QString& sql);

    // SQL fragment that locks the selected rows until commit where the dialect can ("FOR UPDATE" on
    // PostgreSQL; SQLite's BEGIN IMMEDIATE already holds the write lock).
    QString forUpdate() const;
    // The same for claiming queued jobs: rows another transaction holds are skipped rather than waited
    // for ("FOR UPDATE SKIP LOCKED" on PostgreSQL; SQLite claimers are serialised by BEGIN IMMEDIATE).
    QString forUpdateSkipLocked() const;

private:
    friend class TransactionGuard; // keeps m_transactionDepth
    explicit Database(DatabaseUrl url, QString connectionName);
    Status applySessionSettings();
    // Ends every statement still holding a result, and with it that statement's read snapshot.
    void finishStatements();

    DatabaseUrl m_url;
    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_transactionDepth = 0; // TransactionGuards open on this handle: the inner ones are savepoints
};

// Maps a failed Qt SQL call to our Error, recognising constraint violations of both dialects.
Error storageError(const QSqlError& error, const QString& context);

} // namespace baartal::core
