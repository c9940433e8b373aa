#include "tests/testsupport/test_backends.h"

#include <QTest>

namespace baartal::testsupport {

namespace {

bool postgresConfigured()
{
    return !qEnvironmentVariableIsEmpty("BAARTAL_TEST_POSTGRES_URL");
}

bool postgresRequired()
{
    return qEnvironmentVariable("BAARTAL_REQUIRE_POSTGRES") == QLatin1String("1");
}

} // namespace

void TestBackends::addColumn()
{
    QTest::addColumn<core::Dialect>("dialect");
}

void TestBackends::addRows(const char* suffix)
{
    for (const core::Dialect dialect : dialects()) {
        QTest::newRow(qPrintable(name(dialect) + QLatin1String(suffix))) << dialect;
    }
}

QList<core::Dialect> TestBackends::dialects()
{
    QList<core::Dialect> engines{core::Dialect::Sqlite};
    if (postgresConfigured() || postgresRequired()) {
        engines.append(core::Dialect::Postgres);
    }
    return engines;
}

QString TestBackends::name(core::Dialect dialect)
{
    return dialect == core::Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

} // namespace baartal::testsupport
