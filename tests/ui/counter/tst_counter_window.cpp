#include "core/time/clock.h"
#include "sync/client/sale_recorder.h"
#include "sync/client/sync_uploader.h"
#include "tests/sync/support/counter_fixture.h"
#include "ui/app/translations.h"
#include "ui/counter/counter_screen.h"
#include "ui/counter/counter_window.h"
#include "ui/counter/reconciliation_dialog.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace baartal;
using testsupport::CounterFixture;
using testsupport::ServerFixture;

namespace {

sync::AuthSession merchantSession()
{
    sync::AuthSession session;
    session.emailOrPhone = ServerFixture::kMerchantLogin;
    return session;
}

} // namespace

// The counter window's sync status, its list of refused sales and signing out, against a real server.
class TestCounterWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CounterFixture> m_counter;

    // A window over a counter's store and recorder, following its uploader.
    static std::unique_ptr<ui::CounterWindow> windowFor(sync::CounterStore& store,
                                                        sync::SaleRecorder& recorder, sync::ApiClient& api,
                                                        sync::SyncUploader& uploader, const QString& deviceId,
                                                        const sync::MerchantProfile& merchant)
    {
        auto* screen = new ui::CounterScreen(store, recorder, api);
        auto window = std::make_unique<ui::CounterWindow>(screen, merchantSession(), QStringLiteral("test"));
        screen->setMerchant(merchant);
        window->attachSync(uploader, store, deviceId);
        window->show();
        return window;
    }

    static QString label(const ui::CounterWindow& window, const char* name)
    {
        return window.findChild<QLabel*>(QLatin1String(name))->text();
    }

    bool earn(const QString& rupees)
    {
        return m_counter->recorder()
            .recordEarn(m_counter->merchant(), m_counter->customerId(), *core::Paise::parseRupees(rupees))
            .ok();
    }

    QString spendToken(qint64 coins)
    {
        ServerFixture& server = m_counter->server();
        const auto earned = server.api().post(
            QStringLiteral("/api/v1/merchant/earn"),
            {{QStringLiteral("customer_id"), m_counter->customerId()}, {QStringLiteral("bill_amount"), 2000}},
            server.login(ServerFixture::kMerchantLogin));
        return earned.status == 201 ? m_counter->customerToken(coins) : QString();
    }

