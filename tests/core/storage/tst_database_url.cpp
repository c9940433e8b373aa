#include "core/storage/database_url.h"

#include <QTest>

using namespace baartal::core;

class TstDatabaseUrl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("target"); // file path, or host/port/name
        QTest::newRow("sqlite path") << "sqlite:/var/lib/baartal/db.sqlite" << true << false
                                     << "/var/lib/baartal/db.sqlite";
        QTest::newRow("sqlite relative") << "sqlite:demo.sqlite" << true << false << "demo.sqlite";
        QTest::newRow("sqlite url form") << "sqlite:///tmp/x.sqlite" << true << false << "/tmp/x.sqlite";
        QTest::newRow("sqlite empty") << "sqlite:" << false << false << "";
        QTest::newRow("postgres full")
            << "postgresql://u:p@db.local:5433/baartal" << true << true << "db.local:5433/baartal";
        QTest::newRow("postgres default port")
            << "postgres://u@127.0.0.1/b" << true << true << "127.0.0.1:5432/b";
        QTest::newRow("postgres socket")
            << "postgresql://u@/b?host=/run/pg" << true << true << "/run/pg:5432/b";
        QTest::newRow("postgres no name") << "postgresql://u@127.0.0.1" << false << true << "";
        QTest::newRow("unknown scheme") << "mysql://u@h/b" << false << false << "";
        QTest::newRow("empty") << "" << false << false << "";
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(bool, postgres);
        QFETCH(QString, target);
        const auto url = DatabaseUrl::parse(text);
        QCOMPARE(url.ok(), ok);
        if (!ok) {
            QCOMPARE(url.error().code, QStringLiteral("invalid_database_url"));
            return;
        }
        QCOMPARE(url->dialect == Dialect::Postgres, postgres);
        const QString actual =
            postgres ? QStringLiteral("%1:%2/%3").arg(url->host).arg(url->port).arg(url->databaseName)
                     : url->sqlitePath;
        QCOMPARE(actual, target);
    }

    void redactsPassword()
    {
        const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://u:secret@h:5432/b"));
        QVERIFY(url.ok());
        QVERIFY(!url->redacted().contains(QLatin1String("secret")));
        QCOMPARE(DatabaseUrl::parse(url->toString())->password, QStringLiteral("secret"));
    }
};

QTEST_GUILESS_MAIN(TstDatabaseUrl)
#include "tst_database_url.moc"
