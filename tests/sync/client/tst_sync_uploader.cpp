#include "core/crypto/base64_url.h"
#include "core/sync/sync_batch_codec.h"
#include "sync/client/counter_sale_repository.h"
#include "sync/client/outbox_repository.h"
#include "sync/client/sync_uploader.h"
#include "tests/sync/support/counter_fixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace baartal;
using testsupport::CounterFixture;

// SyncUploader against a real server in the test process: batches, lost answers, refusals.
class TestSyncUploader : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CounterFixture> m_counter;

    [[nodiscard]] bool start()
    {
        auto fixture = CounterFixture::start();
        if (!fixture) {
            QTest::qFail(qPrintable(fixture.error().message), __FILE__, __LINE__);
            return false;
        }
        m_counter = std::move(*fixture);
        return true;
    }

    sync::OutboxRepository outbox() { return sync::OutboxRepository(m_counter->store().database()); }

    qint64 serverLastSequence()
    {
        const QString token = m_counter->server().login(testsupport::ServerFixture::kMerchantLogin);
        const auto reply = m_counter->server().api().get(QStringLiteral("/api/v1/devices"), token);
        for (const QJsonValue& device : reply.data().value(QStringLiteral("devices")).toArray()) {
            if (device[QStringLiteral("id")].toString() == m_counter->device().deviceId) {
                return device[QStringLiteral("last_sequence")].toInteger();
            }
        }
        return -1;
    }

    [[nodiscard]] bool recordOffline(int sales)
    {
        for (int i = 0; i < sales; ++i) {
            auto sale = m_counter->recorder().recordEarn(m_counter->merchant(), m_counter->customerId(),
                                                         core::Paise(10000 * (i + 1)));
            if (!sale) {
                QTest::qFail(qPrintable(sale.error().message), __FILE__, __LINE__);
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void cleanup()
    {
        if (m_counter) {
            m_counter->server().verifyLedgerIsSound();
        }
        m_counter.reset();
    }

    void theOutboxGoesInBatchesOfTheSetSize()
    {
        QVERIFY(start());
        // The uploader's first look at the (empty) outbox comes before the batch size changes.
        QSignalSpy idle(&m_counter->uploader(), &sync::SyncUploader::drained);
        QTRY_COMPARE(idle.count(), 1);
        m_counter->uploader().setBatchSize(2);
        m_counter->cutTheNetwork();
        QVERIFY(recordOffline(5));
        QTRY_COMPARE(m_counter->uploader().state().queued, 5);

        QSignalSpy drained(&m_counter->uploader(), &sync::SyncUploader::drained);
        m_counter->restoreTheNetwork();
        QTRY_VERIFY(drained.count() > 0);
        QCOMPARE(m_counter->server().rowCount(QStringLiteral("sync_batches")).valueOr(-1), 3);
        QCOMPARE(m_counter->server().rowCount(QStringLiteral("transactions")).valueOr(-1), 5);
        QCOMPARE(serverLastSequence(), 5);
        QCOMPARE(outbox().queuedCountAll().valueOr(-1), 0);
        // ₹100 + ₹200 + … + ₹500 at 5 coins per ₹100.
        QCOMPARE(m_counter->customerBalance(), 75);
    }

    // The server applied a batch but its answer was lost: the uploader resends the same bytes and
    // records the answers the server kept, and nothing is applied twice.
    void aLostAnswerIsReplayedNotApplied()
    {
        QVERIFY(start());
        m_counter->uploader().setRetryPolicy(
            core::RetryPolicy(1, std::chrono::minutes(10), std::chrono::minutes(10)));
        m_counter->cutTheNetwork();
        QVERIFY(recordOffline(3));
        // The first attempt marks the rows it sends in flight before it fails.
        QTRY_VERIFY(m_counter->uploader().state().lastError.has_value());
        auto inFlight = outbox().inFlight(m_counter->device().deviceId);
        QVERIFY(inFlight.ok() && inFlight->has_value());
        QCOMPARE((*inFlight)->first, 1);

        // The same batch reached the server after all.
        auto rows = outbox().rows(m_counter->device().deviceId, **inFlight);
        QVERIFY(rows.ok());
        auto bytes = core::SyncBatchCodec::encode({m_counter->device().deviceId, *rows});
        QVERIFY(bytes.ok());
        const QString token = m_counter->server().login(testsupport::ServerFixture::kMerchantLogin);
        const auto applied = m_counter->server().api().post(
            QStringLiteral("/api/v1/sync/batches"),
            {{QStringLiteral("batch"), QString::fromLatin1(core::Base64Url::encode(*bytes))},
             {QStringLiteral("signature"),
              QString::fromLatin1(core::Base64Url::encode(m_counter->device().key.sign(*bytes)))}},
            token);
        QCOMPARE(applied.status, 200);
        QVERIFY(recordOffline(1)); // queued after the batch was cut: goes in the next one

        QSignalSpy drained(&m_counter->uploader(), &sync::SyncUploader::drained);
        m_counter->restoreTheNetwork();
        QTRY_VERIFY(drained.count() > 0);
        QCOMPARE(m_counter->server().rowCount(QStringLiteral("transactions")).valueOr(-1), 4);
        QCOMPARE(serverLastSequence(), 4);
        QCOMPARE(outbox().queuedCountAll().valueOr(-1), 0);
        auto sales =
            sync::CounterSaleRepository(m_counter->store().database()).recent(m_counter->merchant().id, 10);
        QVERIFY(sales.ok());
        QCOMPARE(sales->size(), 4);
        for (const sync::CounterSale& sale : *sales) {
            QCOMPARE(sale.status, sync::SaleStatus::Confirmed);
        }
    }

    void aRevokedDeviceStopsUploading()
    {
        QVERIFY(start());
        const QString token = m_counter->server().login(testsupport::ServerFixture::kMerchantLogin);
        QCOMPARE(m_counter->server()
                     .api()
                     .post(QStringLiteral("/api/v1/devices/%1/revoke").arg(m_counter->device().deviceId), {},
                           token)
                     .status,
                 200);
        QSignalSpy states(&m_counter->uploader(), &sync::SyncUploader::stateChanged);
        QVERIFY(recordOffline(1));
        QTRY_VERIFY(m_counter->uploader().state().blocked);
        QCOMPARE(m_counter->uploader().state().lastError->code, QStringLiteral("device_revoked"));
        QCOMPARE(m_counter->uploader().state().queued, 1);
        QVERIFY(m_counter->uploader().hasUnsynced());
        QCOMPARE(m_counter->server().rowCount(QStringLiteral("transactions")).valueOr(-1), 0);

        // Nothing is retried on a timer, and a resume meets the same refusal.
        QVERIFY(!m_counter->uploader().state().nextAttempt.isValid());
        m_counter->uploader().resume();
        QVERIFY(!m_counter->uploader().state().blocked);
        QTRY_VERIFY(m_counter->uploader().state().blocked);
        QCOMPARE(m_counter->uploader().state().lastError->code, QStringLiteral("device_revoked"));
        QCOMPARE(m_counter->server().rowCount(QStringLiteral("transactions")).valueOr(-1), 0);
        QVERIFY(states.count() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncUploader)
#include "tst_sync_uploader.moc"