private Q_SLOTS:
    void init()
    {
        auto fixture = CounterFixture::start(5);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_counter = std::move(*fixture);
    }

    void cleanup()
    {
        if (m_counter) {
            m_counter->server().verifyLedgerIsSound();
        }
        m_counter.reset();
    }

    void statusBarFollowsTheSync()
    {
        auto window = windowFor(m_counter->store(), m_counter->recorder(), m_counter->api(),
                                m_counter->uploader(), m_counter->device().deviceId, m_counter->merchant());
        QVERIFY(earn(QStringLiteral("100")));
        QTRY_COMPARE(label(*window, "syncConnection"), QStringLiteral("Online"));
        QTRY_COMPARE(label(*window, "syncQueued"), QStringLiteral("Waiting to sync: 0"));
        QVERIFY(label(*window, "syncLast").startsWith(QStringLiteral("Last sync ")));

        m_counter->cutTheNetwork();
        QVERIFY(earn(QStringLiteral("200")));
        QTRY_COMPARE(label(*window, "syncConnection"), QStringLiteral("Offline"));
        QTRY_COMPARE(label(*window, "syncQueued"), QStringLiteral("Waiting to sync: 1"));
        QVERIFY(label(*window, "syncBanner").contains(QStringLiteral("Trading continues")));
    }

    void menuAndStatusFollowTheLanguage()
    {
        auto window = windowFor(m_counter->store(), m_counter->recorder(), m_counter->api(),
                                m_counter->uploader(), m_counter->device().deviceId, m_counter->merchant());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(earn(QStringLiteral("100")));
        QTRY_COMPARE(label(*window, "syncConnection"), QStringLiteral("Online"));
        QSignalSpy settings(window.get(), &ui::CounterWindow::settingsRequested);
        QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(settings.count(), 1);

        auto* settingsAction = window->findChild<QAction*>(QStringLiteral("settingsAction"));
        QVERIFY(ui::Translations::install(*QCoreApplication::instance(), QStringLiteral("hi")));
        QTRY_COMPARE(settingsAction->text(), QStringLiteral("सेटिंग्स… (&E)"));
        // The sync status is rendered again from its last state, not recreated.
        QTRY_COMPARE(label(*window, "syncConnection"), QStringLiteral("ऑनलाइन"));
        QVERIFY(ui::Translations::install(*QCoreApplication::instance(), QStringLiteral("en")));
        QTRY_COMPARE(settingsAction->text(), QStringLiteral("S&ettings…"));
        QTRY_COMPARE(label(*window, "syncConnection"), QStringLiteral("Online"));
    }

    void signOutWaitsForTheServer()
    {
        auto window = windowFor(m_counter->store(), m_counter->recorder(), m_counter->api(),
                                m_counter->uploader(), m_counter->device().deviceId, m_counter->merchant());
        QSignalSpy signOut(window.get(), &ui::CounterWindow::signOutRequested);
        auto* action = window->findChild<QAction*>(QStringLiteral("signOutAction"));
        m_counter->cutTheNetwork();
        QVERIFY(earn(QStringLiteral("300")));
        QVERIFY(earn(QStringLiteral("400")));
        QTRY_COMPARE(label(*window, "syncQueued"), QStringLiteral("Waiting to sync: 2"));

        action->trigger();
        QCOMPARE(signOut.count(), 0);
        auto* refused = window->findChild<QMessageBox*>(QStringLiteral("signOutRefused"));
        QVERIFY(refused);
        QVERIFY2(refused->text().startsWith(
                     QStringLiteral("Sales at this counter that have not reached the server yet: 2.")),
                 qPrintable(refused->text()));
        refused->close();

        m_counter->restoreTheNetwork();
        QTRY_COMPARE(label(*window, "syncQueued"), QStringLiteral("Waiting to sync: 0"));
        action->trigger();
        QCOMPARE(signOut.count(), 1);
    }

    // One spend QR taken at two offline counters: the server takes the first batch that arrives and
    // refuses the other, which the second counter then lists for the merchant to settle.
    void refusedSpendIsListedForReconciliation()
    {
        const QString token = spendToken(40);
        QVERIFY(!token.isEmpty());
        const core::Paise bill = *core::Paise::parseRupees(QStringLiteral("500"));
        QVERIFY(m_counter->recorder()
                    .recordSpend(m_counter->merchant(), m_counter->customerId(), bill, core::Coins(40), token)
                    .ok());
        QTRY_VERIFY(!m_counter->uploader().hasUnsynced());

        auto secondStore = testsupport::TemporaryCounterStore::create();
        QVERIFY(secondStore.ok());
        auto secondDevice = m_counter->enrolDevice(QStringLiteral("Counter 2"));
        QVERIFY2(secondDevice.ok(), qPrintable(secondDevice.ok() ? QString() : secondDevice.error().message));
        const core::Clock& clock = m_counter->server().clock();
        sync::SaleRecorder secondRecorder((*secondStore)->store(), clock);
        secondRecorder.setDeviceId(secondDevice->deviceId);
        sync::SyncUploader secondUploader(m_counter->api(), (*secondStore)->store().path(), *secondDevice,
                                          clock);
        QSignalSpy drained(&secondUploader, &sync::SyncUploader::drained);
        QVERIFY(secondRecorder
                    .recordSpend(m_counter->merchant(), m_counter->customerId(), bill, core::Coins(40), token)
                    .ok());
        auto window = windowFor((*secondStore)->store(), secondRecorder, m_counter->api(), secondUploader,
                                secondDevice->deviceId, m_counter->merchant());
        secondUploader.start();
        QTRY_VERIFY(drained.count() > 0);

        window->findChild<QAction*>(QStringLiteral("refusedSalesAction"))->trigger();
        auto* dialog = window->findChild<ui::ReconciliationDialog*>(QStringLiteral("reconciliation"));
        QVERIFY(dialog && dialog->isVisible());
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("refused"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), m_counter->customerId());
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("₹500.00, redeeming 40 B-Coins"));
        QVERIFY2(table->item(0, 3)->text().contains(QStringLiteral("already used at another counter")),
                 qPrintable(table->item(0, 3)->text()));
        QVERIFY(!table->item(0, 0)->text().isEmpty());
        // The coins left the wallet once: 100 earned, 40 redeemed, 23 earned on the ₹460 paid.
        QCOMPARE(m_counter->customerBalance(), 100 - 40 + 23);
        window.reset();
    }
};

QTEST_MAIN(TestCounterWindow)
#include "tst_counter_window.moc"
