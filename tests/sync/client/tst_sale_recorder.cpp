#include "core/ids/ids.h"
#include "core/sync/sync_batch_codec.h"
#include "sync/client/counter_sale_repository.h"
#include "sync/client/outbox_repository.h"
#include "sync/client/sale_recorder.h"
#include "tests/sync/support/counter_fixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace baartal;
using testsupport::CounterFixture;

// SaleRecorder and SyncUploader between a real counter store on disk and a real server in the test process.
class TestSaleRecorder : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CounterFixture> m_counter;

    [[nodiscard]] bool start(bool approved = true)
    {
        auto fixture = CounterFixture::start(5, approved);
        if (!fixture) {
            QTest::qFail(qPrintable(fixture.error().message), __FILE__, __LINE__);
            return false;
        }
        m_counter = std::move(*fixture);
        return true;
    }

    std::optional<sync::CounterSale> stored(const QString& id)
    {
        auto sale = sync::CounterSaleRepository(m_counter->store().database()).find(id);
        return sale ? *sale : std::nullopt;
    }

    std::optional<sync::OutboxEntry> outboxEntry(const QString& clientTxnId)
    {
        auto entry = sync::OutboxRepository(m_counter->store().database()).find(clientTxnId);
        return entry ? *entry : std::nullopt;
    }

    sync::SaleRecorder& recorder() { return m_counter->recorder(); }

