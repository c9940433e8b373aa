#include "ui/scan/camera_scanner.h"

#include <QSignalSpy>
#include <QTest>

using namespace baartal;

// The webcam's choice of format, and what it does on a machine without a camera (CI's).
class TestCameraScanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void picksClosestSize_data();
    void picksClosestSize();
    void saysSoWithoutCamera();
};

void TestCameraScanner::picksClosestSize_data()
{
    QTest::addColumn<QList<QSize>>("sizes");
    QTest::addColumn<QSize>("wanted");
    QTest::addColumn<qsizetype>("index");

    const QList<QSize> webcam{{640, 480}, {1920, 1080}, {1280, 720}, {320, 240}, {800, 600}};
    QTest::newRow("exact") << webcam << QSize(1280, 720) << qsizetype(2);
    QTest::newRow("nearest in pixels") << webcam << QSize(1024, 768) << qsizetype(2);
    QTest::newRow("bigger than any") << webcam << QSize(3840, 2160) << qsizetype(1);
    QTest::newRow("smaller than any") << webcam << QSize(160, 120) << qsizetype(3);
    QTest::newRow("same pixels, nearer width")
        << QList<QSize>{{600, 800}, {800, 600}} << QSize(810, 590) << qsizetype(1);
    QTest::newRow("no sizes") << QList<QSize>{} << QSize(640, 480) << qsizetype(-1);
}

void TestCameraScanner::picksClosestSize()
{
    QFETCH(QList<QSize>, sizes);
    QFETCH(QSize, wanted);
    QFETCH(qsizetype, index);
    QCOMPARE(ui::CameraScanner::closestSize(sizes, wanted), index);
}

void TestCameraScanner::saysSoWithoutCamera()
{
    if (!ui::CameraScanner::cameras().isEmpty()) {
        QSKIP("this machine has a camera");
    }
    ui::CameraScanner scanner;
    QSignalSpy states(&scanner, &ui::CameraScanner::stateChanged);
    QSignalSpy frames(&scanner, &ui::CameraScanner::frameArrived);

    // A camera remembered from another day, now unplugged, and no default to fall back on.
    scanner.start(QByteArrayLiteral("/dev/video7"), QSize(1280, 720));
    QCOMPARE(scanner.state(), ui::CameraScanner::State::NoCamera);
    QCOMPARE(states.count(), 1);
    QVERIFY(scanner.device().isNull());
    QVERIFY(ui::CameraScanner::cameraFor(QByteArrayLiteral("/dev/video7")).isNull());

    scanner.stop();
    QCOMPARE(scanner.state(), ui::CameraScanner::State::NoCamera);
    QTest::qWait(100);
    QCOMPARE(frames.count(), 0);
}

QTEST_MAIN(TestCameraScanner)
#include "tst_camera_scanner.moc"
