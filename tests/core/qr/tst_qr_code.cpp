#include "core/qr/qr_code.h"
#include "tests/testsupport/qr_reader.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

using baartal::core::QrCode;
using baartal::testsupport::QrReader;

class TestQrCode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rendersWhatScannersRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("merchant scan URL")
            << "https://loyalty.example.in/scan/0b7d5e4c-8c1e-4f3a-9d2b-6a1f0e3c5b7a";
        QTest::newRow("short") << "B";
        QTest::newRow("devanagari") << "बारताल दुकान";
        QTest::newRow("long token") << QString(600, QLatin1Char('x'));
    }

    void rendersWhatScannersRead()
    {
        QFETCH(QString, text);
        auto code = QrCode::encode(text);
        QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
        QVERIFY(code->size() >= 21);

        const QImage png = QImage::fromData(code->png(6), "PNG");
        QVERIFY(!png.isNull());
        QCOMPARE(png.width(), (code->size() + 2 * QrCode::kQuietZoneModules) * 6);
        QCOMPARE(QrReader::decode(png), text);

        QSvgRenderer svg(code->svg());
        QVERIFY(svg.isValid());
        QImage drawn(400, 400, QImage::Format_RGB32);
        drawn.fill(Qt::white);
        QPainter painter(&drawn);
        svg.render(&painter);
        painter.end();
        QCOMPARE(QrReader::decode(drawn), text);
    }

    void tooMuchTextIsRefused()
    {
        auto code = QrCode::encode(QString(5000, QLatin1Char('x')));
        QVERIFY(!code.ok());
        QCOMPARE(code.error().code, QStringLiteral("qr_too_long"));
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qr_code.moc"
