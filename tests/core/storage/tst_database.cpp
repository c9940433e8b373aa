#include "core/storage/database.h"
#include "core/storage/transaction_guard.h"
#include "tests/testsupport/temporary_database.h"
#include "tests/testsupport/test_backends.h"

#include <QTest>

using baartal::core::Database;
using baartal::core::Dialect;
using baartal::core::TransactionGuard;
using baartal::testsupport::TemporaryDatabase;
using baartal::testsupport::TestBackends;

class TstDatabase : public QObject {
    Q_OBJECT

private:
    static qint64 countOf(Database& database, const QString& category)
    {
        auto query =
            database.exec(QStringLiteral("SELECT COUNT(*) FROM categories WHERE name = ?"), {category});
        return query.ok() && (*query)->next() ? (*query)->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void seesOtherConnectionsAfterAPartialRead_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    // A server keeps one connection for hours while another process (seed-demo, a second server) writes.
    // A read left mid-result must not pin an old snapshot on that connection.
    void seesOtherConnectionsAfterAPartialRead()
    {
        QFETCH(Dialect, dialect);
        auto temporary = TemporaryDatabase::create(dialect);
        QVERIFY2(temporary.ok(), qPrintable(temporary.ok() ? QString() : temporary.error().message));
        Database& server = (*temporary)->database();
        auto other = (*temporary)->openAnother();
        QVERIFY(other.ok());

        auto partial = server.exec(QStringLiteral("SELECT name FROM categories ORDER BY name"));
        QVERIFY(partial.ok() && (*partial)->next());

        auto inserted = (*other)->exec(
            QStringLiteral("INSERT INTO categories (name, label, created_at) VALUES ('toys', 'Toys', 0)"));
        QVERIFY2(inserted.ok(), qPrintable(inserted.ok() ? QString() : inserted.error().message));

        QCOMPARE(countOf(server, QStringLiteral("toys")), 1);
        auto written = server.exec(
            QStringLiteral("INSERT INTO categories (name, label, created_at) VALUES ('books', 'Books', 0)"));
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(countOf(**other, QStringLiteral("books")), 1);
    }

    void transactionStartsAfterAPartialReadAndAnotherWriter_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    // The same, when the next thing the connection does is open a transaction rather than run a statement.
    void transactionStartsAfterAPartialReadAndAnotherWriter()
    {
        QFETCH(Dialect, dialect);
        auto temporary = TemporaryDatabase::create(dialect);
        QVERIFY2(temporary.ok(), qPrintable(temporary.ok() ? QString() : temporary.error().message));
        Database& server = (*temporary)->database();
        auto other = (*temporary)->openAnother();
        QVERIFY(other.ok());

        auto partial = server.exec(QStringLiteral("SELECT name FROM categories ORDER BY name"));
        QVERIFY(partial.ok() && (*partial)->next());
        QVERIFY((*other)
                    ->exec(QStringLiteral(
                        "INSERT INTO categories (name, label, created_at) VALUES ('toys', 'Toys', 0)"))
                    .ok());

        auto transaction = TransactionGuard::begin(server);
        QVERIFY2(transaction.ok(), qPrintable(transaction.ok() ? QString() : transaction.error().message));
        QVERIFY(server
                    .exec(QStringLiteral(
                        "INSERT INTO categories (name, label, created_at) VALUES ('books', 'Books', 0)"))
                    .ok());
        QVERIFY(transaction->commit().ok());
        QCOMPARE(countOf(**other, QStringLiteral("books")), 1);
    }
};

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
