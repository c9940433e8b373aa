#pragma once

#include "core/result/result.h"
#include "core/storage/dialect.h"

#include <QString>

namespace baartal::core {

// Where a database lives: "sqlite:/path/file.sqlite" or "postgresql://user:pass@host:port/name".
// A "?host=/socket/dir" query selects a Unix socket directory for PostgreSQL.
struct DatabaseUrl {
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    static Result<DatabaseUrl> parse(const QString& text);
    // Same URL with the password masked, for logs and error messages.
    QString redacted() const;
    QString toString() const;
};

} // namespace baartal::core
