// A whole sale at the assembled counter window, as a cashier does it: the customer's phone in front of
// the webcam (frames from generated QR pictures, some turned, blurred, faint or small in a 1280×720
// frame, fed through the scanning pipeline), the bill typed, the customer's spend QR redeeming coins
// within the shop's cap, Enter, the receipt saved as a PDF, and the sale voided — all by keystrokes,
// against a real server.
#include "sync/client/counter_sale_repository.h"
#include "sync/client/counter_store.h"
#include "sync/client/reference_puller.h"
#include "tests/sync/support/counter_fixture.h"
#include "tests/testsupport/pdf_probe.h"
#include "tests/ui/scan/qr_pictures.h"
#include "ui/counter/counter_screen.h"
#include "ui/counter/counter_window.h"
#include "ui/counter/customer_card.h"
#include "ui/counter/recent_sales_panel.h"
#include "ui/counter/void_dialog.h"
#include "ui/scan/scan_panel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace baartal;
using testsupport::CounterFixture;
using testsupport::QrPictures;

namespace {

// A person types slower than a USB scanner, which the window's keyboard wedge tells apart.
constexpr int kHumanKeyDelayMs = 80;

enum class Picture { Plain, Turned, Blurred, Faint, SmallIn720p };

// The phone's screen as the webcam sees it.
QImage seen(const QString& token, Picture picture)
{
    switch (picture) {
    case Picture::Plain:
        return QrPictures::code(token);
    case Picture::Turned:
        return QrPictures::rotated(QrPictures::code(token), 30);
    case Picture::Blurred:
        return QrPictures::blurred(QrPictures::code(token), 2);
    case Picture::Faint:
        return QrPictures::code(token, 6, 110, 150);
    case Picture::SmallIn720p:
        return QrPictures::noisyFrame(QSize(1280, 720), 11, QrPictures::code(token, 3), QPoint(700, 300));
    }
    return {};
}

} // namespace

