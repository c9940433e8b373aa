#include "sync/client/counter_store.h"

#include "core/storage/database_url.h"
#include "core/storage/migrator.h"
#include "sync/client/client_log.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace baartal::sync {

CounterStore::CounterStore(QString path, std::unique_ptr<core::Database> database)
    : m_path(std::move(path))
    , m_database(std::move(database))
{
}

CounterStore::~CounterStore() = default;

QString CounterStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("counter.sqlite"));
}

core::Result<std::unique_ptr<CounterStore>> CounterStore::open(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return core::Error{
            core::ErrorKind::Unavailable, QStringLiteral("counter_store_unavailable"),
            QStringLiteral("Cannot create the folder %1 for the counter's database.").arg(folder)};
    }
    core::DatabaseUrl url;
    url.dialect = core::Dialect::Sqlite;
    url.sqlitePath = path;
    auto database = core::Database::open(url);
    if (!database) {
        return core::Error{
            core::ErrorKind::Unavailable, QStringLiteral("counter_store_unavailable"),
            QStringLiteral("Cannot open the counter's database %1: %2").arg(path, database.error().message)};
    }
    auto applied = core::Migrator(**database, migrations()).migrate();
    if (!applied) {
        return applied.error();
    }
    if (*applied > 0) {
        qCInfo(lcClient) << "counter store" << path << "migrated," << *applied << "migration(s) applied";
    }
    return std::unique_ptr<CounterStore>(new CounterStore(path, std::move(*database)));
}

} // namespace baartal::sync
