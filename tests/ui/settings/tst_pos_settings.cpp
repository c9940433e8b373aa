#include "ui/settings/pos_settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using baartal::ui::PosSettings;
using baartal::ui::ReceiptPaper;

class TstPosSettings : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void aNewCounterStartsWithTheDefaults()
    {
        const QSettings empty(file("empty.conf"), QSettings::IniFormat);
        const PosSettings settings = PosSettings::load(empty);
        QCOMPARE(settings, PosSettings{});
        QCOMPARE(settings.voidWindow, PosSettings::kDefaultVoidWindow);
        QCOMPARE(settings.receiptPaper, ReceiptPaper::Roll80mm);
        QVERIFY(settings.sounds);
        QVERIFY(!settings.printReceipts);
        QVERIFY(settings.language.isEmpty());
    }

    void whatWasSavedIsWhatIsLoaded()
    {
        PosSettings chosen;
        chosen.server = QStringLiteral("https://baartal.example.in");
        chosen.cameraId = QByteArrayLiteral("/dev/video2");
        chosen.cameraResolution = QSize(1280, 720);
        chosen.printerName = QStringLiteral("TVS-RP3160");
        chosen.receiptPaper = ReceiptPaper::Roll58mm;
        chosen.language = QStringLiteral("mr");
        chosen.voidWindow = std::chrono::minutes(5);
        chosen.sounds = false;
        chosen.printReceipts = true;
        {
            QSettings settings(file("saved.conf"), QSettings::IniFormat);
            chosen.save(settings);
        }
        const QSettings settings(file("saved.conf"), QSettings::IniFormat);
        QCOMPARE(PosSettings::load(settings), chosen);
    }

    void unreadableValuesFallBackToTheDefaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("unknown paper") << "printer/paper" << QVariant(QStringLiteral("a3"));
        QTest::newRow("unknown language") << "ui/language" << QVariant(QStringLiteral("fr"));
        QTest::newRow("void window not a number")
            << "counter/void_window_minutes" << QVariant(QStringLiteral("x"));
        QTest::newRow("negative void window") << "counter/void_window_minutes" << QVariant(-5);
        QTest::newRow("void window over a day") << "counter/void_window_minutes" << QVariant(24 * 60 + 1);
        QTest::newRow("empty resolution") << "camera/resolution" << QVariant(QSize(0, 720));
    }

    void unreadableValuesFallBackToTheDefaults()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.conf").arg(QTest::currentDataTag()));
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(key, value);
        }
        const QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(PosSettings::load(settings), PosSettings{});
    }
};

QTEST_GUILESS_MAIN(TstPosSettings)
#include "tst_pos_settings.moc"
