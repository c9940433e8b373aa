#pragma once

#include "core/result/result.h"

#include <QString>
#include <QStringList>

namespace baartal::core {

class Database;

// Applies numbered migrations ("0001_initial.sql", "0002_…") from a resource folder, each in its own
// transaction, recording versions in schema_migrations. A migration is written once for both dialects,
// with {{placeholders}} for the few spellings that differ; a file of the same name in a "sqlite" or
// "postgresql" sub-folder replaces it where the dialects need different SQL.
class Migrator {
public:
    // The server's schema; the counter's local store passes its own folder.
    static QString serverMigrations() { return QStringLiteral(":/baartal/migrations/server"); }

    Migrator(Database& database, QString resourceFolder);

    // Applies every migration newer than the current version; returns how many ran.
    Result<int> migrate();
    // Applies migrations up to and including targetVersion only (for upgrade tests).
    Result<int> migrateTo(int targetVersion);
    Result<int> currentVersion();
    // Highest version shipped in the resource folder.
    int latestVersion() const;

private:
    struct Migration {
        int version = 0;
        QString name;
        QString path;
    };
    QList<Migration> available() const;
    QString fillPlaceholders(QString script) const;
    Status ensureVersionTable();
    Status apply(const Migration& migration);

    Database& m_database;
    QString m_folder;
};

} // namespace baartal::core
