#include "sync/client/counter_store.h"
#include "sync/client/merchant_profile_cache.h"
#include "tests/server/support/server_fixture.h"
#include "ui/app/pos_controller.h"
#include "ui/counter/counter_screen.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace baartal;
using testsupport::ServerFixture;

// baartal-pos as the demo starts it: --server, --login and --password sign the merchant in at once,
// and the counter opens ready for a sale.
class TestPosController : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_merchantId;

    ui::PosOptions options(const QString& password = ServerFixture::kPassword) const
    {
        ui::PosOptions o;
        o.server = m_server->api().baseUrl().toString();
        o.login = QStringLiteral("shop@baartal.test");
        o.password = password;
        o.database = m_dir->filePath(QStringLiteral("counter.sqlite"));
        return o;
    }

private Q_SLOTS:
    void init()
    {
        auto fixture = ServerFixture::start(core::Dialect::Sqlite);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_server = std::move(*fixture);
        auto merchant = m_server->addMerchant(QStringLiteral("shop@baartal.test"), true, 10);
        QVERIFY(merchant.ok());
        m_merchantId = merchant->id;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void signsInAndSellsFromTheCommandLine()
    {
        auto customer = m_server->registerCustomer(QStringLiteral("customer@baartal.test"));
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

    void unusableCounterStoreIsReported()
    {
        QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
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
