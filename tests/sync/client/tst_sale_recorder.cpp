#include "core/ids/ids.h"
#include "sync/client/counter_sale_repository.h"
#include "sync/client/sale_recorder.h"
#include "tests/sync/support/counter_fixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace baartal;
using testsupport::CounterFixture;

// SaleRecorder between a real counter store on disk and a real server in the test process.
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

    sync::SaleRecorder& recorder() { return m_counter->recorder(); }

private Q_SLOTS:
    void cleanup()
    {
        if (m_counter) {
            m_counter->server().verifyLedgerIsSound();
        }
        m_counter.reset();
    }

    void finalRefusals_data()
    {
        QTest::addColumn<core::ErrorKind>("kind");
        QTest::addColumn<bool>("final");
        QTest::newRow("invalid") << core::ErrorKind::Invalid << true;
        QTest::newRow("forbidden") << core::ErrorKind::Forbidden << true;
        QTest::newRow("not found") << core::ErrorKind::NotFound << true;
        QTest::newRow("conflict") << core::ErrorKind::Conflict << true;
        QTest::newRow("unprocessable") << core::ErrorKind::Unprocessable << true;
        QTest::newRow("unauthenticated") << core::ErrorKind::Unauthenticated << false;
        QTest::newRow("rate limited") << core::ErrorKind::RateLimited << false;
        QTest::newRow("unavailable") << core::ErrorKind::Unavailable << false;
        QTest::newRow("internal") << core::ErrorKind::Internal << false;
    }

    void finalRefusals()
    {
        QFETCH(core::ErrorKind, kind);
        QFETCH(bool, final);
        QCOMPARE(sync::SaleRecorder::isFinalRefusal({kind, QStringLiteral("x"), QStringLiteral("x")}), final);
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
        QVERIFY(!done.errorMessage.isEmpty());
        QCOMPARE(m_counter->server().rowCount(QStringLiteral("transactions")).valueOr(-1), 0);
    }

    void outageKeepsTheSalePending()
    {
        QVERIFY(start());
        m_counter->cutTheNetwork();
        QSignalSpy pending(&recorder(), &sync::SaleRecorder::saleKeptPending);
        auto sale = recorder().recordEarn(m_counter->merchant(), m_counter->customerId(), core::Paise(10000));
        QVERIFY(sale.ok());
        QTRY_COMPARE(pending.count(), 1);
        QCOMPARE(pending.at(0).at(1).value<core::Error>().code, QStringLiteral("network_unreachable"));
        QCOMPARE(stored(sale->clientTxnId)->status, sync::SaleStatus::Pending);
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
    }
};

QTEST_GUILESS_MAIN(TestSaleRecorder)
#include "tst_sale_recorder.moc"
