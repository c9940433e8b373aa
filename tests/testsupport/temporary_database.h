#pragma once

#include "core/result/result.h"
#include "core/storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace baartal::testsupport {

// A fresh, migrated database that disappears with the object: an SQLite file in a temporary
// folder, or a PostgreSQL database created on the test cluster of BAARTAL_TEST_POSTGRES_URL.
class TemporaryDatabase {
public:
    Q_DISABLE_COPY_MOVE(TemporaryDatabase)
    ~TemporaryDatabase();

    // Opens and migrates with the given migration folder (the server schema by default).
    static core::Result<std::unique_ptr<TemporaryDatabase>> create(core::Dialect dialect,
                                                                   const QString& migrations = {});

    core::Database& database() { return *m_database; }
    const core::DatabaseUrl& url() const { return m_url; }
    // Another connection to the same database, for tests of concurrent writers.
    core::Result<std::unique_ptr<core::Database>> openAnother() const;

private:
    TemporaryDatabase() = default;

    QTemporaryDir m_dir;
    core::DatabaseUrl m_url;
    core::DatabaseUrl m_adminUrl;
    std::unique_ptr<core::Database> m_database;
};

} // namespace baartal::testsupport
