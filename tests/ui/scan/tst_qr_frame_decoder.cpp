#include "tests/testsupport/fake_clock.h"
#include "tests/ui/scan/qr_pictures.h"
#include "ui/scan/qr_frame_decoder.h"

#include <QSignalSpy>
#include <QTest>

using namespace baartal;
using baartal::testsupport::QrPictures;
using namespace std::chrono_literals;

namespace {

const QSize k720p(1280, 720);

} // namespace

// The counter's camera decoder: what it reads from the pictures a webcam gives, on its worker thread,
// and how it keeps up with a camera that gives more frames than it can decode.
class TestQrFrameDecoder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsPictures_data();
    void readsPictures();
    void readsCameraFrames_data();
    void readsCameraFrames();
    void reportsCodeOnceWhileInSight();
    void reportsCodeAgainAfterRepeatWindow();
    void floodOfFramesKeepsOnlyLatest();
    void keepsMinimumIntervalBetweenDecodes();

private:
    // Submits one picture and waits for its decode; the text read.
    static QString decodeOne(ui::QrFrameDecoder& decoder, const QImage& picture);
};

QString TestQrFrameDecoder::decodeOne(ui::QrFrameDecoder& decoder, const QImage& picture)
{
    QSignalSpy decoded(&decoder, &ui::QrFrameDecoder::frameDecoded);
    decoder.submitImage(picture);
    if (!decoded.wait(10000)) {
        return QStringLiteral("<no decode>");
    }
    return decoded.at(0).at(0).toString();
}

void TestQrFrameDecoder::readsPictures_data()
{
    QTest::addColumn<QImage>("picture");
    QTest::addColumn<QString>("expected");

    const QString identity = QrPictures::identityToken();
    const QString spend = QrPictures::spendToken();
    const QString shortId = QStringLiteral("CUST-000042");

    QTest::newRow("identity token, plain") << QrPictures::code(identity) << identity;
    QTest::newRow("spend token, plain") << QrPictures::code(spend) << spend;
    QTest::newRow("short id, plain") << QrPictures::code(shortId) << shortId;
    QTest::newRow("identity token, turned 90°")
        << QrPictures::rotated(QrPictures::code(identity), 90) << identity;
    QTest::newRow("spend token, turned 30°") << QrPictures::rotated(QrPictures::code(spend), 30) << spend;
    QTest::newRow("short id, turned 200°") << QrPictures::rotated(QrPictures::code(shortId), 200) << shortId;
    QTest::newRow("identity token, blurred")
        << QrPictures::blurred(QrPictures::code(identity, 8), 2) << identity;
    QTest::newRow("identity token, grey 110 on 150") << QrPictures::code(identity, 6, 110, 150) << identity;
    QTest::newRow("spend token, blurred, low contrast")
        << QrPictures::blurred(QrPictures::code(spend, 8, 100, 160), 1) << spend;
    QTest::newRow("identity token, small in a noisy 1280×720 frame")
        << QrPictures::noisyFrame(k720p, 1, QrPictures::code(identity, 3), QPoint(700, 380)) << identity;
    QTest::newRow("short id, small and tilted in a noisy 1280×720 frame")
        << QrPictures::noisyFrame(k720p, 2, QrPictures::rotated(QrPictures::code(shortId, 4), 15, 230),
                                  QPoint(90, 60))
        << shortId;
    QTest::newRow("noisy 1280×720 frame without a code") << QrPictures::noisyFrame(k720p, 3) << QString();
    QTest::newRow("white 1280×720 frame") << [] {
        QImage white(k720p, QImage::Format_RGB32);
        white.fill(Qt::white);
        return white;
    }() << QString();
    QTest::newRow("identity token, 32-bit RGB")
        << QrPictures::code(identity).convertToFormat(QImage::Format_RGB32) << identity;
}

void TestQrFrameDecoder::readsPictures()
{
    QFETCH(QImage, picture);
    QFETCH(QString, expected);

    ui::QrFrameDecoder decoder;
    decoder.setMinimumInterval(0ms);
    QSignalSpy read(&decoder, &ui::QrFrameDecoder::codeRead);

    QCOMPARE(decodeOne(decoder, picture), expected);
    QCOMPARE(read.count(), expected.isEmpty() ? 0 : 1);
    if (!expected.isEmpty()) {
        QCOMPARE(read.at(0).at(0).toString(), expected);
    }
}

void TestQrFrameDecoder::readsCameraFrames_data()
{
    QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
    QTest::newRow("NV12") << QVideoFrameFormat::Format_NV12;
    QTest::newRow("YUV420P") << QVideoFrameFormat::Format_YUV420P;
    QTest::newRow("Y8") << QVideoFrameFormat::Format_Y8;
    QTest::newRow("YUYV") << QVideoFrameFormat::Format_YUYV;
    QTest::newRow("UYVY") << QVideoFrameFormat::Format_UYVY;
    QTest::newRow("BGRA8888") << QVideoFrameFormat::Format_BGRA8888;
    QTest::newRow("ARGB8888") << QVideoFrameFormat::Format_ARGB8888;
    QTest::newRow("RGBX8888") << QVideoFrameFormat::Format_RGBX8888;
}

