#include "core/ids/ids.h"
#include "sync/client/counter_sale_repository.h"
#include "tests/sync/support/counter_fixture.h"
#include "ui/counter/counter_screen.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace baartal;
using testsupport::CounterFixture;

// The counter screen against a real server in the test process and a real counter store on disk,
// driven with keystrokes as a cashier would.
class TestCounterScreen : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CounterFixture> m_counter;
    std::unique_ptr<ui::CounterScreen> m_screen;
    QString m_customerId;

    QLineEdit* customerField() const { return m_screen->findChild<QLineEdit*>(QStringLiteral("customer")); }
    QLineEdit* billField() const { return m_screen->findChild<QLineEdit*>(QStringLiteral("bill")); }
    QString outcome() const { return m_screen->findChild<QLabel*>(QStringLiteral("outcome"))->text(); }
    QString preview() const { return m_screen->findChild<QLabel*>(QStringLiteral("preview"))->text(); }
    QListWidget* recent() const { return m_screen->findChild<QListWidget*>(QStringLiteral("recent")); }

    void typeSale(const QString& customer, const QString& bill)
    {
        QTest::keyClicks(customerField(), customer);
        QTest::keyClick(customerField(), Qt::Key_Return);
        QTest::keyClicks(billField(), bill);
        QTest::keyClick(billField(), Qt::Key_Return);
    }

    QList<sync::CounterSale> storedSales()
    {
        auto sales =
            sync::CounterSaleRepository(m_counter->store().database()).recent(m_counter->merchant().id, 100);
        return sales ? *sales : QList<sync::CounterSale>();
    }

private Q_SLOTS:
    void init()
    {
        auto fixture = CounterFixture::start(5);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_counter = std::move(*fixture);
        m_customerId = m_counter->customerId();
        m_screen = std::make_unique<ui::CounterScreen>(m_counter->store(), m_counter->recorder());
        m_screen->setMerchant(m_counter->merchant());
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    }

    void cleanup()
    {
        m_screen.reset();
        if (m_counter) {
            m_counter->server().verifyLedgerIsSound();
        }
        m_counter.reset();
    }

    void keyboardSaleCreditsTheCustomer()
    {
        QCOMPARE(QApplication::focusWidget(), customerField());
        QTest::keyClicks(customerField(), m_customerId.toUpper());
        QTest::keyClick(customerField(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), billField());
        QTest::keyClicks(billField(), QStringLiteral("1234.50"));
        QCOMPARE(preview(), QStringLiteral("₹1,234.50 earns 61 B-Coins"));
        QTest::keyClick(billField(), Qt::Key_Return);

        QTRY_VERIFY2(outcome().contains(QStringLiteral("New balance: 61 B-Coins")), qPrintable(outcome()));
        QVERIFY(outcome().contains(QStringLiteral("earned 61 B-Coins on ₹1,234.50")));
        QCOMPARE(m_counter->customerBalance(), 61);
        const auto sales = storedSales();
        QCOMPARE(sales.size(), 1);
        QCOMPARE(sales[0].status, sync::SaleStatus::Confirmed);
        QCOMPARE(sales[0].customerId, m_customerId);
        QCOMPARE(sales[0].bill, core::Paise(123450));
        QCOMPARE(sales[0].coinsEarnedLocal, core::Coins(61));
        QCOMPARE(sales[0].serverCoinsEarned, std::optional(core::Coins(61)));
        QCOMPARE(recent()->count(), 1);
        QVERIFY(recent()->item(0)->text().contains(QStringLiteral("+61 B-Coins")));
        // Ready for the next customer.
        QVERIFY(customerField()->text().isEmpty());
        QVERIFY(billField()->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), customerField());
    }

    void secondSaleShowsTheRunningBalance()
    {
        typeSale(m_customerId, QStringLiteral("200"));
        QTRY_VERIFY2(outcome().contains(QStringLiteral("New balance: 10 B-Coins")), qPrintable(outcome()));
        typeSale(m_customerId, QStringLiteral("450.00"));
        QTRY_VERIFY2(outcome().contains(QStringLiteral("New balance: 32 B-Coins")), qPrintable(outcome()));
        QCOMPARE(recent()->count(), 2);
        QVERIFY(recent()->item(0)->text().contains(QStringLiteral("₹450.00")));
    }

    void badInputIsRefusedBeforeAnythingIsRecorded_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("bill");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not an id") << "12345"
                                   << ""
                                   << "is not a customer id";
        QTest::newRow("three decimals") << "CUSTOMER"
                                        << "1.234"
                                        << "is not an amount in rupees";
        QTest::newRow("negative") << "CUSTOMER"
                                  << "-5"
                                  << "is not an amount in rupees";
        QTest::newRow("exponent") << "CUSTOMER"
                                  << "1e3"
                                  << "is not an amount in rupees";
        QTest::newRow("empty bill") << "CUSTOMER"
                                    << ""
                                    << "is not an amount in rupees";
        QTest::newRow("zero") << "CUSTOMER"
                              << "0"
                              << "must be more than zero";
    }

    void badInputIsRefusedBeforeAnythingIsRecorded()
    {
        QFETCH(QString, customer);
        QFETCH(QString, bill);
        QFETCH(QString, expected);
        if (customer == QLatin1String("CUSTOMER")) {
            customer = m_customerId;
        }
        typeSale(customer, bill);
        QVERIFY2(outcome().contains(expected), qPrintable(outcome()));
        QVERIFY(storedSales().isEmpty());
        QCOMPARE(m_counter->server().rowCount(QStringLiteral("transactions")).valueOr(-1), 0);
    }

    void unknownCustomerIsRefusedByTheServer()
    {
        typeSale(core::Ids::newId(), QStringLiteral("100"));
        QTRY_VERIFY2(outcome().contains(QStringLiteral("refused")), qPrintable(outcome()));
        const auto sales = storedSales();
        QCOMPARE(sales.size(), 1);
        QCOMPARE(sales[0].status, sync::SaleStatus::Rejected);
        QVERIFY(!sales[0].errorCode.isEmpty());
        QVERIFY(recent()->item(0)->text().contains(QStringLiteral("refused")));
    }

    void saleDuringAnOutageStaysPendingAtTheCounter()
    {
        m_counter->cutTheNetwork();
        typeSale(m_customerId, QStringLiteral("300"));
        QTRY_VERIFY2(outcome().contains(QStringLiteral("as soon as it can")), qPrintable(outcome()));
        const auto sales = storedSales();
        QCOMPARE(sales.size(), 1);
        QCOMPARE(sales[0].status, sync::SaleStatus::Pending);
        QCOMPARE(sales[0].coinsEarnedLocal, core::Coins(15));
        QVERIFY(recent()->item(0)->text().contains(QStringLiteral("pending (15 B-Coins expected)")));
        QCOMPARE(m_counter->customerBalance(), 0);
    }

    void escapeAbandonsTheSaleInProgress()
    {
        QTest::keyClicks(customerField(), m_customerId);
        QTest::keyClick(customerField(), Qt::Key_Return);
        QTest::keyClicks(billField(), QStringLiteral("99"));
        QTest::keyClick(billField(), Qt::Key_Escape);
        QVERIFY(customerField()->text().isEmpty());
        QVERIFY(billField()->text().isEmpty());
        QVERIFY(preview().isEmpty());
        QCOMPARE(QApplication::focusWidget(), customerField());
        QVERIFY(storedSales().isEmpty());
    }
};

QTEST_MAIN(TestCounterScreen)
#include "tst_counter_screen.moc"
