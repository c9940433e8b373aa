// The real baartal-server killed with SIGKILL while a counter uploads a 500-row sync batch: after a
// restart on the same database the batch is there wholly or not at all, and sending the same bytes
// again leaves every row recorded exactly once (docs/sync-protocol.md).
#include "core/crypto/base64_url.h"
#include "core/crypto/ed25519_key_pair.h"
#include "core/customers/customer_repository.h"
#include "core/ids/ids.h"
#include "core/ledger/ledger_invariant_checker.h"
#include "core/storage/sql_values.h"
#include "core/sync/sync_batch_codec.h"
#include "core/users/user_repository.h"
#include "tests/e2e/server_process.h"
#include "tests/testsupport/api_test_client.h"
#include "tests/testsupport/temporary_database.h"
#include "tests/testsupport/test_backends.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using baartal::core::Database;
using baartal::core::Dialect;
using baartal::core::Ed25519KeyPair;
using baartal::core::OutboxRow;
using baartal::core::OutboxRowType;
using baartal::core::Paise;
using baartal::core::SyncBatch;
using baartal::core::SyncBatchCodec;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ApiTestClient;
using baartal::testsupport::CommandResult;
using baartal::testsupport::ServerProcess;
using baartal::testsupport::TemporaryDatabase;
using baartal::testsupport::TestBackends;

namespace {

constexpr int kKills = 10;
constexpr int kCustomers = 60;
const QString kBatches = QStringLiteral("/api/v1/sync/batches");

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(baartal::core::Base64Url::encode(bytes));
}

// One signed batch of SyncBatch::kMaxRows earn rows.
struct SignedBatch {
    QByteArray bytes;
    QByteArray signature;
    QStringList clientTxnIds;
};

// A counter's chain: each batch continues where the last one ended.
class Chain {
public:
    explicit Chain(QString deviceId)
        : m_deviceId(std::move(deviceId))
    {
    }

    const Ed25519KeyPair& key() const { return m_key; }

    SignedBatch nextBatch(const QStringList& customers)
    {
        SyncBatch batch{m_deviceId, {}};
        SignedBatch out;
        for (qsizetype i = 0; i < SyncBatch::kMaxRows; ++i) {
            OutboxRow row;
            row.sequence = ++m_sequence;
            row.bill = Paise(100'00 + (m_sequence * 7919) % 500'00);
            row.deviceId = m_deviceId;
            row.clientTxnId = baartal::core::Ids::newId();
            row.customerId = customers.at(m_sequence % customers.size());
            row.localTimeMs = QDateTime::currentMSecsSinceEpoch();
            row.previousHash = m_lastHash;
            m_lastHash = SyncBatchCodec::hashOf(row).value();
            batch.rows.append(row);
            out.clientTxnIds.append(row.clientTxnId);
        }
        out.bytes = SyncBatchCodec::encode(batch).value();
        out.signature = m_key.sign(out.bytes);
        return out;
    }

    void setDeviceId(const QString& id) { m_deviceId = id; }

private:
    Ed25519KeyPair m_key = Ed25519KeyPair::generate();
    QString m_deviceId;
    qint64 m_sequence = 0;
    QByteArray m_lastHash = SyncBatchCodec::genesisHash();
};

qint64 scalar(Database& database, const QString& sql, const QVariantList& values)
{
    auto query = database.exec(sql, values);
    return query && (*query)->next() ? (*query)->value(0).toLongLong() : -1;
}

} // namespace

class TestServerCrash : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ApiTestClient> m_api;
    QString m_merchantToken;

    ApiReply upload(const SignedBatch& batch)
    {
        return m_api->post(kBatches,
                           {{QStringLiteral("batch"), b64(batch.bytes)},
                            {QStringLiteral("signature"), b64(batch.signature)}},
                           m_merchantToken);
    }

    static bool allAccepted(const ApiReply& reply)
    {
        const QJsonArray results = reply.data().value(QStringLiteral("results")).toArray();
        return results.size() == SyncBatch::kMaxRows &&
               std::all_of(results.begin(), results.end(), [](const QJsonValue& result) {
                   return result.toObject().value(QStringLiteral("status")).toString() ==
                          QLatin1String("accepted");
               });
    }

