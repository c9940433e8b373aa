#pragma once

#include "core/storage/dialect.h"

#include <QList>
#include <QMetaType>
#include <QString>

Q_DECLARE_METATYPE(baartal::core::Dialect)

namespace baartal::testsupport {

// The storage engines a server test runs on, as rows of a Qt Test _data() table: SQLite always,
// PostgreSQL when the test cluster is up (and always when BAARTAL_REQUIRE_POSTGRES=1, so a missing
// cluster fails instead of silently skipping).
class TestBackends {
public:
    static void addColumn();
    static void addRows(const char* suffix = "");

    // The same engines, for tables that cross them with cases of their own.
    static QList<core::Dialect> dialects();
    // "sqlite", "postgresql": the row-name prefix.
    static QString name(core::Dialect dialect);
};

} // namespace baartal::testsupport
