// The real baartal-server executable, driven as an operator and its clients would: migrate and seed-demo
// sub-commands, then the server over HTTP, then SIGTERM.
#include "core/storage/database.h"
#include "core/storage/database_url.h"
#include "tests/e2e/server_process.h"
#include "tests/testsupport/api_test_client.h"
#include "tests/testsupport/test_backends.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using baartal::core::Database;
using baartal::core::DatabaseUrl;
using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ApiTestClient;
using baartal::testsupport::CommandResult;
using baartal::testsupport::ServerProcess;
using baartal::testsupport::TestBackends;

namespace {

// A database for one run: an SQLite file in a temporary folder, or a fresh PostgreSQL database created
// on the test cluster and dropped afterwards.
class ScratchDatabase {
public:
    Q_DISABLE_COPY_MOVE(ScratchDatabase)
    ScratchDatabase() = default;
    ~ScratchDatabase()
    {
        if (m_dropOnExit) {
            if (auto admin = Database::open(m_adminUrl)) {
                (void)(*admin)->execDirect(
                    QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_url.databaseName));
            }
        }
    }

    // Empty on success, else why it failed.
    QString create(Dialect dialect, const QTemporaryDir& dir)
    {
        if (dialect == Dialect::Sqlite) {
            m_url.dialect = Dialect::Sqlite;
            m_url.sqlitePath = dir.filePath(QStringLiteral("e2e.sqlite"));
            return {};
        }
        auto adminUrl = DatabaseUrl::parse(qEnvironmentVariable("BAARTAL_TEST_POSTGRES_URL"));
        if (!adminUrl) {
            return adminUrl.error().message;
        }
        m_adminUrl = *adminUrl;
        m_url = *adminUrl;
        m_url.databaseName = QStringLiteral("e2e_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
        auto admin = Database::open(m_adminUrl);
        if (!admin) {
            return admin.error().message;
        }
        if (auto created =
                (*admin)->execDirect(QStringLiteral("CREATE DATABASE \"%1\"").arg(m_url.databaseName));
            !created) {
            return created.error().message;
        }
        m_dropOnExit = true;
        return {};
    }

    const DatabaseUrl& url() const { return m_url; }

private:
    DatabaseUrl m_url;
    DatabaseUrl m_adminUrl;
    bool m_dropOnExit = false;
};

} // namespace

