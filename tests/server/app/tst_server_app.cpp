#include "core/storage/database.h"
#include "tests/server/support/server_test_case.h"

#include <QTest>

#include <algorithm>

using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerTestCase;

class TestServerApp : public ServerTestCase {
    Q_OBJECT

private Q_SLOTS:
    void registersEveryArea_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("open");
        QTest::newRow("health") << QStringLiteral("GET") << QStringLiteral("/healthz") << true;
        QTest::newRow("register") << QStringLiteral("POST") << QStringLiteral("/api/v1/auth/register")
                                  << true;
        QTest::newRow("login") << QStringLiteral("POST") << QStringLiteral("/api/v1/auth/login") << true;
        QTest::newRow("refresh") << QStringLiteral("POST") << QStringLiteral("/api/v1/auth/refresh") << true;
        QTest::newRow("logout") << QStringLiteral("POST") << QStringLiteral("/api/v1/auth/logout") << false;
        QTest::newRow("merchant profile")
            << QStringLiteral("GET") << QStringLiteral("/api/v1/merchants/me") << false;
        QTest::newRow("earn") << QStringLiteral("POST") << QStringLiteral("/api/v1/merchant/earn") << false;
        QTest::newRow("wallet") << QStringLiteral("GET") << QStringLiteral("/api/v1/wallet") << false;
    }

    void registersEveryArea()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(bool, open);
        if (!start(Dialect::Sqlite)) {
            return;
        }
        const QList<baartal::server::RouteSpec>& routes = server().app().router().routes();
        const auto route =
            std::find_if(routes.begin(), routes.end(), [&](const baartal::server::RouteSpec& r) {
                return baartal::server::methodName(r.method) == method && r.path == path;
            });
        QVERIFY(route != routes.end());
        QCOMPARE(route->roles.isEmpty(), open);
        QVERIFY(!route->summary.isEmpty());
    }

    void healthzChecksTheDatabase_data() { addBackendRows(); }

    void healthzChecksTheDatabase()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        const ApiReply healthy = server().api().get(QStringLiteral("/healthz"));
        QCOMPARE(healthy.status, 200);
        QCOMPARE(healthy.data().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

        const ApiReply unknown = server().api().get(QStringLiteral("/api/v1/nothing-here"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("route_not_found"));

        if (dialect != Dialect::Postgres) {
            return;
        }
        // Cut the server's connection from the database side, as a PostgreSQL restart would.
        auto killed = server().database().exec(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid()"));
        QVERIFY(killed.ok());
        const ApiReply down = server().api().get(QStringLiteral("/healthz"));
        QCOMPARE(down.status, 503);
        QCOMPARE(down.errorCode(), QStringLiteral("database_unreachable"));
    }
};

QTEST_GUILESS_MAIN(TestServerApp)
#include "tst_server_app.moc"
