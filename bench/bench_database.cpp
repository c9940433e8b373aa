#include "bench/bench_database.h"

#include "core/storage/database_url.h"
#include "core/storage/migrator.h"

#include <QCommandLineParser>

namespace baartal::bench {

namespace {
const QString kDatabase = QStringLiteral("database");
} // namespace

void BenchDatabase::addOption(QCommandLineParser& parser)
{
    parser.addOption({kDatabase, QStringLiteral("Database URL (default: a temporary SQLite file)."),
                      QStringLiteral("url")});
}

core::Result<core::Database*> BenchDatabase::open(const QCommandLineParser& parser)
{
    const QString urlText = parser.isSet(kDatabase)
                                ? parser.value(kDatabase)
                                : QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("bench.sqlite"));
    auto url = core::DatabaseUrl::parse(urlText);
    if (!url) {
        return url.error();
    }
    auto opened = core::Database::open(*url);
    if (!opened) {
        return opened.error();
    }
    m_database = std::move(*opened);
    if (auto migrated = core::Migrator(*m_database, core::Migrator::serverMigrations()).migrate();
        !migrated) {
        return migrated.error();
    }
    return m_database.get();
}

} // namespace baartal::bench
