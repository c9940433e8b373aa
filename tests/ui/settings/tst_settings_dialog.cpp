#include "ui/app/translations.h"
#include "ui/settings/settings_dialog.h"

#include <QCameraDevice>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QPrinterInfo>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace baartal;
using ui::PosSettings;
using ui::ReceiptPaper;
using ui::SettingsDialog;

// The counter's settings dialog as a cashier uses it, from the keyboard.
class TestSettingsDialog : public QObject {
    Q_OBJECT

private:
    static PosSettings someSettings()
    {
        PosSettings settings;
        settings.server = QStringLiteral("http://shop.example:9000");
        settings.printerName = QStringLiteral("Thermal-Counter-1");
        settings.cameraResolution = QSize(640, 480);
        settings.receiptPaper = ReceiptPaper::Roll58mm;
        settings.language = QStringLiteral("mr");
        settings.voidWindow = std::chrono::minutes(15);
        settings.sounds = false;
        return settings;
    }

    template <typename T>
    static T* field(const SettingsDialog& dialog, const char* name)
    {
        return dialog.findChild<T*>(QLatin1String(name));
    }

private Q_SLOTS:
    void init() { QVERIFY(ui::Translations::install(*QCoreApplication::instance(), QStringLiteral("en"))); }

    void fieldsShowTheSettings()
    {
        SettingsDialog dialog(someSettings());
        dialog.show();
        QCOMPARE(field<QLineEdit>(dialog, "server")->text(), QStringLiteral("http://shop.example:9000"));
        QCOMPARE(field<QComboBox>(dialog, "paper")->currentText(), QStringLiteral("58 mm thermal roll"));
        QCOMPARE(field<QComboBox>(dialog, "language")->currentText(), QStringLiteral("मराठी"));
        QCOMPARE(field<QSpinBox>(dialog, "voidWindow")->value(), 15);
        QVERIFY(!field<QCheckBox>(dialog, "sounds")->isChecked());
        QCOMPARE(field<QComboBox>(dialog, "resolution")->currentText(), QStringLiteral("640 × 480"));
        // A saved printer that is not installed now stays chosen, marked as such.
        QCOMPARE(field<QComboBox>(dialog, "printer")->currentText(),
                 QStringLiteral("Thermal-Counter-1 (not installed)"));
        // Showing the settings switches no language; choosing one does.
        QCOMPARE(ui::Translations::current(), QStringLiteral("en"));
        QCOMPARE(dialog.settings(), someSettings());
    }

    void missingCameraAndPrinterAreSaid()
    {
        SettingsDialog dialog(PosSettings{});
        dialog.show();
        auto* camera = field<QComboBox>(dialog, "camera");
        auto* cameraNote = field<QLabel>(dialog, "cameraNote");
        const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
        QCOMPARE(camera->count(), cameras.size() + 1);
        QCOMPARE(camera->itemText(0), QStringLiteral("System default"));
        QCOMPARE(cameraNote->isVisible(), cameras.isEmpty());
        QVERIFY(cameraNote->text().startsWith(QStringLiteral("No camera found")));
        auto* printer = field<QComboBox>(dialog, "printer");
        auto* printerNote = field<QLabel>(dialog, "printerNote");
        const QStringList printers = QPrinterInfo::availablePrinterNames();
        QCOMPARE(printer->count(), printers.size() + 1);
        QCOMPARE(printer->itemText(0), QStringLiteral("System default"));
        QCOMPARE(printerNote->isVisible(), printers.isEmpty());
        QVERIFY(printerNote->text().startsWith(QStringLiteral("No printer is installed")));
        QCOMPARE(field<QComboBox>(dialog, "resolution")->itemText(0),
                 QStringLiteral("The camera's own choice"));
    }

    void badServerAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("ftp") << "ftp://shop.example";
        QTest::newRow("no host") << "http://";
        QTest::newRow("mail") << "mailto:owner@shop.example";
    }

    void badServerAddressesAreRefused()
    {
        QFETCH(QString, server);
        SettingsDialog dialog(PosSettings{});
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* serverField = field<QLineEdit>(dialog, "server");
        serverField->setFocus();
        QTest::keyClicks(serverField, server);
        QTest::keyClick(serverField, Qt::Key_Return);
        auto* problem = field<QLabel>(dialog, "problem");
        QVERIFY(problem->isVisible());
        QVERIFY2(
            problem->text().startsWith(QStringLiteral("Enter the server address as http:// or https://")),
            qPrintable(problem->text()));
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(QApplication::focusWidget(), serverField);
    }

    void okReturnsTheEditedSettings()
    {
        SettingsDialog dialog(someSettings());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* server = field<QLineEdit>(dialog, "server");
        server->setFocus();
        server->selectAll();
        QTest::keyClicks(server, QStringLiteral("192.168.1.20:8080"));
        // Alt+A: receipt paper; Down picks the next one (80 mm).
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(&dialog, Qt::Key_V, Qt::AltModifier);
        auto* voidWindow = field<QSpinBox>(dialog, "voidWindow");
        QCOMPARE(QApplication::focusWidget(), voidWindow);
        voidWindow->selectAll();
        QTest::keyClicks(voidWindow, QStringLiteral("0"));
        QTest::keyClick(&dialog, Qt::Key_B, Qt::AltModifier);
        QCOMPARE(voidWindow->text(), QStringLiteral("Voids off"));
        QTRY_VERIFY(field<QCheckBox>(dialog, "sounds")->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);

        PosSettings expected = someSettings();
        expected.server = QStringLiteral("http://192.168.1.20:8080");
        expected.receiptPaper = ReceiptPaper::Roll80mm;
        expected.voidWindow = std::chrono::minutes(0);
        expected.sounds = true;
        const PosSettings edited = dialog.settings();
        QCOMPARE(edited.server, expected.server);
        QCOMPARE(edited.receiptPaper, expected.receiptPaper);
        QCOMPARE(edited.voidWindow.count(), expected.voidWindow.count());
        QCOMPARE(edited, expected);
    }

    void emptyServerMeansTheDefault()
    {
        SettingsDialog dialog(PosSettings{});
        dialog.show();
        QCOMPARE(field<QLineEdit>(dialog, "server")->placeholderText(), PosSettings::defaultServer());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.settings().server.isEmpty());
        QCOMPARE(dialog.settings().serverOrDefault(), PosSettings::defaultServer());
    }

    void choosingALanguageSwitchesAtOnce()
    {
        SettingsDialog dialog(PosSettings{});
        dialog.show();
        auto* language = field<QComboBox>(dialog, "language");
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        language->setCurrentIndex(language->findData(QStringLiteral("hi")));
        QCOMPARE(ui::Translations::current(), QStringLiteral("hi"));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("काउंटर की सेटिंग्स"));
        QCOMPARE(field<QComboBox>(dialog, "paper")->currentText(), QStringLiteral("80 मिमी थर्मल रोल"));
        // The choice stays chosen while the dialog re-renders in it.
        QCOMPARE(language->currentData().toString(), QStringLiteral("hi"));
        dialog.accept();
        QCOMPARE(dialog.settings().language, QStringLiteral("hi"));
        QCOMPARE(ui::Translations::current(), QStringLiteral("hi"));
    }

    void cancelSwitchesTheLanguageBack()
    {
        SettingsDialog dialog(PosSettings{});
        dialog.show();
        auto* language = field<QComboBox>(dialog, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("mr")));
        QCOMPARE(ui::Translations::current(), QStringLiteral("mr"));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("काउंटरच्या सेटिंग्ज"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(ui::Translations::current(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
