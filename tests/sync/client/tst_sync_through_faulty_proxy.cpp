#include "core/devices/device_repository.h"
#include "core/ledger/ledger_repository.h"
#include "sync/client/outbox_repository.h"
#include "tests/sync/support/counter_fixture.h"
#include "tests/testsupport/fault_injecting_proxy.h"

#include <QSignalSpy>
#include <QTest>

using namespace baartal;
using testsupport::CounterFixture;
using testsupport::FaultInjectingProxy;

namespace {

constexpr int kSales = 1'000;
constexpr int kDrainTimeoutMs = 240'000;

} // namespace

// A counter whose uploads cross a proxy that drops requests and answers, delays and duplicates them:
// every sale still lands on the server exactly once. The server's FakeClock stands still, so the
// merchant's access token never lapses here: session renewal is tst_api_client's business.
class TestSyncThroughFaultyProxy : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CounterFixture> m_counter;

private Q_SLOTS:
    void cleanup()
    {
        if (m_counter) {
            m_counter->server().verifyLedgerIsSound();
        }
        m_counter.reset();
    }

    void everySaleLandsOnceThroughFaults_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 1") << quint32(1);
        QTest::newRow("seed 4242") << quint32(4242);
    }

    void everySaleLandsOnceThroughFaults()
    {
        QFETCH(quint32, seed);
        auto fixture = CounterFixture::start();
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_counter = std::move(*fixture);
        FaultInjectingProxy proxy(m_counter->server().api().baseUrl(), seed);
        // Some delays outlast the client's timeout: the server may still apply what the client gave up on.
        proxy.setMaxDelayMs(800);
        QVERIFY(proxy.listen());
        m_counter->api().setBaseUrl(proxy.url());
        m_counter->api().setTimeout(std::chrono::milliseconds(500));
        m_counter->uploader().setBatchSize(25);
        m_counter->uploader().setRetryPolicy(
            core::RetryPolicy(1, std::chrono::milliseconds(5), std::chrono::milliseconds(50)));

        QSignalSpy drained(&m_counter->uploader(), &sync::SyncUploader::drained);
        QStringList sales;
        qint64 previewed = 0;
        for (int i = 0; i < kSales; ++i) {
            auto sale = m_counter->recorder().recordEarn(m_counter->merchant(), m_counter->customerId(),
                                                         core::Paise(5'000 + (i % 40) * 1'000));
            QVERIFY(sale.ok());
            sales.append(sale->clientTxnId);
            previewed += sale->coinsEarnedLocal.value();
            // Uploads run between sales, as at a real counter.
            QCoreApplication::processEvents();
        }
        sync::OutboxRepository outbox(m_counter->store().database());
        QTRY_VERIFY_WITH_TIMEOUT(drained.count() > 0 && outbox.queuedCountAll().valueOr(-1) == 0,
                                 kDrainTimeoutMs);
        qInfo("faults: %d requests dropped, %d answers dropped, %d delayed, %d duplicated, %d passed",
              proxy.count(FaultInjectingProxy::Fault::DropRequest),
              proxy.count(FaultInjectingProxy::Fault::DropResponse),
              proxy.count(FaultInjectingProxy::Fault::Delay),
              proxy.count(FaultInjectingProxy::Fault::Duplicate),
              proxy.count(FaultInjectingProxy::Fault::None));
        for (const auto fault :
             {FaultInjectingProxy::Fault::DropRequest, FaultInjectingProxy::Fault::DropResponse,
              FaultInjectingProxy::Fault::Delay, FaultInjectingProxy::Fault::Duplicate}) {
            QVERIFY(proxy.count(fault) > 0);
        }

        const QString deviceId = m_counter->device().deviceId;
        auto device = core::DeviceRepository(m_counter->server().database()).findById(deviceId);
        QVERIFY(device.ok() && device->has_value());
        QCOMPARE((*device)->lastSequence, kSales);
        auto rows = outbox.rows(deviceId, {1, kSales});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), kSales);
        core::LedgerRepository ledger(m_counter->server().database());
        for (qsizetype i = 0; i < rows->size(); ++i) {
            QCOMPARE(rows->at(i).sequence, i + 1);
            QCOMPARE(rows->at(i).clientTxnId, sales.at(i));
            auto entry = outbox.find(sales.at(i));
            QVERIFY(entry.ok() && entry->has_value());
            QCOMPARE((*entry)->status, sync::OutboxStatus::Accepted);
            auto onServer = ledger.findByClientId(sales.at(i));
            QVERIFY(onServer.ok() && onServer->has_value());
            QCOMPARE((*onServer)->id, (*entry)->serverTxnId);
        }
        // Client ids are unique on the server, so as many transactions as sales means none twice.
        QCOMPARE(m_counter->server().rowCount(QStringLiteral("transactions")).valueOr(-1), kSales);
        QCOMPARE(m_counter->customerBalance(), previewed);
    }
};

QTEST_GUILESS_MAIN(TestSyncThroughFaultyProxy)
#include "tst_sync_through_faulty_proxy.moc"
