#include "core/ids/ids.h"
#include "core/time/clock.h"
#include "sync/client/counter_sale_repository.h"
#include "tests/sync/support/counter_fixture.h"
#include "ui/counter/amount_edit.h"
#include "ui/counter/counter_screen.h"
#include "ui/counter/customer_card.h"
#include "ui/counter/waiting_customers_panel.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
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
    QSpinBox* redeemBox() const { return m_screen->findChild<QSpinBox*>(QStringLiteral("redeem")); }
    QString redeemHint() const { return m_screen->findChild<QLabel*>(QStringLiteral("redeemHint"))->text(); }
    ui::WaitingCustomersPanel* waiting() const
    {
        return m_screen->findChild<ui::WaitingCustomersPanel*>(QStringLiteral("waiting"));
    }
    QListWidget* waitingList() const
    {
        return m_screen->findChild<QListWidget*>(QStringLiteral("waitingList"));
    }
    QString waitingStatus() const
    {
        return m_screen->findChild<QLabel*>(QStringLiteral("waitingStatus"))->text();
    }
    QString outcome() const { return m_screen->findChild<QLabel*>(QStringLiteral("outcome"))->text(); }
    QString preview() const { return m_screen->findChild<QLabel*>(QStringLiteral("preview"))->text(); }
    QString customerCard() const
    {
        return m_screen->findChild<ui::CustomerCard*>(QStringLiteral("customerCard"))->text();
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

    // Asks the server until the waiting list shows `count` customers.
    bool waitForWaiting(int count)
    {
        for (int attempt = 0; attempt < 20; ++attempt) {
            QSignalSpy refreshed(waiting(), &ui::WaitingCustomersPanel::refreshed);
            waiting()->refresh();
            if (!refreshed.wait(5000)) {
                return false;
            }
            if (waitingList()->count() == count) {
                return true;
            }
        }
        return false;
    }

    // The customer checks in at the shop with their phone.
    void checkIn()
    {
        const auto scanned = m_counter->server().api().post(
            QStringLiteral("/api/v1/scan"), {{QStringLiteral("merchant_id"), m_counter->merchant().id}},
            m_counter->server().login(testsupport::ServerFixture::kCustomerLogin));
        QVERIFY(scanned.status == 201);
    }

    // The customer asks, from the phone, to spend `coins` at the shop.
    void askToSpend(qint64 coins)
    {
        const auto asked = m_counter->server().api().post(
            QStringLiteral("/api/v1/wallet/spend-requests"),
            {{QStringLiteral("merchant_id"), m_counter->merchant().id}, {QStringLiteral("coins"), coins}},
            m_counter->server().login(testsupport::ServerFixture::kCustomerLogin));
        QCOMPARE(asked.status, 201);
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
        m_screen =
            std::make_unique<ui::CounterScreen>(m_counter->store(), m_counter->recorder(), m_counter->api());
        m_screen->setMerchant(m_counter->merchant());
        m_screen->setSyncState(m_counter->uploader().state());
        connect(&m_counter->uploader(), &sync::SyncUploader::stateChanged, m_screen.get(),
                &ui::CounterScreen::setSyncState);
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
        QVERIFY2(customerCard().contains(QStringLiteral("No recent balance at this counter")),
                 qPrintable(customerCard()));
        QTest::keyClicks(billField(), QStringLiteral("1234.50"));
        QCOMPARE(billField()->text(), QStringLiteral("1,234.50"));
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
        const auto sales = storedSales();
        QCOMPARE(sales.size(), 2);
        QCOMPARE(sales[0].bill, core::Paise(45000));
    }

    void badInputIsRefusedBeforeAnythingIsRecorded_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("bill");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not an id") << "12345"
                                   << ""
                                   << "is not a customer id";
        QTest::newRow("no digits typed") << "CUSTOMER"
                                         << "-e,x"
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
        QCOMPARE(m_counter->customerBalance(), 0);
    }

    // The whole sale by keyboard and scanner: the identity QR, the bill, the customer's spend QR bounded by
    // the shop's cap, Enter; committed at the counter and synced, the coins not redeemed freed.
    void fullSaleWithASpendQrBoundedByTheCap()
    {
        giveTheCustomerCoins();
        const QString token = m_counter->customerToken(40);
        QVERIFY(!token.isEmpty());
        m_screen->setReference(reference(60));
        QSignalSpy recorded(m_screen.get(), &ui::CounterScreen::saleRecorded);

        m_screen->takeCode(m_counter->customerToken(0));
        QCOMPARE(QApplication::focusWidget(), billField());
        QVERIFY2(customerCard().contains(QStringLiteral("cu•••@example.in")), qPrintable(customerCard()));
        QVERIFY2(customerCard().contains(QStringLiteral("Balance 60 B-Coins · as of ")),
                 qPrintable(customerCard()));
        QTRY_VERIFY2(customerCard().endsWith(QStringLiteral(" · online")), qPrintable(customerCard()));
        QVERIFY(!redeemBox()->isEnabled());

        QTest::keyClicks(billField(), QStringLiteral("1000"));
        QCOMPARE(billField()->text(), QStringLiteral("1,000"));
        // The same customer's spend QR joins the bill being typed.
        m_screen->takeCode(token);
        QCOMPARE(billField()->text(), QStringLiteral("1,000"));
        QVERIFY(redeemBox()->isEnabled());
        QCOMPARE(redeemBox()->value(), 40);
        QCOMPARE(preview(),
                 QStringLiteral("₹1,000.00 less 40 B-Coins: the customer pays ₹960.00 and earns 48 B-Coins"));

        // A ₹100 bill allows 20 of the 40: the redeem is clamped and the hint says why.
        billField()->selectAll();
        QTest::keyClicks(billField(), QStringLiteral("100"));
        QCOMPARE(redeemBox()->value(), 20);
        QCOMPARE(redeemBox()->maximum(), 20);
        QVERIFY2(
            redeemHint().contains(QStringLiteral("at most 20 on ₹100.00 (this shop allows 20% of the bill)")),
            qPrintable(redeemHint()));
        QTest::keyClick(billField(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), redeemBox());
        redeemBox()->selectAll();
        QTest::keyClicks(redeemBox(), QStringLiteral("30"));
        QVERIFY(redeemBox()->value() <= 20);
        redeemBox()->selectAll();
        QTest::keyClicks(redeemBox(), QStringLiteral("15"));
        QCOMPARE(redeemBox()->value(), 15);
        QCOMPARE(preview(),
                 QStringLiteral("₹100.00 less 15 B-Coins: the customer pays ₹85.00 and earns 4 B-Coins"));
        QTest::keyClick(redeemBox(), Qt::Key_Return);
        QVERIFY2(outcome().contains(QStringLiteral("redeeming 15 B-Coins: collect ₹85.00")),
                 qPrintable(outcome()));
        QCOMPARE(recorded.count(), 1);
        QCOMPARE(recorded.at(0).at(0).value<sync::CounterSale>().redeemCoins, core::Coins(15));

        QTRY_VERIFY2(outcome().contains(QStringLiteral("earned 4 B-Coins on ₹100.00")),
                     qPrintable(outcome()));
        // 100 − 15 redeemed + 4 earned; the token's other 25 coins are the customer's again.
        QCOMPARE(m_counter->customerBalance(), 100 - 15 + 4);
        const auto sales = storedSales();
        QCOMPARE(sales.size(), 1);
        QCOMPARE(sales[0].status, sync::SaleStatus::Confirmed);
        QCOMPARE(sales[0].redeemCoins, core::Coins(15));
        QCOMPARE(sales[0].spendToken, token);
        QCOMPARE(QApplication::focusWidget(), customerField());

        // The same QR again at this counter is refused before anything is recorded.
        m_screen->takeCode(token);
        QVERIFY2(outcome().contains(QStringLiteral("this counter already took that spend QR")),
                 qPrintable(outcome()));
        QCOMPARE(QApplication::focusWidget(), customerField());
        QCOMPARE(storedSales().size(), 1);
    }

    void anotherCustomersCodeDoesNotReplaceTheBill()
    {
        auto other = m_counter->server().registerCustomer(QStringLiteral("ravi@example.in"));
        QVERIFY(other.ok());
        m_screen->takeCode(m_customerId);
        QTest::keyClicks(billField(), QStringLiteral("500"));
        m_screen->takeCode(*other);
        QVERIFY2(outcome().contains(QStringLiteral("is being entered")), qPrintable(outcome()));
        QCOMPARE(customerField()->text(), m_customerId);
        QCOMPARE(billField()->text(), QStringLiteral("500"));
        // A code that cannot be taken leaves the bill alone too.
        m_screen->takeCode(QStringLiteral("bid1.garbage"));
        QCOMPARE(billField()->text(), QStringLiteral("500"));
        QCOMPARE(customerField()->text(), m_customerId);

        QTest::keyClick(billField(), Qt::Key_Escape);
        m_screen->takeCode(*other);
        QCOMPARE(customerField()->text(), *other);
        QVERIFY2(customerCard().contains(ui::CustomerCard::shortId(*other)), qPrintable(customerCard()));
        QTest::keyClicks(billField(), QStringLiteral("200"));
        QTest::keyClick(billField(), Qt::Key_Return);
        QCOMPARE(storedSales().size(), 1);
        QCOMPARE(storedSales().at(0).customerId, *other);
    }

    void checkinFromTheWaitingListStartsASale()
    {
        giveTheCustomerCoins();
        checkIn();
        QVERIFY(waitForWaiting(1));
        QVERIFY2(waitingList()->item(0)->text().contains(QStringLiteral("balance 100 B-Coins")),
                 qPrintable(waitingList()->item(0)->text()));
        QTest::keyClick(m_screen.get(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), waitingList());
        QTest::keyClick(waitingList(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), billField());
        QCOMPARE(customerField()->text(), m_customerId);
        QVERIFY2(customerCard().contains(QStringLiteral("Balance 100 B-Coins")), qPrintable(customerCard()));
        QTest::keyClicks(billField(), QStringLiteral("200"));
        QTest::keyClick(billField(), Qt::Key_Return);
        QTRY_VERIFY2(outcome().contains(QStringLiteral("earned 10 B-Coins")), qPrintable(outcome()));
        QCOMPARE(m_counter->customerBalance(), 110);
        QCOMPARE(storedSales().size(), 1);
    }

    void spendRequestIsConfirmedOnline()
    {
        giveTheCustomerCoins();
        askToSpend(30);
        QVERIFY(waitForWaiting(1));
        QSignalSpy recorded(m_screen.get(), &ui::CounterScreen::saleRecorded);
        QTest::keyClick(m_screen.get(), Qt::Key_F6);
        QTest::keyClick(waitingList(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), billField());
        QCOMPARE(redeemBox()->value(), 30);
        QVERIFY(redeemBox()->isReadOnly());
        // 20% of ₹100 is 20 coins: refused here before the server is asked.
        QTest::keyClicks(billField(), QStringLiteral("100"));
        QTest::keyClick(billField(), Qt::Key_Return);
        QVERIFY2(outcome().contains(QStringLiteral("more than this shop allows")), qPrintable(outcome()));
        billField()->selectAll();
        QTest::keyClicks(billField(), QStringLiteral("500"));
        QTest::keyClick(billField(), Qt::Key_Return);
        // 100 − 30 + 23 earned on the ₹470 paid in money.
        QTRY_VERIFY2(outcome().contains(QStringLiteral("New balance: 93 B-Coins")), qPrintable(outcome()));
        QVERIFY2(outcome().contains(QStringLiteral("redeemed 30 B-Coins and earned 23 B-Coins on ₹500.00: "
                                                   "collect ₹470.00")),
                 qPrintable(outcome()));
        QCOMPARE(m_counter->customerBalance(), 93);
        QCOMPARE(recorded.count(), 1);
        const auto sales = storedSales();
        QCOMPARE(sales.size(), 1);
        QCOMPARE(sales[0].status, sync::SaleStatus::Confirmed);
        QCOMPARE(sales[0].redeemCoins, core::Coins(30));
        QCOMPARE(sales[0].customerBalance, std::optional(core::Coins(93)));
        QCOMPARE(m_counter->uploader().state().queued, 0);
        QVERIFY(waitForWaiting(0));
    }

    void spendRequestNeedsTheServer()
    {
        giveTheCustomerCoins();
        askToSpend(30);
        QVERIFY(waitForWaiting(1));
        QTest::keyClick(m_screen.get(), Qt::Key_F6);
        QTest::keyClick(waitingList(), Qt::Key_Return);
        m_counter->cutTheNetwork();
        QTest::keyClicks(billField(), QStringLiteral("500"));
        QTest::keyClick(billField(), Qt::Key_Return);
        QTRY_VERIFY2(outcome().contains(QStringLiteral("cannot be reached")), qPrintable(outcome()));
        QVERIFY(storedSales().isEmpty());
        QCOMPARE(m_counter->server().rowCount(QStringLiteral("transactions")).valueOr(-1), 1);
        QCOMPARE(billField()->text(), QStringLiteral("500")); // kept, to try again
        QVERIFY(waitForWaiting(0));
        QVERIFY2(waitingStatus().contains(QStringLiteral("unavailable offline")),
                 qPrintable(waitingStatus()));
        QVERIFY2(customerCard().endsWith(QStringLiteral(" · offline")), qPrintable(customerCard()));
    }

    void deleteDeclinesASpendRequest()
    {
        giveTheCustomerCoins();
        askToSpend(30);
        QVERIFY(waitForWaiting(1));
        QTest::keyClick(m_screen.get(), Qt::Key_F6);
        QSignalSpy refreshed(waiting(), &ui::WaitingCustomersPanel::refreshed);
        QTest::keyClick(waitingList(), Qt::Key_Delete);
        QVERIFY(refreshed.wait(5000));
        QVERIFY2(waitingStatus().contains(QStringLiteral("Declined the spend request")),
                 qPrintable(waitingStatus()));
        QCOMPARE(waitingList()->count(), 0);
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
