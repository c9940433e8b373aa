#include "sync/client/counter_store.h"
#include "sync/client/device_key_store.h"
#include "sync/client/merchant_profile_cache.h"
#include "sync/client/session_store.h"
#include "tests/sync/support/device_key_calls.h"
#include "tests/sync/support/test_keyring.h"
#include "tests/ui/app/pos_test_shop.h"
#include "ui/app/enrolment_question.h"
#include "ui/app/pos_controller.h"
#include "ui/counter/counter_screen.h"
#include "ui/counter/customer_card.h"
#include "ui/counter/recent_sales_panel.h"
#include "ui/scan/scan_panel.h"
#include "ui/settings/settings_dialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace baartal;
using testsupport::DeviceKeyCalls;
using testsupport::PosTestShop;
using testsupport::ServerFixture;

// baartal-pos as the demo starts it: --server, --login and --password sign the merchant in at once,
// the counter is enrolled (its key in the test keychain) and opens ready for a sale.
class TestPosController : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PosTestShop> m_shop;
    QString m_merchantId;

    ui::PosOptions options(const QString& password = ServerFixture::kPassword) const
    {
        return m_shop->options(password);
    }

    // The shop's devices as GET /api/v1/devices lists them.
    QJsonArray serverDevices()
    {
        const QString token = m_shop->server().login(PosTestShop::kLogin);
        return m_shop->server()
            .api()
            .get(QStringLiteral("/api/v1/devices"), token)
            .data()
            .value(QStringLiteral("devices"))
            .toArray();
    }

    QString server() const { return options().server; }

    // The refresh token the keychain remembers for the test server; nullopt when none (or on a failure,
    // which fails the test).
    std::optional<QString> rememberedToken() const
    {
        sync::SessionStore sessions(server());
        std::optional<core::Result<std::optional<QString>>> answer;
        sessions.recall([&answer](const core::Result<std::optional<QString>>& token) { answer = token; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000) || !*answer) {
            QTest::qFail("the keychain did not answer", __FILE__, __LINE__);
            return std::nullopt;
        }
        return **answer;
    }

    // A start without a password: the login window, where the cashier asks to stay signed in.
    void signInRemembered(ui::PosController& controller)
    {
        QSignalSpy ready(&controller, &ui::PosController::counterReady);
        QVERIFY(controller.start(options(QString())).ok());
        QTRY_VERIFY(controller.loginDialog()->isVisible());
        ui::LoginDialog* login = controller.loginDialog();
        login->setPassword(ServerFixture::kPassword);
        auto* remember = login->findChild<QCheckBox*>(QStringLiteral("remember"));
        QVERIFY(remember->isEnabled());
        remember->setChecked(true);
        login->signIn();
        QTRY_COMPARE(ready.count(), 1);
        QTRY_VERIFY(rememberedToken().has_value());
    }

    QString loginStatus(ui::PosController& controller) const
    {
        return controller.loginDialog()->findChild<QLabel*>(QStringLiteral("status"))->text();
    }

