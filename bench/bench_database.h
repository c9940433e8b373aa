#pragma once

#include "core/result/result.h"
#include "core/storage/database.h"

#include <QTemporaryDir>

#include <memory>

class QCommandLineParser;

namespace baartal::bench {

// The database a benchmark measures: the --database URL, or a temporary SQLite file, migrated to the
// server schema.
class BenchDatabase {
public:
    // Declares --database on the parser.
    static void addOption(QCommandLineParser& parser);

    // Opens and migrates what the parser's --database names; the temporary file lives as long as this.
    core::Result<core::Database*> open(const QCommandLineParser& parser);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_database;
};

} // namespace baartal::bench