private Q_SLOTS:
    void aBatchSurvivesWholeOrNotAtAll_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void aBatchSurvivesWholeOrNotAtAll()
    {
        QFETCH(Dialect, dialect);
        auto temporary = TemporaryDatabase::create(dialect);
        QVERIFY2(temporary, qPrintable(temporary ? QString() : temporary.error().message));
        Database& database = (*temporary)->database();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto arguments = ServerProcess::arguments((*temporary)->url(), dir);
        QVERIFY2(arguments, qPrintable(arguments ? QString() : arguments.error().message));
        const CommandResult seeded =
            ServerProcess::run(*arguments + QStringList{QStringLiteral("seed-demo")});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.output));

        ServerProcess server;
        const auto startServer = [&] {
            const QString started = server.start(*arguments);
            m_api = std::make_unique<ApiTestClient>(server.url());
            return started;
        };
        QString started = startServer();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const ApiReply login =
            m_api->post(QStringLiteral("/api/v1/auth/login"),
                        {{QStringLiteral("email_or_phone"), QStringLiteral("demo.merchant@baartal.test")},
                         {QStringLiteral("password"), QStringLiteral("demo-merchant-pass")}});
        QVERIFY2(login.status == 200, qPrintable(login.describe()));
        m_merchantToken = login.data().value(QStringLiteral("token")).toString();
        // Rows spread over many customers: a sale's cost grows with its customer's history, and the few
        // demo customers alone would make each upload several times slower by the last batch.
        for (int i = 0; i < kCustomers; ++i) {
            const QString userId = baartal::core::Ids::newId();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY(baartal::core::UserRepository(database).add({userId,
                                                                 userId + QStringLiteral("@e2e.in"),
                                                                 QStringLiteral("x"),
                                                                 baartal::core::UserRole::Customer,
                                                                 now,
                                                                 {}}));
            const QString customerId = baartal::core::Ids::newId();
            QVERIFY(baartal::core::CustomerRepository(database).add(
                {customerId, userId, {}, customerId.left(8), {}, {}, now}));
        }
        QStringList customers;
        auto listed = database.exec(QStringLiteral("SELECT id FROM customers ORDER BY id"));
        QVERIFY(listed);
        while ((*listed)->next()) {
            customers.append((*listed)->value(0).toString());
        }
        QVERIFY(!customers.isEmpty());
        Chain chain({});
        const ApiReply enrolled =
            m_api->post(QStringLiteral("/api/v1/devices"),
                        {{QStringLiteral("name"), QStringLiteral("Counter 1")},
                         {QStringLiteral("public_key"), b64(chain.key().publicKey().bytes())}},
                        m_merchantToken);
        QVERIFY2(enrolled.status == 201, qPrintable(enrolled.describe()));
        const QString deviceId = enrolled.data().value(QStringLiteral("id")).toString();
        chain.setDeviceId(deviceId);

        // An upload left alone: how long the server takes, so that the kills below spread over it. The
        // ledger grows, and with it the time, so each full apply below updates it.
        QElapsedTimer timer;
        timer.start();
        const ApiReply undisturbed = upload(chain.nextBatch(customers));
        qint64 applyMs = timer.elapsed();
        QVERIFY2(undisturbed.status == 200 && allAccepted(undisturbed), qPrintable(undisturbed.describe()));

        const QString counted =
            QStringLiteral("SELECT COUNT(*) FROM transactions WHERE client_txn_id IS NOT NULL");
        const qint64 countedBefore = scalar(database, counted, {});

        QRandomGenerator random(20); // fixed: a failure names a run that can be made again
        qint64 synced = SyncBatch::kMaxRows;
        int lost = 0;
        int committedUnanswered = 0;
        int answered = 0;
        for (int kill = 0; kill < kKills; ++kill) {
            // From at once (before the request is read) to half again the upload time (after the answer).
            const qint64 span = applyMs * 3 / 2;
            const int delayMs = int(span * kill / kKills + random.bounded(int(span / kKills) + 1));
            const SignedBatch batch = chain.nextBatch(customers);
            QTimer killer;
            killer.setSingleShot(true);
            QObject::connect(&killer, &QTimer::timeout, &killer, [&] { server.kill(); });
            killer.start(delayMs);
            timer.restart();
            const ApiReply reply = upload(batch);
            if (reply.status == 200) {
                applyMs = timer.elapsed();
            }
            QTRY_VERIFY_WITH_TIMEOUT(!killer.isActive(), int(span) + 5000);

            started = startServer();
            QVERIFY2(started.isEmpty(), qPrintable(started));
            const QString ids =
                QStringLiteral("SELECT COUNT(*) FROM transactions WHERE client_txn_id IN (%1)")
                    .arg(baartal::core::SqlValues::placeholders(batch.clientTxnIds.size()));
            QVariantList idValues;
            for (const QString& id : batch.clientTxnIds) {
                idValues.append(id);
            }
            const qint64 recorded = scalar(database, ids, idValues);
            const QString why = QStringLiteral("kill %1 after %2 ms: %3 rows recorded, answer %4")
                                    .arg(kill)
                                    .arg(delayMs)
                                    .arg(recorded)
                                    .arg(reply.describe().left(200));
            QVERIFY2(recorded == 0 || recorded == SyncBatch::kMaxRows, qPrintable(why));
            const bool committed = recorded == SyncBatch::kMaxRows;
            QVERIFY2(reply.status != 200 || committed, qPrintable(why));
            QCOMPARE(scalar(database, QStringLiteral("SELECT last_sequence FROM devices WHERE id = ?"),
                            {deviceId}),
                     committed ? synced + SyncBatch::kMaxRows : synced);
            QCOMPARE(scalar(database,
                            QStringLiteral("SELECT COUNT(*) FROM sync_batches WHERE device_id = ? AND "
                                           "first_sequence = ?"),
                            {deviceId, synced + 1}),
                     committed ? 1 : 0);
            (reply.status == 200 ? answered : committed ? committedUnanswered : lost) += 1;

            // The counter, never having had an answer (or not trusting it), sends the same bytes again.
            timer.restart();
            const ApiReply resent = upload(batch);
            if (!committed) {
                applyMs = timer.elapsed();
            }
            QVERIFY2(resent.status == 200 && allAccepted(resent), qPrintable(resent.describe().left(300)));
            QCOMPARE(resent.data().value(QStringLiteral("replayed")).toBool(), committed);
            if (reply.status == 200) {
                QCOMPARE(resent.data().value(QStringLiteral("results")),
                         reply.data().value(QStringLiteral("results")));
            }
            synced += SyncBatch::kMaxRows;
            QCOMPARE(resent.data().value(QStringLiteral("last_sequence")).toInteger(), synced);
            QCOMPARE(scalar(database, ids, idValues), SyncBatch::kMaxRows);
        }
        QCOMPARE(scalar(database, counted, {}), countedBefore + kKills * SyncBatch::kMaxRows);
        auto report = baartal::core::LedgerInvariantChecker(database).check(QDateTime::currentDateTimeUtc());
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->violations.join(QLatin1Char('\n'))));
        qInfo("%d kills: %d before the commit, %d after it but before the answer, %d after the answer (the "
              "last "
              "upload took %lld ms)",
              kKills, lost, committedUnanswered, answered, applyMs);
    }
};

QTEST_GUILESS_MAIN(TestServerCrash)
#include "tst_server_crash.moc"