private Q_SLOTS:
    void initTestCase() { BAARTAL_START_TEST_KEYRING_OR_SKIP(); }

    void init()
    {
        auto shop = PosTestShop::start();
        QVERIFY2(shop.ok(), qPrintable(shop.ok() ? QString() : shop.error().message));
        m_shop = std::move(*shop);
        m_merchantId = m_shop->merchantId();
    }

    void cleanup()
    {
        sync::DeviceKeyStore keys(options().server);
        QVERIFY(DeviceKeyCalls::remove(keys, m_merchantId).ok());
        sync::SessionStore sessions(server());
        bool forgotten = false;
        sessions.forget([&forgotten](const core::Status& done) { forgotten = done.ok(); });
        QTRY_VERIFY(forgotten);
        m_shop.reset();
    }

    void signsInAndSellsFromTheCommandLine()
    {
        auto customer = m_shop->server().registerCustomer(QStringLiteral("customer@baartal.test"));
        QVERIFY2(customer.ok(), qPrintable(customer.ok() ? QString() : customer.error().message));
        ui::PosController controller;
        QSignalSpy ready(&controller, &ui::PosController::counterReady);
        QVERIFY(controller.start(options()).ok());
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!controller.loginDialog()->isVisible());
        ui::CounterWindow* window = controller.counterWindow();
        QVERIFY(window && window->isVisible());
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("signedInAs"))
                    ->text()
                    .contains(QStringLiteral("shop@baartal.test")));
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("shop"))
                    ->text()
                    .contains(QStringLiteral("10 B-Coins per ₹100")));
        QVERIFY(QTest::qWaitForWindowActive(window));

        auto* customerField = window->findChild<QLineEdit*>(QStringLiteral("customer"));
        auto* billField = window->findChild<QLineEdit*>(QStringLiteral("bill"));
        QTest::keyClicks(customerField, *customer);
        QTest::keyClick(customerField, Qt::Key_Return);
        QTest::keyClicks(billField, QStringLiteral("450"));
        QTest::keyClick(billField, Qt::Key_Return);
        auto* outcome = window->findChild<QLabel*>(QStringLiteral("outcome"));
        QTRY_VERIFY2(outcome->text().contains(QStringLiteral("New balance: 45 B-Coins")),
                     qPrintable(outcome->text()));
    }

    void keepsTheShopProfileAtTheCounter()
    {
        {
            ui::PosController controller;
            QSignalSpy ready(&controller, &ui::PosController::counterReady);
            QVERIFY(controller.start(options()).ok());
            QTRY_COMPARE(ready.count(), 1);
        }
        auto store = sync::CounterStore::open(options().database);
        QVERIFY(store.ok());
        auto cached = sync::MerchantProfileCache((*store)->database()).find(m_merchantId);
        QVERIFY(cached.ok() && cached->has_value());
        QCOMPARE((*cached)->issueRate, 10);
        QVERIFY(!(*cached)->businessName.isEmpty());
        QVERIFY((*cached)->fetchedAt.isValid());
    }

    void enrolsTheCounterOnceAndReusesIt()
    {
        QString deviceId;
        {
            ui::PosController controller;
            QSignalSpy ready(&controller, &ui::PosController::counterReady);
            QVERIFY(controller.start(options()).ok());
            QTRY_COMPARE(ready.count(), 1);
            QVERIFY(controller.deviceIdentity().has_value());
            deviceId = controller.deviceIdentity()->deviceId;
            QCOMPARE(controller.deviceIdentity()->merchantId, m_merchantId);
        }
        QJsonArray devices = serverDevices();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.first().toObject().value(QStringLiteral("id")).toString(), deviceId);

        ui::PosController restarted;
        QSignalSpy ready(&restarted, &ui::PosController::counterReady);
        QVERIFY(restarted.start(options()).ok());
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(restarted.deviceIdentity()->deviceId, deviceId);
        QCOMPARE(serverDevices().size(), 1);
    }

    void lostKeyIsEnrolledAgainWhenTheUserAgrees()
    {
        QString lostDevice;
        {
            ui::PosController controller;
            QSignalSpy ready(&controller, &ui::PosController::counterReady);
            QVERIFY(controller.start(options()).ok());
            QTRY_COMPARE(ready.count(), 1);
            lostDevice = controller.deviceIdentity()->deviceId;
        }
        sync::DeviceKeyStore keys(options().server);
        QVERIFY(DeviceKeyCalls::remove(keys, m_merchantId).ok());

        ui::PosController controller;
        QSignalSpy ready(&controller, &ui::PosController::counterReady);
        QVERIFY(controller.start(options()).ok());
        QTRY_VERIFY(controller.enrolmentQuestion());
        ui::EnrolmentQuestion* question = controller.enrolmentQuestion();
        QCOMPARE(question->objectName(), QStringLiteral("reEnrolDevice"));
        QVERIFY(question->isVisible());
        QCOMPARE(ready.count(), 0);
        QVERIFY(!controller.deviceIdentity());
        question->goOnButton()->click();
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(controller.deviceIdentity()->deviceId != lostDevice);
        QCOMPARE(serverDevices().size(), 2);
    }

    void wrongPasswordKeepsTheLoginWindowOpen()
    {
        ui::PosController controller;
        QSignalSpy ready(&controller, &ui::PosController::counterReady);
        QVERIFY(controller.start(options(QStringLiteral("wrong-password"))).ok());
        auto* status = controller.loginDialog()->findChild<QLabel*>(QStringLiteral("status"));
        QTRY_VERIFY2(status->text().contains(QStringLiteral("do not match")), qPrintable(status->text()));
        QVERIFY(controller.loginDialog()->isVisible());
        QCOMPARE(ready.count(), 0);
        QVERIFY(!controller.counterWindow());
    }

    void rememberedSessionOpensTheCounterWithoutTheLoginWindow()
    {
        QString first;
        {
            ui::PosController controller;
            signInRemembered(controller);
            first = *rememberedToken();
            // The server signed in to is saved for the next start.
            QCOMPARE(
                QSettings(options().settingsFile, QSettings::IniFormat).value(QStringLiteral("server/url")),
                QVariant(server()));
        }
        ui::PosController restarted;
        QSignalSpy ready(&restarted, &ui::PosController::counterReady);
        QVERIFY(restarted.start(options(QString())).ok());
        QVERIFY(!restarted.loginDialog()->isVisible());
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!restarted.loginDialog()->isVisible());
        QVERIFY(restarted.counterWindow()->isVisible());
        // Refresh tokens rotate: the keychain keeps the new one, the old one is spent.
        const std::optional<QString> renewed = rememberedToken();
        QVERIFY(renewed && *renewed != first);
        const auto reused = m_shop->server().api().post(
            QStringLiteral("/api/v1/auth/refresh"), QJsonObject{{QStringLiteral("refresh_token"), first}});
        QCOMPARE(reused.status, 401);
    }

    void signingOutForgetsTheRememberedSession()
    {
        ui::PosController controller;
        signInRemembered(controller);
        const QString token = *rememberedToken();
        controller.counterWindow()->findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
        QTRY_VERIFY(controller.loginDialog()->isVisible());
        QTRY_VERIFY(!rememberedToken().has_value());
        // Revoked on the server as well.
        QTRY_COMPARE(m_shop->server()
                         .api()
                         .post(QStringLiteral("/api/v1/auth/refresh"),
                               QJsonObject{{QStringLiteral("refresh_token"), token}})
                         .status,
                     401);

        ui::PosController restarted;
        QSignalSpy ready(&restarted, &ui::PosController::counterReady);
        QVERIFY(restarted.start(options(QString())).ok());
        QTRY_VERIFY(restarted.loginDialog()->isVisible());
        QCOMPARE(ready.count(), 0);
    }

    void refusedRenewalAsksToSignInAgain_data()
    {
        QTest::addColumn<bool>("revoke");
        QTest::newRow("revoked") << true;
        QTest::newRow("expired") << false;
    }

    void refusedRenewalAsksToSignInAgain()
    {
        QFETCH(bool, revoke);
        {
            ui::PosController controller;
            signInRemembered(controller);
        }
        if (revoke) {
            const auto revoked = m_shop->server().api().post(
                QStringLiteral("/api/v1/auth/logout"),
                QJsonObject{{QStringLiteral("refresh_token"), *rememberedToken()}},
                m_shop->server().login(PosTestShop::kLogin));
            QCOMPARE(revoked.status, 200);
        } else {
            m_shop->server().clock().advanceDays(31);
        }
        ui::PosController restarted;
        QSignalSpy ready(&restarted, &ui::PosController::counterReady);
        QVERIFY(restarted.start(options(QString())).ok());
        QTRY_VERIFY(restarted.loginDialog()->isVisible());
        QVERIFY2(loginStatus(restarted).contains(QStringLiteral("The saved sign-in has ended")),
                 qPrintable(loginStatus(restarted)));
        QCOMPARE(ready.count(), 0);
        QTRY_VERIFY(!rememberedToken().has_value());
    }

    void settingsFromTheCounterMenuAreSaved()
    {
        ui::PosController controller;
        QSignalSpy ready(&controller, &ui::PosController::counterReady);
        QSignalSpy changed(&controller, &ui::PosController::settingsChanged);
        QVERIFY(controller.start(options()).ok());
        QTRY_COMPARE(ready.count(), 1);
        ui::CounterWindow* window = controller.counterWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(controller.settingsDialog() && controller.settingsDialog()->isVisible());
        auto* voidWindow = controller.settingsDialog()->findChild<QSpinBox*>(QStringLiteral("voidWindow"));
        voidWindow->setValue(5);
        controller.settingsDialog()->accept();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<ui::PosSettings>().voidWindow, std::chrono::minutes(5));
        QCOMPARE(controller.settings().voidWindow, std::chrono::minutes(5));
        QCOMPARE(ui::PosSettings::load(QSettings(options().settingsFile, QSettings::IniFormat)).voidWindow,
                 std::chrono::minutes(5));
    }

    void adminGoesToTheAdminConsole()
    {
        QVERIFY(m_shop->server().addAdmin(QStringLiteral("admin@baartal.test")).ok());
        ui::PosController controller;
        QSignalSpy admin(&controller, &ui::PosController::adminSignedIn);
        QSignalSpy ready(&controller, &ui::PosController::counterReady);
        ui::PosOptions o = options();
        o.login = QStringLiteral("admin@baartal.test");
        QVERIFY(controller.start(o).ok());
        QTRY_COMPARE(admin.count(), 1);
        QCOMPARE(admin.at(0).at(0).value<sync::AuthSession>().role, core::UserRole::Admin);
        QVERIFY(!controller.loginDialog()->isVisible());
        QCOMPARE(ready.count(), 0);
        QVERIFY(!controller.counterWindow());
        QTRY_VERIFY(controller.adminWindow() && controller.adminWindow()->isVisible());
        controller.signOut();
        QTRY_VERIFY(controller.loginDialog()->isVisible());
        QTRY_VERIFY(!controller.adminWindow());
    }

    // The counter window gathers the screens: scanning beside the sale form (a code the scanner reads is
    // the customer), the day's sales, and the History and Analytics pages on F3 and F4.
    void theCounterWindowGathersTheScreens()
    {
        auto customer = m_shop->server().registerCustomer(QStringLiteral("customer@baartal.test"));
        QVERIFY2(customer.ok(), qPrintable(customer.ok() ? QString() : customer.error().message));
        ui::PosController controller;
        QSignalSpy ready(&controller, &ui::PosController::counterReady);
        QVERIFY(controller.start(options()).ok());
        QTRY_COMPARE(ready.count(), 1);
        ui::CounterWindow* window = controller.counterWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QCOMPARE(window->pages()->count(), 3);
        QVERIFY(window->findChild<ui::RecentSalesPanel*>());
        auto* scan = window->findChild<ui::ScanPanel*>();
        QVERIFY(scan);

        Q_EMIT scan->codeRead(*customer);
        auto* card = window->findChild<ui::CustomerCard*>(QStringLiteral("customerCard"));
        QVERIFY(card);
        QTRY_VERIFY2(card->text().contains(customer->right(6)), qPrintable(card->text()));
        QCOMPARE(QApplication::focusWidget(), window->findChild<QLineEdit*>(QStringLiteral("bill")));

        QTest::keyClick(window, Qt::Key_F3);
        QCOMPARE(window->pages()->currentWidget()->objectName(), QStringLiteral("historyPage"));
        QTest::keyClick(window, Qt::Key_F4);
        QCOMPARE(window->pages()->currentWidget()->objectName(), QStringLiteral("analyticsPage"));
        QTest::keyClick(window, Qt::Key_F2);
        QCOMPARE(window->pages()->currentIndex(), 0);
    }

    void unusableCounterStoreIsReported()
    {
        QFile blocker(m_shop->filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ui::PosOptions o = options();
        o.database = blocker.fileName() + QStringLiteral("/counter.sqlite");
        ui::PosController controller;
        const core::Status started = controller.start(o);
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("counter_store_unavailable"));
        QVERIFY(!controller.loginDialog());
    }
};

QTEST_MAIN(TestPosController)
#include "tst_pos_controller.moc"