class TestServerProcess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(ServerProcess::executable()),
                 qPrintable(ServerProcess::executable() + QStringLiteral(" is missing")));
    }

    void refusesBadUsage()
    {
        const CommandResult noDatabase = ServerProcess::run({QStringLiteral("migrate")});
        QCOMPARE(noDatabase.exitCode, 2);
        QVERIFY2(noDatabase.output.contains(QLatin1String("--database")), qPrintable(noDatabase.output));

        const CommandResult unknown =
            ServerProcess::run({QStringLiteral("--database=sqlite:/tmp/x.sqlite"), QStringLiteral("launch")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.output.contains(QLatin1String("unknown command")), qPrintable(unknown.output));

        const CommandResult badOption = ServerProcess::run({QStringLiteral("--no-such-option")});
        QCOMPARE(badOption.exitCode, 2);

        const CommandResult postgresWithoutSecret =
            ServerProcess::run({QStringLiteral("--database=postgresql://baartal@127.0.0.1:1/none"),
                                QStringLiteral("--listen=127.0.0.1:0")});
        QCOMPARE(postgresWithoutSecret.exitCode, 2);
        QVERIFY2(postgresWithoutSecret.output.contains(QLatin1String("--jwt-secret-file")),
                 qPrintable(postgresWithoutSecret.output));
    }

    void servesTheSlice_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void servesTheSlice()
    {
        QFETCH(Dialect, dialect);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ScratchDatabase database;
        const QString failure = database.create(dialect, dir);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        const auto arguments = ServerProcess::arguments(database.url(), dir);
        QVERIFY2(arguments, qPrintable(arguments ? QString() : arguments.error().message));
        const QStringList& common = *arguments;

        const CommandResult migrated = ServerProcess::run(common + QStringList{QStringLiteral("migrate")});
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.output));
        QVERIFY2(migrated.output.contains(QLatin1String("schema version 0 -> ")),
                 qPrintable(migrated.output));

        const CommandResult seeded = ServerProcess::run(common + QStringList{QStringLiteral("seed-demo")});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.output));
        QVERIFY2(seeded.output.contains(QLatin1String("demo.customer1@baartal.test")),
                 qPrintable(seeded.output));
        const CommandResult reseeded = ServerProcess::run(common + QStringList{QStringLiteral("seed-demo")});
        QVERIFY2(reseeded.exitCode == 0, qPrintable(reseeded.output));
        QVERIFY2(reseeded.output.contains(QLatin1String("nothing changed")), qPrintable(reseeded.output));
        const CommandResult expired =
            ServerProcess::run(common + QStringList{QStringLiteral("expire-coins")});
        QVERIFY2(expired.exitCode == 0, qPrintable(expired.output));
        QVERIFY2(expired.output.contains(QLatin1String("Coins expired for 0 customer(s).")),
                 qPrintable(expired.output));

        ServerProcess server;
        const QString started = server.start(common);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const quint16 port = server.port();
        ApiTestClient api(server.url());
        if (dialect == Dialect::Sqlite) {
            QVERIFY(QFile::exists(database.url().sqlitePath + QStringLiteral(".jwt-secret")));
            QVERIFY(QFile::exists(database.url().sqlitePath + QStringLiteral(".signing-key")));
        }
        const ApiReply keys = api.get(QStringLiteral("/api/v1/keys"));
        QCOMPARE(keys.status, 200);
        QCOMPARE(keys.data().value(QStringLiteral("keys")).toArray().size(), 1);

        const ApiReply registered =
            api.post(QStringLiteral("/api/v1/auth/register"),
                     {{QStringLiteral("email_or_phone"), QStringLiteral("9820012345")},
                      {QStringLiteral("password"), QStringLiteral("new-customer-pass")},
                      {QStringLiteral("role"), QStringLiteral("customer")},
                      {QStringLiteral("pincode"), QStringLiteral("400028")}});
        QVERIFY2(registered.status == 201, qPrintable(registered.describe()));
        const QString customerId = registered.data().value(QStringLiteral("customer_id")).toString();

        const ApiReply merchant =
            api.post(QStringLiteral("/api/v1/auth/login"),
                     {{QStringLiteral("email_or_phone"), QStringLiteral("demo.merchant@baartal.test")},
                      {QStringLiteral("password"), QStringLiteral("demo-merchant-pass")}});
        QVERIFY2(merchant.status == 200, qPrintable(merchant.describe()));
        QCOMPARE(merchant.data().value(QStringLiteral("redirect")).toString(),
                 QStringLiteral("/merchant/dashboard"));

        const ApiReply earned =
            api.post(QStringLiteral("/api/v1/merchant/earn"),
                     {{QStringLiteral("customer_id"), customerId},
                      {QStringLiteral("bill_amount"), QStringLiteral("1771.20")},
                      {QStringLiteral("client_txn_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}},
                     merchant.data().value(QStringLiteral("token")).toString());
        QVERIFY2(earned.status == 201, qPrintable(earned.describe()));
        QCOMPARE(earned.data().value(QStringLiteral("balance")).toInteger(), 88);

        const ApiReply customer =
            api.post(QStringLiteral("/api/v1/auth/login"),
                     {{QStringLiteral("email_or_phone"), QStringLiteral("+91 98200 12345")},
                      {QStringLiteral("password"), QStringLiteral("new-customer-pass")}});
        QVERIFY2(customer.status == 200, qPrintable(customer.describe()));
        const ApiReply wallet = api.get(QStringLiteral("/api/v1/wallet"),
                                        customer.data().value(QStringLiteral("token")).toString());
        QVERIFY2(wallet.status == 200, qPrintable(wallet.describe()));
        QCOMPARE(wallet.data().value(QStringLiteral("customer_id")).toString(), customerId);
        QCOMPARE(wallet.data().value(QStringLiteral("balance")).toInteger(), 88);
        QCOMPARE(wallet.data().value(QStringLiteral("lifetime_earned")).toInteger(), 88);

        server.process().terminate();
        QVERIFY(server.process().waitForFinished(15000));
        const QByteArray log = server.log();
        QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
        QVERIFY2(server.process().exitCode() == 0, log.constData());
        QVERIFY2(log.contains(QStringLiteral("listening on http://127.0.0.1:%1").arg(port).toLatin1()),
                 log.constData());
        QVERIFY2(log.contains("shutting down"), log.constData());
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_server_process.moc"
