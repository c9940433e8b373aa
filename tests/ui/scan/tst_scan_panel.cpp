#include "tests/ui/scan/qr_pictures.h"
#include "ui/scan/camera_scanner.h"
#include "ui/scan/image_frame_source.h"
#include "ui/scan/keyboard_wedge.h"
#include "ui/scan/scan_feedback.h"
#include "ui/scan/scan_panel.h"
#include "ui/scan/scan_preview.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWaveDecoder>

using namespace baartal;
using baartal::testsupport::QrPictures;

// The scanner panel the counter embeds, on a machine without a camera (CI's), fed with pictures.
class TestScanPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void saysSoWithoutCamera();
    void readsInjectedFramesOnce_data();
    void readsInjectedFramesOnce();
    void stopEndsTheTestPicture();
    void usbScannerReadsThroughThePanel();
    void beepIsShortWave();
};

void TestScanPanel::saysSoWithoutCamera()
{
    if (!ui::CameraScanner::cameras().isEmpty()) {
        QSKIP("this machine has a camera");
    }
    ui::PosSettings settings;
    settings.cameraId = QByteArrayLiteral("/dev/video3");
    settings.cameraResolution = QSize(1280, 720);
    ui::ScanPanel panel(settings);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    auto* preview = panel.findChild<ui::ScanPreview*>(QStringLiteral("scanPreview"));
    QVERIFY(preview);
    QCOMPARE(preview->notice(), ui::ScanPreview::Notice::NoCamera);
    QCOMPARE(preview->noticeText(), QStringLiteral("No camera: type the code or use a USB scanner"));
    QVERIFY(!panel.findChild<QComboBox*>(QStringLiteral("scanCamera"))->isEnabled());
    QVERIFY(!panel.findChild<QComboBox*>(QStringLiteral("scanResolution"))->isEnabled());

    panel.start();
    QCOMPARE(panel.cameraState(), ui::CameraScanner::State::NoCamera);
    QVERIFY(!panel.isRunning());
    QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("scanStatus"))->text(),
             QStringLiteral("No camera found: type the code or use a USB scanner."));
    QCOMPARE(panel.findChild<QPushButton*>(QStringLiteral("scanToggle"))->text(),
             QStringLiteral("Start camera"));
    // The preview paints its message without a picture.
    QVERIFY(!preview->grab().isNull());
    panel.toggle();
    panel.stop();
    QCOMPARE(panel.cameraState(), ui::CameraScanner::State::NoCamera);
}

void TestScanPanel::readsInjectedFramesOnce_data()
{
    QTest::addColumn<bool>("sounds");
    QTest::newRow("sounds on") << true;
    QTest::newRow("sounds off") << false;
}

void TestScanPanel::readsInjectedFramesOnce()
{
    QFETCH(bool, sounds);
    ui::PosSettings settings;
    settings.sounds = sounds;
    ui::ScanPanel panel(settings);
    panel.resize(640, 480);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* preview = panel.findChild<ui::ScanPreview*>(QStringLiteral("scanPreview"));

    QSignalSpy read(&panel, &ui::ScanPanel::codeRead);
    QImage shownAtRead;
    bool flashingAtRead = false;
    connect(&panel, &ui::ScanPanel::codeRead, this, [&] {
        flashingAtRead = preview->isFlashing();
        shownAtRead = preview->grab().toImage();
    });
    const QString token = QrPictures::identityToken();
    panel.showImageSource(
        QrPictures::noisyFrame(QSize(1280, 720), 9, QrPictures::code(token, 4), QPoint(500, 200)));
    QVERIFY(panel.isRunning());

    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 10000);
    QCOMPARE(read.at(0).at(0).toString(), token);
    QVERIFY(preview->hasPicture());
    QVERIFY(flashingAtRead);
    // The flash is a green border around the picture.
    const QColor border = shownAtRead.pixelColor(2, shownAtRead.height() / 2);
    QVERIFY2(border.green() > 150 && border.red() < 80 && border.blue() < 120, qPrintable(border.name()));
    QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("scanStatus"))->text(),
             QStringLiteral("Scanning a test picture"));
    QCOMPARE(panel.findChild<ui::ScanFeedback*>()->beeps(), sounds ? 1 : 0);

    // Still in sight a second later (30 frames a second, decoded ten times a second): no second read.
    QTest::qWait(1000);
    QCOMPARE(read.count(), 1);
    QTRY_VERIFY(!preview->isFlashing());
}

void TestScanPanel::stopEndsTheTestPicture()
{
    ui::ScanPanel panel{ui::PosSettings()};
    panel.showImageSource(QrPictures::code(QStringLiteral("CUST-9")));
    auto* source = panel.findChild<ui::ImageFrameSource*>();
    QVERIFY(source->isActive());
    QCOMPARE(panel.findChild<QPushButton*>(QStringLiteral("scanToggle"))->text(),
             QStringLiteral("Stop camera"));
    panel.toggle();
    QVERIFY(!source->isActive());
    QVERIFY(!panel.isRunning());
    QVERIFY(!panel.findChild<ui::ScanPreview*>(QStringLiteral("scanPreview"))->hasPicture());
}

void TestScanPanel::usbScannerReadsThroughThePanel()
{
    QWidget window;
    auto* amount = new QLineEdit(&window);
    auto* panel = new ui::ScanPanel(ui::PosSettings(), &window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(amount);
    layout->addWidget(panel);
    // Timed by the real clock here: a wide gap, so a busy test machine does not split the burst.
    panel->installWedge(&window)->setMaximumGap(std::chrono::milliseconds(1000));
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    amount->setFocus();

    QSignalSpy read(panel, &ui::ScanPanel::codeRead);
    // A scanner types as fast as the events come.
    QTest::keyClicks(amount, QStringLiteral("CUST-000042"));
    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(read.count(), 1);
    QCOMPARE(read.at(0).at(0).toString(), QStringLiteral("CUST-000042"));
    QCOMPARE(amount->text(), QString());
}

void TestScanPanel::beepIsShortWave()
{
    QFile file(ui::ScanFeedback::kBeep.toString().mid(3));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QWaveDecoder wave(&file);
    QVERIFY(wave.open(QIODevice::ReadOnly));
    QTRY_VERIFY(wave.audioFormat().isValid());
    QCOMPARE(wave.audioFormat().channelCount(), 1);
    const qint64 micros = wave.audioFormat().durationForBytes(wave.size());
    QVERIFY2(micros >= 60000 && micros <= 120000, qPrintable(QString::number(micros)));
}

QTEST_MAIN(TestScanPanel)
#include "tst_scan_panel.moc"
