#include "core/storage/migrator.h"

#include "core/storage/database.h"
#include "core/storage/transaction_guard.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

namespace baartal::core {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace {

// Statements end with ';' at the end of a line; comment lines are dropped.
QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))) {
            continue;
        }
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements << current.trimmed();
    }
    return statements;
}

} // namespace

Migrator::Migrator(Database& database, QString resourceFolder)
    : m_database(database)
    , m_folder(std::move(resourceFolder))
{
}

QList<Migrator::Migration> Migrator::available() const
{
    const QString dialectFolder =
        m_database.dialect() == Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QMap<int, Migration> byVersion;
    // The dialect's own folder is read last so its files replace the shared ones.
    for (const QString& folder : {m_folder, QString(m_folder + QLatin1Char('/') + dialectFolder)}) {
        const QDir dir(folder);
        for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
            const QRegularExpressionMatch match = pattern.match(file);
            if (match.hasMatch()) {
                const int version = match.captured(1).toInt();
                byVersion.insert(version, {version, match.captured(2), dir.filePath(file)});
            }
        }
    }
    return byVersion.values();
}

QString Migrator::fillPlaceholders(QString script) const
{
    const bool sqlite = m_database.dialect() == Dialect::Sqlite;
    script.replace(QStringLiteral("{{autoincrement_primary_key}}"),
                   sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                          : QStringLiteral("BIGSERIAL PRIMARY KEY"));
    return script;
}

int Migrator::latestVersion() const
{
    const QList<Migration> migrations = available();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Status Migrator::ensureVersionTable()
{
    return m_database.execDirect(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                                "applied_at BIGINT NOT NULL)"));
}

Result<int> Migrator::currentVersion()
{
    if (Status status = ensureVersionTable(); !status) {
        return status.error();
    }
    auto query = m_database.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!query) {
        return query.error();
    }
    return (*query)->next() ? (*query)->value(0).toInt() : 0;
}

Status Migrator::apply(const Migration& migration)
{
    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::internal(QStringLiteral("migration_unreadable"),
                               QStringLiteral("Cannot read migration %1").arg(migration.path));
    }
    const QString script = fillPlaceholders(QString::fromUtf8(file.readAll()));
    auto transaction = TransactionGuard::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    for (const QString& statement : splitStatements(script)) {
        if (Status status = m_database.execDirect(statement); !status) {
            return Error::internal(
                QStringLiteral("migration_failed"),
                QStringLiteral("Migration %1 failed: %2").arg(migration.version).arg(status.error().message));
        }
    }
    auto recorded = m_database.exec(
        QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
        {migration.version, migration.name, QDateTime::currentMSecsSinceEpoch()});
    if (!recorded) {
        return recorded.error();
    }
    qCInfo(lcStorage) << "applied migration" << migration.version << migration.name;
    return transaction->commit();
}

Result<int> Migrator::migrate()
{
    return migrateTo(latestVersion());
}

Result<int> Migrator::migrateTo(int targetVersion)
{
    auto current = currentVersion();
    if (!current) {
        return current.error();
    }
    int applied = 0;
    for (const Migration& migration : available()) {
        if (migration.version <= *current || migration.version > targetVersion) {
            continue;
        }
        if (Status status = apply(migration); !status) {
            return status.error();
        }
        ++applied;
    }
    return applied;
}

} // namespace baartal::core
