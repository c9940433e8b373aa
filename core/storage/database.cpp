#include "core/storage/database.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlError>

namespace baartal::core {

Q_LOGGING_CATEGORY(lcStorage, "baartal.core.storage")

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("baartal-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Error storageError(const QSqlError& error, const QString& context)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.text();
    // SQLite extended codes: 2067 UNIQUE, 1555 PRIMARY KEY, 787 FOREIGN KEY, 275 CHECK (base code 19).
    // PostgreSQL SQLSTATE: 23505 unique, 23503 foreign key, 23514 check.
    if (native == QLatin1String("23505") || native == QLatin1String("2067") ||
        native == QLatin1String("1555") || text.contains(QLatin1String("UNIQUE constraint failed"))) {
        return Error::conflict(QStringLiteral("unique_violation"), context + QStringLiteral(": ") + text);
    }
    if (native == QLatin1String("23503") || native == QLatin1String("787") ||
        text.contains(QLatin1String("FOREIGN KEY constraint failed"))) {
        return Error::conflict(QStringLiteral("foreign_key_violation"),
                               context + QStringLiteral(": ") + text);
    }
    if (native == QLatin1String("23514") || native == QLatin1String("275") ||
        text.contains(QLatin1String("CHECK constraint failed"))) {
        return Error::conflict(QStringLiteral("check_violation"), context + QStringLiteral(": ") + text);
    }
    if (native == QLatin1String("5") || native == QLatin1String("40001") ||
        native == QLatin1String("40P01")) {
        return {ErrorKind::Unavailable, QStringLiteral("storage_busy"),
                context + QStringLiteral(": ") + text};
    }
    return Error::internal(QStringLiteral("storage_error"), context + QStringLiteral(": ") + text);
}

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url)
{
    const QString name = nextConnectionName();
    const QString driver =
        url.dialect == Dialect::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Error{ErrorKind::Unavailable, QStringLiteral("database_driver_missing"),
                     QStringLiteral("The Qt SQL driver %1 is not installed").arg(driver)};
    }
    std::unique_ptr<Database> handle(new Database(url, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (url.dialect == Dialect::Sqlite) {
        db.setDatabaseName(url.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.databaseName);
    }
    if (!db.open()) {
        return Error{ErrorKind::Unavailable, QStringLiteral("database_unreachable"),
                     QStringLiteral("Cannot open %1: %2").arg(url.redacted(), db.lastError().text())};
    }
    if (Status settings = handle->applySessionSettings(); !settings) {
        return settings.error();
    }
    qCDebug(lcStorage) << "opened" << url.redacted();
    return handle;
}

Status Database::applySessionSettings()
{
    if (m_url.dialect == Dialect::Sqlite) {
        // WAL keeps readers off the writer's back; FULL sync because money must survive power loss.
        for (const char* pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            if (Status status = execDirect(QLatin1String(pragma)); !status) {
                return status;
            }
        }
        return {};
    }
    return execDirect(QStringLiteral("SET TIME ZONE 'UTC'"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery*> Database::exec(const QString& sql, const QVariantList& values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = std::make_unique<QSqlQuery>(connection());
        if (!prepared->prepare(sql)) {
            return storageError(prepared->lastError(), QStringLiteral("prepare"));
        }
        it = m_statements.emplace(sql, std::move(prepared)).first;
    }
    finishStatements();
    QSqlQuery& query = *it->second;
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
    if (!query.exec()) {
        Error error = storageError(query.lastError(), QStringLiteral("query"));
        qCDebug(lcStorage) << "failed:" << sql << error.message;
        return error;
    }
    return &query;
}

Status Database::execDirect(const QString& sql)
{
    // BEGIN in particular: on a connection still reading an old snapshot, it would fail as "locked".
    finishStatements();
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        return storageError(query.lastError(), sql.left(60));
    }
    return {};
}

void Database::finishStatements()
{
    for (auto& [text, statement] : m_statements) {
        if (statement->isActive()) {
            statement->finish();
        }
    }
}

QString Database::forUpdate() const
{
    return m_url.dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

QString Database::forUpdateSkipLocked() const
{
    return m_url.dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
}

} // namespace baartal::core
