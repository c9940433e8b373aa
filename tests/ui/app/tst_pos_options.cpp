#include "ui/app/pos_options.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace baartal;

class TestPosOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsEveryOption()
    {
        auto options = ui::PosOptions::parse({QStringLiteral("baartal-pos"), QStringLiteral("--server"),
                                              QStringLiteral("http://127.0.0.1:9000"),
                                              QStringLiteral("--login"), QStringLiteral("shop@baartal.test"),
                                              QStringLiteral("--password"), QStringLiteral("secret"),
                                              QStringLiteral("--database"), QStringLiteral("/tmp/c.sqlite"),
                                              QStringLiteral("--language"), QStringLiteral("mr")});
        QVERIFY(options.ok());
        QCOMPARE(options->server, QStringLiteral("http://127.0.0.1:9000"));
        QCOMPARE(options->login, QStringLiteral("shop@baartal.test"));
        QCOMPARE(options->password, QStringLiteral("secret"));
        QCOMPARE(options->database, QStringLiteral("/tmp/c.sqlite"));
        QCOMPARE(options->language, QStringLiteral("mr"));
    }

    void takesAPictureAsTheWebcam()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("frame.png"));
        QImage frame(1280, 720, QImage::Format_Grayscale8);
        frame.fill(Qt::white);
        QVERIFY(frame.save(path));
        auto options =
            ui::PosOptions::parse({QStringLiteral("baartal-pos"), QStringLiteral("--camera-image"), path});
        QVERIFY(options.ok());
        QCOMPARE(options->cameraImage, path);
    }

    void nothingGivenLeavesEverythingEmpty()
    {
        auto options = ui::PosOptions::parse({QStringLiteral("baartal-pos")});
        QVERIFY(options.ok());
        QVERIFY(options->server.isEmpty());
        QVERIFY(options->login.isEmpty());
        QVERIFY(options->language.isEmpty());
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")} << "colour";
        QTest::newRow("missing value") << QStringList{QStringLiteral("--server")} << "server";
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("--language"), QStringLiteral("fr")} << "en, hi, mr";
        QTest::newRow("camera image that is no picture")
            << QStringList{QStringLiteral("--camera-image"), QStringLiteral("/etc/hostname")}
            << "/etc/hostname";
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        arguments.prepend(QStringLiteral("baartal-pos"));
        auto options = ui::PosOptions::parse(arguments);
        QVERIFY(!options.ok());
        QCOMPARE(options.error().code, QStringLiteral("invalid_arguments"));
        QVERIFY2(options.error().message.contains(mentions), qPrintable(options.error().message));
    }
};

QTEST_MAIN(TestPosOptions)
#include "tst_pos_options.moc"