void TestQrFrameDecoder::readsCameraFrames()
{
    QFETCH(QVideoFrameFormat::PixelFormat, format);
    const QString identity = QrPictures::identityToken();
    const QImage picture = QrPictures::noisyFrame(k720p, 4, QrPictures::code(identity, 4), QPoint(400, 150));

    ui::QrFrameDecoder decoder;
    QSignalSpy decoded(&decoder, &ui::QrFrameDecoder::frameDecoded);
    QSignalSpy read(&decoder, &ui::QrFrameDecoder::codeRead);
    decoder.submitFrame(QrPictures::videoFrame(picture, format));

    QVERIFY(decoded.wait(10000));
    QCOMPARE(read.count(), 1);
    QCOMPARE(read.at(0).at(0).toString(), identity);
}

void TestQrFrameDecoder::reportsCodeOnceWhileInSight()
{
    testsupport::FakeClock clock;
    ui::QrFrameDecoder decoder(clock);
    decoder.setMinimumInterval(0ms);
    QSignalSpy read(&decoder, &ui::QrFrameDecoder::codeRead);
    const QImage customer = QrPictures::code(QrPictures::identityToken());

    // Held in front of the camera for ten seconds, seen every two: one read.
    for (int second = 0; second <= 10; second += 2) {
        QCOMPARE(decodeOne(decoder, customer), QrPictures::identityToken());
        clock.advanceSecs(2);
    }
    QCOMPARE(read.count(), 1);

    // Another customer's code is read at once, within the first one's window.
    QCOMPARE(decodeOne(decoder, QrPictures::code(QrPictures::spendToken())), QrPictures::spendToken());
    QCOMPARE(read.count(), 2);
    QCOMPARE(read.at(1).at(0).toString(), QrPictures::spendToken());
}

void TestQrFrameDecoder::reportsCodeAgainAfterRepeatWindow()
{
    testsupport::FakeClock clock;
    ui::QrFrameDecoder decoder(clock);
    decoder.setMinimumInterval(0ms);
    QCOMPARE(decoder.repeatWindow(), 3000ms);
    QSignalSpy read(&decoder, &ui::QrFrameDecoder::codeRead);
    const QImage customer = QrPictures::code(QStringLiteral("CUST-000042"));

    decodeOne(decoder, customer);
    QCOMPARE(read.count(), 1);

    clock.set(clock.now().addMSecs(2900));
    decodeOne(decoder, customer);
    QCOMPARE(read.count(), 1);

    // Away for a little over the window since it was last seen: a new read.
    clock.set(clock.now().addMSecs(3100));
    decodeOne(decoder, customer);
    QCOMPARE(read.count(), 2);
}

void TestQrFrameDecoder::floodOfFramesKeepsOnlyLatest()
{
    ui::QrFrameDecoder decoder;
    QList<QString> decodedTexts;
    connect(&decoder, &ui::QrFrameDecoder::frameDecoded, this,
            [&](const QString& text) { decodedTexts.append(text); });

    // 200 frames handed over at once, faster than any decoder: the first starts, each later one
    // replaces the one waiting, and only the last is decoded after it.
    const int frames = 200;
    for (int i = 0; i < frames; ++i) {
        decoder.submitImage(QrPictures::code(QStringLiteral("frame-%1").arg(i), 4));
    }
    QVERIFY(decoder.busy());
    QTRY_VERIFY_WITH_TIMEOUT(!decoder.busy(), 10000);
    QCOMPARE(decodedTexts, (QList<QString>{QStringLiteral("frame-0"), QStringLiteral("frame-199")}));
    QCOMPARE(decoder.framesDropped(), frames - 2);
}

void TestQrFrameDecoder::keepsMinimumIntervalBetweenDecodes()
{
    ui::QrFrameDecoder decoder;
    decoder.setMinimumInterval(250ms);
    QList<qint64> finishedAt;
    QElapsedTimer clock;
    clock.start();
    connect(&decoder, &ui::QrFrameDecoder::frameDecoded, this, [&] { finishedAt.append(clock.elapsed()); });

    const QImage small = QrPictures::code(QStringLiteral("CUST-7"), 3);
    // A camera at 100 frames a second for a second (longer when the machine is busy).
    for (int i = 0; i < 100; ++i) {
        decoder.submitImage(small);
        QTest::qWait(10);
    }
    const qint64 fed = clock.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(!decoder.busy(), 10000);
    // Decodes start at least 250 ms apart; each takes a few ms (more on a busy machine), so their ends
    // are well over 150 ms apart, where an unthrottled decoder would finish one every 10 ms.
    const qsizetype most = fed / 250 + 2;
    QVERIFY2(finishedAt.size() >= 3 && finishedAt.size() <= most,
             qPrintable(QStringLiteral("%1 decodes in %2 ms").arg(finishedAt.size()).arg(fed)));
    for (qsizetype i = 1; i < finishedAt.size(); ++i) {
        QVERIFY2(
            finishedAt.at(i) - finishedAt.at(i - 1) >= 150,
            qPrintable(QStringLiteral("decodes %1 ms apart").arg(finishedAt.at(i) - finishedAt.at(i - 1))));
    }
}

QTEST_GUILESS_MAIN(TestQrFrameDecoder)
#include "tst_qr_frame_decoder.moc"
