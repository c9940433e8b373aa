// baartal-pos on a PC without an OS keychain: CTest points DBUS_SESSION_BUS_ADDRESS at a socket that
// does not exist. The counter asks before keeping its key in a plain file.
#include "tests/ui/app/pos_test_shop.h"
#include "ui/app/enrolment_question.h"
#include "ui/app/pos_controller.h"
#include "ui/login/login_dialog.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace baartal;
using testsupport::PosTestShop;

class TestPosControllerNoKeychain : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PosTestShop> m_shop;

    QDir keyFolder() const { return QDir(m_shop->filePath(QStringLiteral("device-keys-unencrypted"))); }

private Q_SLOTS:
    void init()
    {
        auto shop = PosTestShop::start();
        QVERIFY2(shop.ok(), qPrintable(shop.ok() ? QString() : shop.error().message));
        m_shop = std::move(*shop);
    }

    void cleanup() { m_shop.reset(); }

    void cancelReturnsToTheLoginWindow()
    {
        ui::PosController controller;
        QSignalSpy ready(&controller, &ui::PosController::counterReady);
        QVERIFY(controller.start(m_shop->options()).ok());
        QTRY_VERIFY(controller.enrolmentQuestion());
        ui::EnrolmentQuestion* question = controller.enrolmentQuestion();
        QCOMPARE(question->objectName(), QStringLiteral("plainKeyOptIn"));
        QVERIFY(question->isVisible());
        QVERIFY2(question->text().contains(QLatin1String("No OS keychain was found")),
                 qPrintable(question->text()));
        QVERIFY(question->text().contains(QDir::toNativeSeparators(keyFolder().path())));
        QCOMPARE(question->goOnButton()->text(), QStringLiteral("Keep it in a file"));

        QTest::keyClick(question, Qt::Key_Escape);
        QTRY_VERIFY(controller.loginDialog()->isVisible());
        auto* status = controller.loginDialog()->findChild<QLabel*>(QStringLiteral("status"));
        QVERIFY2(status->text().contains(QLatin1String("no OS keychain was found")),
                 qPrintable(status->text()));
        QVERIFY(!controller.counterWindow());
        QVERIFY(!controller.deviceIdentity());
        QCOMPARE(ready.count(), 0);
        QVERIFY(!keyFolder().exists());
        // Nor can the sign-in be kept: the option says why it is off.
        auto* remember = controller.loginDialog()->findChild<QCheckBox*>(QStringLiteral("remember"));
        QVERIFY(!remember->isEnabled());
        QVERIFY(remember->toolTip().contains(QLatin1String("No OS keychain was found")));
    }

    void keepingTheKeyInAFileOpensTheCounter()
    {
        QString deviceId;
        {
            ui::PosController controller;
            QSignalSpy ready(&controller, &ui::PosController::counterReady);
            QVERIFY(controller.start(m_shop->options()).ok());
            QTRY_VERIFY(controller.enrolmentQuestion());
            controller.enrolmentQuestion()->goOnButton()->click();
            QTRY_COMPARE(ready.count(), 1);
            QVERIFY(controller.deviceIdentity());
            deviceId = controller.deviceIdentity()->deviceId;
            QCOMPARE(keyFolder().entryList(QDir::Files | QDir::Hidden).size(), 1);
        }
        // The next start finds the key in its file without asking again.
        ui::PosController restarted;
        QSignalSpy ready(&restarted, &ui::PosController::counterReady);
        QVERIFY(restarted.start(m_shop->options()).ok());
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!restarted.enrolmentQuestion());
        QCOMPARE(restarted.deviceIdentity()->deviceId, deviceId);
    }
};

QTEST_MAIN(TestPosControllerNoKeychain)
#include "tst_pos_controller_no_keychain.moc"
