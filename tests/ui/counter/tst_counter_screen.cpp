#include "core/ids/ids.h"
#include "core/time/clock.h"
#include "sync/client/counter_sale_repository.h"
#include "tests/sync/support/counter_fixture.h"
#include "ui/counter/counter_screen.h"

#include <QJsonArray>
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
    QString customerCard() const
    {
        return m_screen->findChild<QLabel*>(QStringLiteral("customerCard"))->text();
    }

    // 100 coins for the customer: a ₹2,000 bill at 5 per ₹100 through the online earn route.
    void giveTheCustomerCoins()
    {
        const auto earned = m_counter->server().api().post(
            QStringLiteral("/api/v1/merchant/earn"),
            {{QStringLiteral("customer_id"), m_customerId}, {QStringLiteral("bill_amount"), 2000}},
            m_counter->server().login(testsupport::ServerFixture::kMerchantLogin));
        QCOMPARE(earned.status, 201);
    }

    // The shop's reference as the counter caches it: the server's real keys, and the customer's balance.
    sync::ReferenceData reference(qint64 balance)
    {
        const auto keys = m_counter->server().api().get(QStringLiteral("/api/v1/keys"));
        const sync::MerchantProfile& shop = m_counter->merchant();
        const QJsonObject data{
            {QStringLiteral("generated_at"), m_counter->server().clock().now().toString(Qt::ISODateWithMs)},
            {QStringLiteral("merchant"), QJsonObject{{QStringLiteral("id"), shop.id},
                                                     {QStringLiteral("business_name"), shop.businessName},
                                                     {QStringLiteral("category"), shop.category},
                                                     {QStringLiteral("issue_rate"), shop.issueRate},
                                                     {QStringLiteral("spend_cap_percent"), QJsonValue()},
                                                     {QStringLiteral("approved"), shop.approved},
                                                     {QStringLiteral("status"), QStringLiteral("approved")}}},
            {QStringLiteral("server_keys"), keys.data().value(QStringLiteral("keys"))},
            {QStringLiteral("revoked_devices"), QJsonArray()},
            {QStringLiteral("revoked_spend_tokens"), QJsonArray()},
            {QStringLiteral("recent_customers"),
             QJsonArray{QJsonObject{{QStringLiteral("customer_id"), m_customerId},
                                    {QStringLiteral("name_masked"), QStringLiteral("cu•••@example.in")},
                                    {QStringLiteral("balance"), balance},
                                    {QStringLiteral("last_visit_at"), QJsonValue()}}}}};
        auto parsed = sync::ReferenceData::fromJson(data);
        return parsed ? *parsed : sync::ReferenceData();
    }

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

        QTRY_VERIFY2(
            outcome().contains(QStringLiteral("earned 61 B-Coins on ₹1,234.50. New balance: 61 B-Coins.")),
            qPrintable(outcome()));
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

    void secondSaleAddsToTheBalance()
    {
        typeSale(m_customerId, QStringLiteral("200"));
        QTRY_VERIFY2(outcome().contains(QStringLiteral("earned 10 B-Coins")), qPrintable(outcome()));
        typeSale(m_customerId, QStringLiteral("450.00"));
        QTRY_VERIFY2(
            outcome().contains(QStringLiteral("earned 22 B-Coins on ₹450.00. New balance: 32 B-Coins.")),
            qPrintable(outcome()));
        QCOMPARE(m_counter->customerBalance(), 32);
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

    void spendTokenSaleByKeyboard()
    {
        giveTheCustomerCoins();
        const QString token = m_counter->customerToken(40);
        QVERIFY(!token.isEmpty());
        m_screen->setReference(reference(60));

        QTest::keyClicks(customerField(), token);
        QTest::keyClick(customerField(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), billField());
        QVERIFY2(customerCard().contains(QStringLiteral("60 B-Coins as of")), qPrintable(customerCard()));
        QVERIFY2(
            customerCard().contains(QStringLiteral("Spend QR: redeems 40 B-Coins; this shop allows up to 20% "
                                                   "of the bill.")),
            qPrintable(customerCard()));
        QTest::keyClicks(billField(), QStringLiteral("100"));
        QCOMPARE(preview(),
                 QStringLiteral("40 B-Coins is more than this shop allows on ₹100.00 (up to 20 B-Coins)."));
        QTest::keyClicks(billField(), QStringLiteral("0"));
        QCOMPARE(preview(),
                 QStringLiteral("₹1,000.00 less 40 B-Coins: the customer pays ₹960.00 and earns 48 B-Coins"));
        QTest::keyClick(billField(), Qt::Key_Return);
        QVERIFY2(outcome().contains(QStringLiteral("redeeming 40 B-Coins: collect ₹960.00")),
                 qPrintable(outcome()));

        QTRY_VERIFY2(
            outcome().contains(QStringLiteral("earned 48 B-Coins on ₹1,000.00. New balance: 108 B-Coins.")),
            qPrintable(outcome()));
        QCOMPARE(m_counter->customerBalance(), 100 - 40 + 48);
        const auto sales = storedSales();
        QCOMPARE(sales.size(), 1);
        QCOMPARE(sales[0].status, sync::SaleStatus::Confirmed);
        QCOMPARE(sales[0].redeemCoins, core::Coins(40));
        QCOMPARE(sales[0].spendToken, token);
        QCOMPARE(QApplication::focusWidget(), customerField());

        // The same QR again at this counter is refused before anything is recorded.
        QTest::keyClicks(customerField(), token);
        QTest::keyClick(customerField(), Qt::Key_Return);
        QVERIFY2(outcome().contains(QStringLiteral("this counter already took that spend QR")),
                 qPrintable(outcome()));
        QCOMPARE(QApplication::focusWidget(), customerField());
        QCOMPARE(storedSales().size(), 1);
    }

    void spendOverTheCapIsNotRecorded()
    {
        giveTheCustomerCoins();
        m_screen->setReference(reference(100));
        typeSale(m_counter->customerToken(40), QStringLiteral("150"));
        QVERIFY2(outcome().contains(QStringLiteral("not recorded")), qPrintable(outcome()));
        QVERIFY(storedSales().isEmpty());
    }

    void identityQrNamesTheCustomer()
    {
        m_screen->setReference(reference(0));
        typeSale(m_counter->customerToken(0), QStringLiteral("200"));
        QTRY_VERIFY2(outcome().contains(QStringLiteral("earned 10 B-Coins")), qPrintable(outcome()));
        QCOMPARE(storedSales().at(0).customerId, m_customerId);
        QCOMPARE(m_counter->customerBalance(), 10);
    }

    void qrIsRefusedWithoutTheServerKeys()
    {
        QTest::keyClicks(customerField(), m_counter->customerToken(0));
        QTest::keyClick(customerField(), Qt::Key_Return);
        QVERIFY2(outcome().contains(QStringLiteral("a key this counter does not know")),
                 qPrintable(outcome()));
        QCOMPARE(QApplication::focusWidget(), customerField());
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
