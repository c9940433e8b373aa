#include "tests/testsupport/temporary_database.h"

#include "core/storage/migrator.h"

#include <QUuid>

namespace baartal::testsupport {

using core::Database;
using core::DatabaseUrl;
using core::Dialect;
using core::Error;
using core::Result;

TemporaryDatabase::~TemporaryDatabase()
{
    m_database.reset();
    if (m_url.dialect != Dialect::Postgres) {
        return;
    }
    auto admin = Database::open(m_adminUrl);
    if (admin) {
        (void)(*admin)->execDirect(
            QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_url.databaseName));
    }
}

Result<std::unique_ptr<TemporaryDatabase>> TemporaryDatabase::create(Dialect dialect,
                                                                     const QString& migrations)
{
    std::unique_ptr<TemporaryDatabase> temporary(new TemporaryDatabase);
    if (dialect == Dialect::Sqlite) {
        if (!temporary->m_dir.isValid()) {
            return Error::internal(QStringLiteral("tempdir"),
                                   QStringLiteral("Cannot create a temporary folder"));
        }
        temporary->m_url.dialect = Dialect::Sqlite;
        temporary->m_url.sqlitePath = temporary->m_dir.filePath(QStringLiteral("test.sqlite"));
    } else {
        const QString base = qEnvironmentVariable("BAARTAL_TEST_POSTGRES_URL");
        if (base.isEmpty()) {
            return Error{core::ErrorKind::Unavailable, QStringLiteral("postgres_missing"),
                         QStringLiteral("BAARTAL_TEST_POSTGRES_URL is not set; run the tests through "
                                        "scripts/run-tests.sh, which starts PostgreSQL")};
        }
        auto adminUrl = DatabaseUrl::parse(base);
        if (!adminUrl) {
            return adminUrl.error();
        }
        temporary->m_adminUrl = *adminUrl;
        temporary->m_url = *adminUrl;
        temporary->m_url.databaseName =
            QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
        auto admin = Database::open(*adminUrl);
        if (!admin) {
            return admin.error();
        }
        if (core::Status created = (*admin)->execDirect(
                QStringLiteral("CREATE DATABASE \"%1\"").arg(temporary->m_url.databaseName));
            !created) {
            return created.error();
        }
    }
    auto database = Database::open(temporary->m_url);
    if (!database) {
        return database.error();
    }
    temporary->m_database = std::move(*database);
    core::Migrator migrator(*temporary->m_database,
                            migrations.isEmpty() ? core::Migrator::serverMigrations() : migrations);
    if (auto applied = migrator.migrate(); !applied) {
        return applied.error();
    }
    return temporary;
}

Result<std::unique_ptr<Database>> TemporaryDatabase::openAnother() const
{
    return Database::open(m_url);
}

} // namespace baartal::testsupport
