#include "core/storage/database.h"
#include "core/storage/migrator.h"
#include "core/storage/transaction_guard.h"
#include "tests/testsupport/temporary_database.h"
#include "tests/testsupport/test_backends.h"

#include <QTest>

using namespace baartal::core;
using baartal::testsupport::TemporaryDatabase;
using baartal::testsupport::TestBackends;

// Migrations, transactions and the constraints the money depends on, on both engines.
class TstMigrator : public QObject {
    Q_OBJECT

private:
    static std::unique_ptr<TemporaryDatabase> open(Dialect dialect)
    {
        auto db = TemporaryDatabase::create(dialect);
        if (!db) {
            qWarning() << db.error().message;
            return nullptr;
        }
        return std::move(*db);
    }

    static int count(Database& db, const QString& table)
    {
        auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return query && (*query)->next() ? (*query)->value(0).toInt() : -1;
    }

    static Status insertUser(Database& db, const QString& id, const QString& login)
    {
        auto query =
            db.exec(QStringLiteral("INSERT INTO users (id, email_or_phone, password_hash, role, created_at) "
                                   "VALUES (?, ?, 'h', 'merchant', 0)"),
                    {id, login});
        return query ? Status() : Status(query.error());
    }

    static Status insertMerchant(Database& db, const QString& id, const QString& userId,
                                 const QString& bundle, const QString& category)
    {
        auto query =
            db.exec(QStringLiteral("INSERT INTO merchants (id, user_id, business_name, category, pincode, "
                                   "address, qr_code_url, bundle_id, created_at) "
                                   "VALUES (?, ?, 'Shop', ?, '400028', 'Road', 'u', ?, 0)"),
                    {id, userId, category, bundle});
        return query ? Status() : Status(query.error());
    }

private Q_SLOTS:
    void migratesOnceAndRecordsVersion_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void migratesOnceAndRecordsVersion()
    {
        QFETCH(Dialect, dialect);
        auto db = open(dialect);
        QVERIFY(db);
        Migrator migrator(db->database(), Migrator::serverMigrations());
        QVERIFY(migrator.latestVersion() >= 1);
        QCOMPARE(*migrator.currentVersion(), migrator.latestVersion());
        auto again = migrator.migrate();
        QVERIFY(again.ok());
        QCOMPARE(*again, 0);
        QVERIFY(count(db->database(), QStringLiteral("categories")) > 5);
    }

    void upgradesAnOlderSchema_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void upgradesAnOlderSchema()
    {
        QFETCH(Dialect, dialect);
        // A database at version 0 (created but never migrated) upgrades to the latest in one call.
        auto db = TemporaryDatabase::create(dialect, QStringLiteral(":/baartal/migrations/none"));
        QVERIFY(db.ok());
        Migrator migrator((*db)->database(), Migrator::serverMigrations());
        QCOMPARE(*migrator.currentVersion(), 0);
        QVERIFY(migrator.migrateTo(1).ok());
        QCOMPARE(*migrator.currentVersion(), 1);
        auto rest = migrator.migrate();
        QVERIFY(rest.ok());
        QCOMPARE(*migrator.currentVersion(), migrator.latestVersion());
    }

    void guardRollsBackUnlessCommitted_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void guardRollsBackUnlessCommitted()
    {
        QFETCH(Dialect, dialect);
        auto db = open(dialect);
        QVERIFY(db);
        {
            auto guard = TransactionGuard::begin(db->database());
            QVERIFY(guard.ok());
            QVERIFY(insertUser(db->database(), QStringLiteral("u1"), QStringLiteral("a@b.in")).ok());
        }
        QCOMPARE(count(db->database(), QStringLiteral("users")), 0);
        {
            auto guard = TransactionGuard::begin(db->database());
            QVERIFY(insertUser(db->database(), QStringLiteral("u1"), QStringLiteral("a@b.in")).ok());
            QVERIFY(guard->commit().ok());
        }
        QCOMPARE(count(db->database(), QStringLiteral("users")), 1);
    }

    void constraintsHoldInTheDatabase_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void constraintsHoldInTheDatabase()
    {
        QFETCH(Dialect, dialect);
        auto db = open(dialect);
        QVERIFY(db);
        Database& d = db->database();
        QVERIFY(d.exec(QStringLiteral("INSERT INTO bundles (id, region_name, pincode, created_at) "
                                      "VALUES ('b1', 'Dadar', '400028', 0)"))
                    .ok());
        QVERIFY(insertUser(d, QStringLiteral("u1"), QStringLiteral("a@b.in")).ok());
        QVERIFY(insertUser(d, QStringLiteral("u2"), QStringLiteral("c@d.in")).ok());
        QVERIFY(insertMerchant(d, QStringLiteral("m1"), QStringLiteral("u1"), QStringLiteral("b1"),
                               QStringLiteral("grocery"))
                    .ok());
        const Status second = insertMerchant(d, QStringLiteral("m2"), QStringLiteral("u2"),
                                             QStringLiteral("b1"), QStringLiteral("grocery"));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("unique_violation"));
        QVERIFY(second.error().kind == ErrorKind::Conflict);

        const Status takenLogin = insertUser(d, QStringLiteral("u3"), QStringLiteral("a@b.in"));
        QCOMPARE(takenLogin.error().code, QStringLiteral("unique_violation"));

        const Status badRate =
            d.exec(QStringLiteral("UPDATE merchants SET bcoin_issue_rate = 21 WHERE id = 'm1'")).ok()
                ? Status()
                : Status(Error::conflict(QStringLiteral("check_violation"), {}));
        QVERIFY(!badRate.ok());
    }

    void racingSignUpsForOneCategoryLetExactlyOneWin_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void racingSignUpsForOneCategoryLetExactlyOneWin()
    {
        QFETCH(Dialect, dialect);
        auto db = open(dialect);
        QVERIFY(db);
        auto other = db->openAnother();
        QVERIFY(other.ok());
        Database& a = db->database();
        Database& b = **other;
        QVERIFY(a.exec(QStringLiteral("INSERT INTO bundles (id, region_name, pincode, created_at) "
                                      "VALUES ('b1', 'Dadar', '400028', 0)"))
                    .ok());
        QVERIFY(insertUser(a, QStringLiteral("u1"), QStringLiteral("a@b.in")).ok());
        QVERIFY(insertUser(a, QStringLiteral("u2"), QStringLiteral("c@d.in")).ok());
        // Both connections checked "is grocery free?" and found it free; both now insert.
        auto first = TransactionGuard::begin(a);
        QVERIFY(first.ok());
        QVERIFY(insertMerchant(a, QStringLiteral("m1"), QStringLiteral("u1"), QStringLiteral("b1"),
                               QStringLiteral("grocery"))
                    .ok());
        QVERIFY(first->commit().ok());
        const Status loser = insertMerchant(b, QStringLiteral("m2"), QStringLiteral("u2"),
                                            QStringLiteral("b1"), QStringLiteral("grocery"));
        QVERIFY(!loser.ok());
        QCOMPARE(loser.error().code, QStringLiteral("unique_violation"));
        QCOMPARE(count(a, QStringLiteral("merchants")), 1);
    }
};

QTEST_GUILESS_MAIN(TstMigrator)
#include "tst_migrator.moc"
