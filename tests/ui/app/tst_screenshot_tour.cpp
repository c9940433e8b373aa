// Renders every screen of baartal-pos in each language to PNG, for a reviewer to look at: the real app
// (PosController) against a real server with a shop, a customer and a few sales. The pictures go to
// $BAARTAL_SCREENSHOTS_DIR, or build/<preset>/screenshots, never into git.
#include "tests/sync/support/test_keyring.h"
#include "tests/ui/app/pos_test_shop.h"
#include "ui/admin/admin_window.h"
#include "ui/analytics/analytics_screen.h"
#include "ui/app/pos_controller.h"
#include "ui/app/translations.h"
#include "ui/counter/counter_window.h"
#include "ui/login/login_dialog.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace baartal;
using testsupport::PosTestShop;
using testsupport::ServerFixture;

class TestScreenshotTour : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PosTestShop> m_shop;
    QDir m_out;
    QStringList m_written;

    // The widget as it is drawn, saved as <language>/<name>.png.
    void shoot(QWidget* widget, const QString& language, const QString& name)
    {
        QVERIFY(widget);
        QApplication::processEvents();
        const QString path = m_out.filePath(QStringLiteral("%1/%2.png").arg(language, name));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QImage picture = widget->grab().toImage();
        QVERIFY2(!picture.isNull() && picture.width() > 100, qPrintable(name));
        QVERIFY2(picture.save(path), qPrintable(path));
        m_written << path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        BAARTAL_START_TEST_KEYRING_OR_SKIP();
        const QString dir = qEnvironmentVariableIsSet("BAARTAL_SCREENSHOTS_DIR")
                                ? qEnvironmentVariable("BAARTAL_SCREENSHOTS_DIR")
                                : qEnvironmentVariable("BAARTAL_BUILD_DIR") + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(dir));
        m_out = QDir(dir);
        auto shop = PosTestShop::start();
        QVERIFY2(shop.ok(), qPrintable(shop.ok() ? QString() : shop.error().message));
        m_shop = std::move(*shop);
        QVERIFY(m_shop->server().addAdmin(QStringLiteral("admin@baartal.test")).ok());
    }

    void everyScreenInEveryLanguage()
    {
        auto customer = m_shop->server().registerCustomer(QStringLiteral("9869012345"));
        QVERIFY2(customer.ok(), qPrintable(customer.ok() ? QString() : customer.error().message));

        ui::PosController counter;
        QSignalSpy ready(&counter, &ui::PosController::counterReady);
        QVERIFY(counter.start(m_shop->options(QString())).ok());
        QTRY_VERIFY(counter.loginDialog()->isVisible());
        for (const QString& language : ui::Translations::languages()) {
            QVERIFY(ui::Translations::install(*QCoreApplication::instance(), language));
            shoot(counter.loginDialog(), language, QStringLiteral("01-login"));
        }
        counter.loginDialog()->setPassword(ServerFixture::kPassword);
        counter.loginDialog()->signIn();
        QTRY_COMPARE(ready.count(), 1);
        ui::CounterWindow* window = counter.counterWindow();
        window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // A sale on the screen: the customer entered, the bill typed.
        auto* customerField = window->findChild<QLineEdit*>(QStringLiteral("customer"));
        QTest::keyClicks(customerField, *customer);
        QTest::keyClick(customerField, Qt::Key_Return);
        QTest::keyClicks(window->findChild<QLineEdit*>(QStringLiteral("bill")), QStringLiteral("123456.5"));

        QSet<QByteArray> counterPictures;
        for (const QString& language : ui::Translations::languages()) {
            QVERIFY(ui::Translations::install(*QCoreApplication::instance(), language));
            window->pages()->setCurrentIndex(0);
            shoot(window, language, QStringLiteral("02-counter"));
            QFile picture(m_written.constLast());
            QVERIFY(picture.open(QIODevice::ReadOnly));
            counterPictures.insert(picture.readAll());
            QTest::keyClick(window, Qt::Key_F3);
            QTest::qWait(300);
            shoot(window, language, QStringLiteral("03-history"));
            QTest::keyClick(window, Qt::Key_F4);
            auto* analytics = window->findChild<ui::AnalyticsScreen*>();
            QTRY_VERIFY(analytics->state() == ui::AnalyticsScreen::State::Ready ||
                        analytics->state() == ui::AnalyticsScreen::State::Empty);
            shoot(window, language, QStringLiteral("04-analytics"));
            window->pages()->setCurrentIndex(0);
            counter.openSettings();
            QTRY_VERIFY(counter.settingsDialog() && counter.settingsDialog()->isVisible());
            shoot(counter.settingsDialog(), language, QStringLiteral("05-settings"));
            counter.settingsDialog()->reject();
            QTRY_VERIFY(!counter.settingsDialog());
        }
        // Each language's own words, not the same picture three times.
        QCOMPARE(counterPictures.size(), 3);

        ui::PosController admin;
        QSignalSpy adminIn(&admin, &ui::PosController::adminSignedIn);
        ui::PosOptions options = m_shop->options();
        options.login = QStringLiteral("admin@baartal.test");
        options.database = m_shop->filePath(QStringLiteral("admin-counter.sqlite"));
        QVERIFY(admin.start(options).ok());
        QTRY_COMPARE(adminIn.count(), 1);
        ui::AdminWindow* console = admin.adminWindow();
        QVERIFY(console);
        console->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(console));
        for (const QString& language : ui::Translations::languages()) {
            QVERIFY(ui::Translations::install(*QCoreApplication::instance(), language));
            for (int tab = 0; tab < console->tabs()->count(); ++tab) {
                console->tabs()->setCurrentIndex(tab);
                QTest::qWait(200);
                shoot(console, language, QStringLiteral("06-admin-%1").arg(tab + 1));
            }
        }
        QVERIFY(ui::Translations::install(*QCoreApplication::instance(), QStringLiteral("en")));
        qInfo("%lld screenshots in %s", static_cast<long long>(m_written.size()), qPrintable(m_out.path()));
    }
};

QTEST_MAIN(TestScreenshotTour)
#include "tst_screenshot_tour.moc"