class TestCounterFullSale : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CounterFixture> m_counter;
    std::unique_ptr<ui::CounterWindow> m_window;
    ui::ScanPanel* m_scan = nullptr;
    ui::RecentSalesPanel* m_recent = nullptr;

    QLineEdit* bill() const { return m_window->findChild<QLineEdit*>(QStringLiteral("bill")); }
    QString card() const
    {
        return m_window->findChild<ui::CustomerCard*>(QStringLiteral("customerCard"))->text();
    }
    QList<sync::CounterSale> sales() const
    {
        auto stored =
            sync::CounterSaleRepository(m_counter->store().database()).recent(m_counter->merchant().id, 10);
        return stored ? *stored : QList<sync::CounterSale>();
    }
    bool allSettled() const
    {
        const auto stored = sales();
        return std::none_of(stored.begin(), stored.end(), [](const sync::CounterSale& sale) {
            return sale.status == sync::SaleStatus::Pending;
        });
    }

    // The customer holds the phone up until the counter has read it.
    void holdUp(const QString& token, Picture picture)
    {
        m_scan->showImageSource(seen(token, picture));
        QTRY_VERIFY2_WITH_TIMEOUT(QApplication::focusWidget() == bill(), qPrintable(card()), 15000);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        auto fixture = CounterFixture::start(10);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_counter = std::move(*fixture);
        auto* screen = new ui::CounterScreen(m_counter->store(), m_counter->recorder(), m_counter->api());
        sync::AuthSession session;
        session.emailOrPhone = testsupport::ServerFixture::kMerchantLogin;
        m_window = std::make_unique<ui::CounterWindow>(screen, session, QStringLiteral("test"));
        m_window->attachSync(m_counter->uploader(), m_counter->store(), m_counter->device().deviceId);
        ui::PosSettings settings;
        settings.sounds = false;
        m_scan = new ui::ScanPanel(settings);
        m_window->setScanPanel(m_scan);
        m_recent = new ui::RecentSalesPanel(m_counter->store(), m_counter->recorder(), settings);
        m_recent->setMerchant(m_counter->merchant());
        m_window->setRecentSales(m_recent);
        screen->setMerchant(m_counter->merchant());
        // The shop's keys, which check the customers' QR codes, as the app pulls them.
        auto* puller =
            new sync::ReferencePuller(m_counter->api(), m_counter->store(), m_counter->merchant().id,
                                      m_counter->recorder().clock(), m_window.get());
        QSignalSpy pulled(puller, &sync::ReferencePuller::updated);
        connect(puller, &sync::ReferencePuller::updated, screen, &ui::CounterScreen::setReference);
        puller->start();
        QTRY_COMPARE(pulled.size(), 1);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        if (m_counter) {
            m_counter->server().verifyLedgerIsSound();
        }
        m_counter.reset();
    }

    void scanTypeRedeemConfirmReceiptAndVoid_data()
    {
        QTest::addColumn<Picture>("picture");
        QTest::newRow("plain") << Picture::Plain;
        QTest::newRow("turned 30°") << Picture::Turned;
        QTest::newRow("blurred") << Picture::Blurred;
        QTest::newRow("low contrast") << Picture::Faint;
        QTest::newRow("small in a 1280×720 frame") << Picture::SmallIn720p;
    }

    void scanTypeRedeemConfirmReceiptAndVoid()
    {
        QFETCH(Picture, picture);

        // First visit: the identity QR, ₹1,000 at 10 per ₹100 earns 100 B-Coins.
        holdUp(m_counter->customerToken(0), picture);
        QVERIFY2(card().contains(m_counter->customerId().right(6)), qPrintable(card()));
        QTest::keyClicks(bill(), QStringLiteral("1000"), Qt::NoModifier, kHumanKeyDelayMs);
        QCOMPARE(bill()->text(), QStringLiteral("1,000"));
        QTest::keyClick(bill(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(allSettled(), 15000);
        QCOMPARE(m_counter->customerBalance(), 100);

        // Second visit: the spend QR for 80 B-Coins on a ₹300 bill, where the shop's 20% cap allows 60.
        const QString spend = m_counter->customerToken(80);
        QVERIFY(!spend.isEmpty());
        holdUp(spend, picture);
        QTest::keyClicks(bill(), QStringLiteral("300"), Qt::NoModifier, kHumanKeyDelayMs);
        auto* redeem = m_window->findChild<QSpinBox*>(QStringLiteral("redeem"));
        QVERIFY(redeem);
        QTRY_COMPARE(redeem->maximum(), 60);
        QCOMPARE(redeem->value(), 60);
        QTest::keyClick(bill(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(allSettled(), 15000);
        // 100 - 60 redeemed (the other 20 held coins freed) + 24 earned on the ₹240 paid in money.
        QCOMPARE(m_counter->customerBalance(), 64);

        // The receipt of that sale, saved as a PDF from the day's sales with Ctrl+Shift+P.
        auto* list = m_recent->findChild<QTreeWidget*>();
        QTRY_COMPARE(list->topLevelItemCount(), 2);
        QTest::keyClick(m_recent, Qt::Key_T, Qt::AltModifier);
        QTest::keyClick(list, Qt::Key_Home);
        QSignalSpy receipt(m_recent, &ui::RecentSalesPanel::receiptDone);
        QTest::keyClick(list, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_recent->findChild<QFileDialog*>(QStringLiteral("receiptPdfDialog"))));
        QTRY_VERIFY(dialog->isVisible());
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        const QString path = m_dir.filePath(QStringLiteral("receipt-%1.pdf").arg(QTest::currentDataTag()));
        name->setText(path); // set, not typed: the offscreen platform cannot show the completer
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_COMPARE(receipt.size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto text = testsupport::PdfProbe(file.readAll()).text();
        QVERIFY(text.ok());
        QVERIFY2(text->simplified().contains(QStringLiteral("₹300.00")), qPrintable(*text));

        // Voided with a reason: the coins go back as they were before the sale.
        // Back from the file dialog (a window manager would give the counter its focus back).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_recent, Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), list);
        QTest::keyClick(list, Qt::Key_Home);
        QTest::keyClick(list, Qt::Key_Delete);
        ui::VoidDialog* voiding = nullptr;
        QTRY_VERIFY((voiding = m_recent->findChild<ui::VoidDialog*>()) && voiding->isVisible());
        auto* reason = voiding->findChild<QLineEdit*>(QStringLiteral("voidReason"));
        QTRY_COMPARE(QApplication::focusWidget(), reason);
        QTest::keyClicks(reason, QStringLiteral("customer changed their mind"), Qt::NoModifier,
                         kHumanKeyDelayMs);
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(allSettled(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_counter->customerBalance(), 100, 15000);
    }
};

QTEST_MAIN(TestCounterFullSale)
#include "tst_counter_full_sale.moc"
