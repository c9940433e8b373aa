#include "core/devices/device_repository.h"
#include "core/ledger/ledger_repository.h"
#include "sync/client/counter_store.h"
#include "sync/client/outbox_repository.h"
#include "tests/sync/support/counter_fixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace baartal;
using testsupport::CounterFixture;
using testsupport::ServerFixture;

namespace {

constexpr int kActionsToReport = 10'000;
constexpr int kSyncTimeoutMs = 480'000;
constexpr quint32 kSeed = 20261123;
// The server reads a customer's open coin lots on every sale, so one customer with 10,000 sales would
// measure that rather than the counter; a hundred keep it small.
constexpr int kCustomers = 100;

QString driverPath()
{
    const QString buildDir = qEnvironmentVariableIsSet("BAARTAL_BUILD_DIR")
                                 ? qEnvironmentVariable("BAARTAL_BUILD_DIR")
                                 : QStringLiteral(BAARTAL_DEFAULT_BUILD_DIR);
    return buildDir + QStringLiteral("/app/counter-driver/baartal-counter-driver");
}

} // namespace

// baartal-counter-driver killed with SIGKILL at random moments while it records offline, again and again;
// then one sync. Whatever it reported as committed must reach the server exactly once, in one gapless
// chain, and the counter store must survive every kill intact.
class TestCounterKill : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CounterFixture> m_counter;
    QTemporaryDir m_dir;

    QStringList baseArguments() const
    {
        return {QStringLiteral("--database"),        m_dir.filePath(QStringLiteral("counter.sqlite")),
                QStringLiteral("--device-id"),       m_counter->device().deviceId,
                QStringLiteral("--device-key-file"), m_dir.filePath(QStringLiteral("device.seed")),
                QStringLiteral("--merchant-id"),     m_counter->merchant().id};
    }

    static QProcess* newDriver(QObject* parent)
    {
        auto* process = new QProcess(parent);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Per-sale info lines would cost more than the commits being measured.
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("baartal.*.info=false"));
        process->setProcessEnvironment(environment);
        return process;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The in-process server logs every sale and request; over 10,000 of them, QTest's handling of
        // those lines would take longer than applying the sales.
        QLoggingCategory::setFilterRules(QStringLiteral("baartal.*.debug=false\nbaartal.*.info=false"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        auto fixture = CounterFixture::start();
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_counter = std::move(*fixture);
        QFile seed(m_dir.filePath(QStringLiteral("device.seed")));
        QVERIFY(seed.open(QIODevice::WriteOnly));
        QCOMPARE(seed.write(m_counter->device().key.seed()), core::Ed25519KeyPair::kSeedBytes);
        QFile customers(m_dir.filePath(QStringLiteral("customers.txt")));
        QVERIFY(customers.open(QIODevice::WriteOnly));
        customers.write(m_counter->customerId().toLatin1() + '\n');
        for (int i = 1; i < kCustomers; ++i) {
            auto id = m_counter->server().registerCustomer(QStringLiteral("customer%1@example.in").arg(i));
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
            customers.write(id->toLatin1() + '\n');
        }
    }

    void cleanup()
    {
        if (m_counter) {
            m_counter->server().verifyLedgerIsSound();
        }
        m_counter.reset();
    }

    void everyCommittedActionReachesTheServerOnce()
    {
        QVERIFY2(QFile::exists(driverPath()), qPrintable(driverPath()));
        QRandomGenerator random(kSeed);
        QHash<QString, qint64> reported; // client txn id → sequence the driver printed
        qint64 lastReported = 0;
        int runs = 0;
        int kills = 0;
        QElapsedTimer recording;
        recording.start();
        while (reported.size() < kActionsToReport) {
            const int actions = int(random.bounded(50, 800));
            // Up to about the run's whole length (a few ms a commit): some runs are killed while the store
            // opens, most mid-way, some finish.
            const int killAfterMs = int(random.bounded(0, actions * 6));
            QProcess* driver = newDriver(this);
            driver->start(driverPath(),
                          baseArguments() + QStringList{QStringLiteral("--customer"), m_counter->customerId(),
                                                        QStringLiteral("--actions"), QString::number(actions),
                                                        QStringLiteral("--void-every"),
                                                        QStringLiteral("10")});
            QVERIFY(driver->waitForStarted());
            if (!driver->waitForFinished(killAfterMs)) {
                driver->kill();
                QVERIFY(driver->waitForFinished());
                ++kills;
            } else {
                QVERIFY2(driver->exitStatus() == QProcess::NormalExit && driver->exitCode() == 0,
                         driver->readAllStandardError().constData());
            }
            ++runs;
            // Only whole lines: the one being written at the kill may be cut short.
            const QList<QByteArray> lines = driver->readAllStandardOutput().split('\n');
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                const QList<QByteArray> fields = lines.at(i).split(' ');
                QCOMPARE(fields.size(), 3);
                QCOMPARE(fields.at(0), QByteArray("committed"));
                const qint64 sequence = fields.at(1).toLongLong();
                // A restart continues the chain where the last commit left it, whatever was printed.
                QVERIFY2(sequence > lastReported, lines.at(i).constData());
                lastReported = sequence;
                QVERIFY(!reported.contains(QString::fromLatin1(fields.at(2))));
                reported.insert(QString::fromLatin1(fields.at(2)), sequence);
            }
            delete driver;
        }
        qInfo("recorded %lld reported actions in %d runs (%d killed) in %.1f s", qint64(reported.size()),
              runs, kills, double(recording.elapsed()) / 1000.0);

        QElapsedTimer syncing;
        syncing.start();
        QProcess* driver = newDriver(this);
        driver->start(driverPath(),
                      baseArguments() + QStringList{QStringLiteral("--sync"), QStringLiteral("--server"),
                                                    m_counter->server().api().baseUrl().toString(),
                                                    QStringLiteral("--login"), ServerFixture::kMerchantLogin,
                                                    QStringLiteral("--password"), ServerFixture::kPassword,
                                                    QStringLiteral("--sync-timeout"),
                                                    QString::number(kSyncTimeoutMs / 1000)});
        // The server lives in this process: its event loop must run while the driver uploads.
        QVERIFY(QTest::qWaitFor([driver] { return driver->state() == QProcess::NotRunning; },
                                kSyncTimeoutMs + 30'000));
        QVERIFY2(driver->exitStatus() == QProcess::NormalExit && driver->exitCode() == 0,
                 driver->readAllStandardError().constData());
        qInfo("synced in %.1f s; the driver said: %s", double(syncing.elapsed()) / 1000.0,
              driver->readAllStandardError().constData());

        auto store = sync::CounterStore::open(m_dir.filePath(QStringLiteral("counter.sqlite")));
        QVERIFY(store.ok());
        auto integrity = (*store)->database().exec(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(integrity.ok() && (*integrity)->next());
        QCOMPARE((*integrity)->value(0).toString(), QStringLiteral("ok"));

        const QString deviceId = m_counter->device().deviceId;
        auto device = core::DeviceRepository(m_counter->server().database()).findById(deviceId);
        QVERIFY(device.ok() && device->has_value());
        const qint64 last = (*device)->lastSequence;
        QVERIFY(last >= lastReported);

        sync::OutboxRepository outbox((*store)->database());
        QCOMPARE(outbox.queuedCount(deviceId).valueOr(-1), 0);
        auto rows = outbox.rows(deviceId, {1, last});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), last);
        auto beyond = outbox.rows(deviceId, {last + 1, std::numeric_limits<qint64>::max()});
        QVERIFY(beyond.ok() && beyond->isEmpty());

        core::LedgerRepository ledger(m_counter->server().database());
        for (qsizetype i = 0; i < rows->size(); ++i) {
            const core::OutboxRow& row = rows->at(i);
            QCOMPARE(row.sequence, i + 1);
            if (reported.contains(row.clientTxnId)) {
                QCOMPARE(reported.value(row.clientTxnId), row.sequence);
                reported.remove(row.clientTxnId);
            }
            auto entry = outbox.find(row.clientTxnId);
            QVERIFY(entry.ok() && entry->has_value());
            QCOMPARE((*entry)->status, sync::OutboxStatus::Accepted);
            // A sale is the server transaction with its client id; a void is the reversal it made.
            auto onServer = row.type == core::OutboxRowType::Void ? ledger.findById((*entry)->serverTxnId)
                                                                  : ledger.findByClientId(row.clientTxnId);
            QVERIFY2(onServer.ok() && onServer->has_value(), qPrintable(row.clientTxnId));
            QCOMPARE((*onServer)->id, (*entry)->serverTxnId);
        }
        QVERIFY2(reported.isEmpty(), "a reported action is missing from the outbox");
        // One server transaction per row (client ids are unique there): nothing was applied twice.
        QCOMPARE(m_counter->server().rowCount(QStringLiteral("transactions")).valueOr(-1), last);
    }
};

QTEST_GUILESS_MAIN(TestCounterKill)
#include "tst_counter_kill.moc"
