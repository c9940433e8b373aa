#include "core/storage/migrator.h"
#include "sync/client/counter_store.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace baartal;

class TestCounterStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsTheFolderAndSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/counter.sqlite"));
        auto store = sync::CounterStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        QVERIFY(QFile::exists(path));
        QCOMPARE((*store)->path(), path);
        auto version =
            core::Migrator((*store)->database(), sync::CounterStore::migrations()).currentVersion();
        QVERIFY(version.ok());
        QCOMPARE(*version,
                 core::Migrator((*store)->database(), sync::CounterStore::migrations()).latestVersion());
        QVERIFY(*version >= 1);
    }

    // A sale must survive a power cut: the store runs in WAL mode with full fsync.
    void isCrashSafe()
    {
        QTemporaryDir dir;
        auto store = sync::CounterStore::open(dir.filePath(QStringLiteral("counter.sqlite")));
        QVERIFY(store.ok());
        auto journal = (*store)->database().exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(journal.ok() && (*journal)->next());
        QCOMPARE((*journal)->value(0).toString(), QStringLiteral("wal"));
        auto synchronous = (*store)->database().exec(QStringLiteral("PRAGMA synchronous"));
        QVERIFY(synchronous.ok() && (*synchronous)->next());
        QCOMPARE((*synchronous)->value(0).toInt(), 2); // FULL
    }

    void reopeningKeepsTheData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("counter.sqlite"));
        {
            auto store = sync::CounterStore::open(path);
            QVERIFY(store.ok());
            QVERIFY((*store)
                        ->database()
                        .exec(QStringLiteral(
                            "INSERT INTO merchant_profile (merchant_id, business_name, issue_rate, "
                            "approved, fetched_at) VALUES ('m1', 'Shop', 5, 1, 0)"))
                        .ok());
        }
        auto reopened = sync::CounterStore::open(path);
        QVERIFY(reopened.ok());
        auto count = (*reopened)->database().exec(QStringLiteral("SELECT COUNT(*) FROM merchant_profile"));
        QVERIFY(count.ok() && (*count)->next());
        QCOMPARE((*count)->value(0).toInt(), 1);
    }

    void unusablePathIsAClearError()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto store = sync::CounterStore::open(file.fileName() + QStringLiteral("/counter.sqlite"));
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("counter_store_unavailable"));
        QVERIFY(store.error().message.contains(file.fileName()));
    }

    void defaultPathIsInTheUsersDataFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(sync::CounterStore::defaultPath().endsWith(QStringLiteral("/counter.sqlite")));
        QVERIFY(QFileInfo(sync::CounterStore::defaultPath()).isAbsolute());
    }
};

QTEST_GUILESS_MAIN(TestCounterStore)
#include "tst_counter_store.moc"