private Q_SLOTS:
    void cleanup()
    {
        if (m_counter) {
            m_counter->server().verifyLedgerIsSound();
        }
        m_counter.reset();
    }

    void confirmedSaleCarriesTheServersBalance()
    {
        QVERIFY(start());
        QSignalSpy settled(&recorder(), &sync::SaleRecorder::saleSettled);
        auto sale = recorder().recordEarn(m_counter->merchant(),
                                          QStringLiteral(" %1 ").arg(m_counter->customerId().toUpper()),
                                          core::Paise(45000));
        QVERIFY2(sale.ok(), qPrintable(sale.ok() ? QString() : sale.error().message));
        QCOMPARE(sale->status, sync::SaleStatus::Pending);
        QCOMPARE(sale->customerId, m_counter->customerId());
        QCOMPARE(sale->coinsEarnedLocal, core::Coins(22));
        // Committed before any answer could arrive.
        QCOMPARE(stored(sale->clientTxnId)->status, sync::SaleStatus::Pending);

        QTRY_COMPARE(settled.count(), 1);
        const auto done = settled.at(0).at(0).value<sync::CounterSale>();
        QCOMPARE(done.status, sync::SaleStatus::Confirmed);
        QCOMPARE(done.serverCoinsEarned, std::optional(core::Coins(22)));
        QCOMPARE(done.customerBalance, std::optional(core::Coins(22)));
        QVERIFY(!done.serverTxnId.isEmpty());
        QCOMPARE(stored(sale->clientTxnId)->status, sync::SaleStatus::Confirmed);
        QCOMPARE(m_counter->server().rowCount(QStringLiteral("transactions")).valueOr(-1), 1);
        const auto row = outboxEntry(sale->clientTxnId);
        QCOMPARE(row->status, sync::OutboxStatus::Accepted);
        QCOMPARE(row->serverTxnId, done.serverTxnId);
        QTRY_COMPARE(m_counter->uploader().state().queued, 0);
        QVERIFY(m_counter->uploader().state().online);
        QVERIFY(m_counter->uploader().state().lastSuccess.isValid());
    }

    // Every action is one local transaction: the sale (or void) and its outbox row, chained in order.
    void actionsQueueInOneChainedOutbox()
    {
        QVERIFY(start());
        m_counter->cutTheNetwork();
        auto first =
            recorder().recordEarn(m_counter->merchant(), m_counter->customerId(), core::Paise(10000));
        auto second =
            recorder().recordEarn(m_counter->merchant(), m_counter->customerId(), core::Paise(20000));
        QVERIFY(first.ok() && second.ok());
        auto voided = recorder().recordVoid(first->clientTxnId, QStringLiteral("wrong amount"));
        QVERIFY2(voided.ok(), qPrintable(voided.ok() ? QString() : voided.error().message));
        QCOMPARE(stored(first->clientTxnId)->voidedBy, *voided);
        QCOMPARE(stored(first->clientTxnId)->voidReason, QStringLiteral("wrong amount"));

        auto rows =
            sync::OutboxRepository(m_counter->store().database()).rows(m_counter->device().deviceId, {1, 3});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).previousHash, core::SyncBatchCodec::genesisHash());
        for (qsizetype i = 0; i < rows->size(); ++i) {
            QCOMPARE(rows->at(i).sequence, i + 1);
        }
        QVERIFY(core::SyncBatchCodec::checkChain(*rows).ok());
        QCOMPARE(rows->at(2).type, core::OutboxRowType::Void);
        QCOMPARE(rows->at(2).voidsClientTxnId, first->clientTxnId);

        // A second void of the same sale is refused and queues nothing.
        auto again = recorder().recordVoid(first->clientTxnId, QStringLiteral("twice"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("sale_not_voidable"));
        QCOMPARE(sync::OutboxRepository(m_counter->store().database()).queuedCountAll().valueOr(-1), 3);

        QSignalSpy drained(&m_counter->uploader(), &sync::SyncUploader::drained);
        m_counter->restoreTheNetwork();
        QTRY_VERIFY(drained.count() > 0);
        QCOMPARE(outboxEntry(*voided)->status, sync::OutboxStatus::Accepted);
        QCOMPARE(stored(second->clientTxnId)->status, sync::SaleStatus::Confirmed);
        // ₹200 at 5 coins per ₹100; the voided ₹100 sale's 5 coins were taken back.
        QCOMPARE(m_counter->customerBalance(), 10);
    }

    void withoutADeviceNothingIsRecorded()
    {
        QVERIFY(start());
        recorder().setDeviceId({});
        auto sale = recorder().recordEarn(m_counter->merchant(), m_counter->customerId(), core::Paise(10000));
        QVERIFY(!sale.ok());
        QCOMPARE(sale.error().code, QStringLiteral("device_not_enrolled"));
        auto recent =
            sync::CounterSaleRepository(m_counter->store().database()).recent(m_counter->merchant().id, 10);
        QVERIFY(recent.ok() && recent->isEmpty());
    }

    void spendsAreBoundedAndTakenOnce_data()
    {
        QTest::addColumn<qint64>("bill");
        QTest::addColumn<qint64>("coins");
        QTest::addColumn<QString>("code");
        QTest::newRow("within the cap") << qint64(50000) << qint64(100) << "";
        QTest::newRow("over the 20% cap") << qint64(10000) << qint64(21) << "spend_over_cap";
        QTest::newRow("no coins") << qint64(10000) << qint64(0) << "invalid_coins";
    }

    void spendsAreBoundedAndTakenOnce()
    {
        QFETCH(qint64, bill);
        QFETCH(qint64, coins);
        QFETCH(QString, code);
        QVERIFY(start());
        m_counter->cutTheNetwork();
        const QString token = QStringLiteral("bsp1.test-token");
        auto sale = recorder().recordSpend(m_counter->merchant(), m_counter->customerId(), core::Paise(bill),
                                           core::Coins(coins), token);
        if (!code.isEmpty()) {
            QVERIFY(!sale.ok());
            QCOMPARE(sale.error().code, code);
            QCOMPARE(sync::OutboxRepository(m_counter->store().database()).queuedCountAll().valueOr(-1), 0);
            return;
        }
        QVERIFY(sale.ok());
        // Earn is on the ₹400 paid in money.
        QCOMPARE(sale->coinsEarnedLocal, core::Coins(20));
        QCOMPARE(outboxEntry(sale->clientTxnId)->row.type, core::OutboxRowType::Spend);
        QCOMPARE(outboxEntry(sale->clientTxnId)->row.spendToken, token);
        auto again = recorder().recordSpend(m_counter->merchant(), m_counter->customerId(), core::Paise(bill),
                                            core::Coins(coins), token);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("spend_token_used_here"));
        QCOMPARE(sync::OutboxRepository(m_counter->store().database()).queuedCountAll().valueOr(-1), 1);
    }

    void refusalIsFinal_data()
    {
        QTest::addColumn<bool>("approved");
        QTest::addColumn<bool>("knownCustomer");
        QTest::newRow("unknown customer") << true << false;
        QTest::newRow("shop not approved") << false << true;
    }

    void refusalIsFinal()
    {
        QFETCH(bool, approved);
        QFETCH(bool, knownCustomer);
        QVERIFY(start(approved));
        QSignalSpy settled(&recorder(), &sync::SaleRecorder::saleSettled);
        auto sale = recorder().recordEarn(m_counter->merchant(),
                                          knownCustomer ? m_counter->customerId() : core::Ids::newId(),
                                          core::Paise(10000));
        QVERIFY(sale.ok());
        QTRY_COMPARE(settled.count(), 1);
        const auto done = settled.at(0).at(0).value<sync::CounterSale>();
        QCOMPARE(done.status, sync::SaleStatus::Rejected);
        QVERIFY(!done.errorCode.isEmpty());
        QCOMPARE(outboxEntry(sale->clientTxnId)->reason, done.errorCode);
        QCOMPARE(m_counter->server().rowCount(QStringLiteral("transactions")).valueOr(-1), 0);
        // The refused row is in the merchant's reconciliation list.
        auto rejected =
            sync::OutboxRepository(m_counter->store().database()).rejected(m_counter->device().deviceId, 10);
        QVERIFY(rejected.ok());
        QCOMPARE(rejected->size(), 1);
        QCOMPARE(rejected->constFirst().row.clientTxnId, sale->clientTxnId);
    }

    void outageKeepsTheSalePending()
    {
        QVERIFY(start());
        m_counter->cutTheNetwork();
        auto sale = recorder().recordEarn(m_counter->merchant(), m_counter->customerId(), core::Paise(10000));
        QVERIFY(sale.ok());
        QTRY_VERIFY(m_counter->uploader().state().lastError.has_value());
        QCOMPARE(m_counter->uploader().state().lastError->code, QStringLiteral("network_unreachable"));
        QCOMPARE(m_counter->uploader().state().online, false);
        QCOMPARE(m_counter->uploader().state().queued, 1);
        QCOMPARE(stored(sale->clientTxnId)->status, sync::SaleStatus::Pending);

        QSignalSpy settled(&recorder(), &sync::SaleRecorder::saleSettled);
        m_counter->restoreTheNetwork();
        QTRY_COMPARE(settled.count(), 1);
        QCOMPARE(stored(sale->clientTxnId)->status, sync::SaleStatus::Confirmed);
        QCOMPARE(m_counter->uploader().state().online, true);
        QCOMPARE(m_counter->uploader().state().queued, 0);
        QVERIFY(!m_counter->uploader().state().lastError.has_value());
    }

    void badInputRecordsNothing_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<qint64>("bill");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty id") << "" << qint64(100) << "invalid_customer_id";
        QTest::newRow("not a uuid") << "12345" << qint64(100) << "invalid_customer_id";
        QTest::newRow("zero bill") << "CUSTOMER" << qint64(0) << "invalid_amount";
        QTest::newRow("negative bill") << "CUSTOMER" << qint64(-100) << "invalid_amount";
    }

    void badInputRecordsNothing()
    {
        QFETCH(QString, customer);
        QFETCH(qint64, bill);
        QFETCH(QString, code);
        QVERIFY(start());
        if (customer == QLatin1String("CUSTOMER")) {
            customer = m_counter->customerId();
        }
        auto sale = recorder().recordEarn(m_counter->merchant(), customer, core::Paise(bill));
        QVERIFY(!sale.ok());
        QCOMPARE(sale.error().code, code);
        auto recent =
            sync::CounterSaleRepository(m_counter->store().database()).recent(m_counter->merchant().id, 10);
        QVERIFY(recent.ok() && recent->isEmpty());
        QCOMPARE(sync::OutboxRepository(m_counter->store().database()).queuedCountAll().valueOr(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TestSaleRecorder)
#include "tst_sale_recorder.moc"
