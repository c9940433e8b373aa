#include "sync/client/api_client.h"
#include "ui/app/translations.h"
#include "ui/login/login_dialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace baartal;

// Every string a user sees ships in English, Hindi and Marathi: an unfinished or missing translation
// fails here, before a cashier meets English in the middle of a Marathi screen. And the language can
// be switched while the windows are open.
class TestTranslations : public QObject {
    Q_OBJECT

private:
    struct Message {
        QString context;
        QString source;
        QString translation;
        bool unfinished = false;
    };

    static QList<Message> read(const QString& language)
    {
        return readFile(QDir(QStringLiteral(BAARTAL_TRANSLATIONS_DIR))
                            .filePath(QStringLiteral("baartal_%1.ts").arg(language)));
    }

    static QList<Message> readFile(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        QList<Message> messages;
        QString context;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                messages.append({context, {}, {}, false});
            } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
                messages.last().source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
                messages.last().unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                // A numerus message's forms are child elements: their text, run together, is checked.
                messages.last().translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        }
        return messages;
    }

    // "context: source" of each message, the way lupdate tells messages apart.
    static QSet<QString> keys(const QList<Message>& messages)
    {
        QSet<QString> found;
        for (const Message& message : messages) {
            found.insert(message.context + QStringLiteral(": ") + message.source);
        }
        return found;
    }

    static QString listed(QSet<QString> messages)
    {
        QStringList sorted(messages.begin(), messages.end());
        sorted.sort();
        return sorted.join(QLatin1Char('\n'));
    }

    static QStringList placeholders(const QString& text)
    {
        QStringList found;
        for (int i = 1; i <= 9; ++i) {
            if (text.contains(QStringLiteral("%%1").arg(i))) {
                found.append(QStringLiteral("%%1").arg(i));
            }
        }
        return found;
    }

private Q_SLOTS:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("hindi") << "hi";
        QTest::newRow("marathi") << "mr";
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        const auto english = read(QStringLiteral("en"));
        const auto messages = read(language);
        QVERIFY(!english.isEmpty());
        QCOMPARE(messages.size(), english.size());
        for (const Message& message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            QVERIFY2(!message.unfinished && !message.translation.isEmpty(),
                     qPrintable(QStringLiteral("untranslated: ") + where));
            QVERIFY2(message.translation != message.source,
                     qPrintable(QStringLiteral("copied, not translated: ") + where));
            QCOMPARE(placeholders(message.translation), placeholders(message.source));
        }
    }

    void compiledTranslationsChangeTheScreens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("signIn");
        QTest::newRow("english") << "en"
                                 << "Sign in";
        QTest::newRow("hindi") << "hi"
                               << "साइन इन करें";
        QTest::newRow("marathi") << "mr"
                                 << "साइन इन करा";
    }

    void compiledTranslationsChangeTheScreens()
    {
        QFETCH(QString, language);
        QFETCH(QString, signIn);
        QVERIFY(ui::Translations::install(*QCoreApplication::instance(), language));
        QCOMPARE(QCoreApplication::translate("baartal::ui::LoginDialog", "Sign in"), signIn);
    }

    // lupdate over the sources, as `--target update_translations` runs it: a tr() string not yet in the
    // translation files, or one they keep that the sources dropped, fails until the files are updated.
    void translationFilesCoverTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString scanned = dir.filePath(QStringLiteral("sources.ts"));
        const QDir root(QStringLiteral(BAARTAL_SOURCE_DIR));
        QProcess lupdate;
        lupdate.start(QStringLiteral(BAARTAL_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-I"), root.path(), root.filePath(QStringLiteral("ui")),
                       root.filePath(QStringLiteral("app")), QStringLiteral("-ts"), scanned});
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());
        const QSet<QString> sources = keys(readFile(scanned));
        const QSet<QString> english = keys(read(QStringLiteral("en")));
        QVERIFY(!sources.isEmpty());
        QVERIFY2((sources - english).isEmpty(),
                 qPrintable(QStringLiteral("not in baartal_en.ts (run the update_translations target):\n") +
                            listed(sources - english)));
        QVERIFY2((english - sources).isEmpty(),
                 qPrintable(QStringLiteral("in baartal_en.ts but no longer in the sources:\n") +
                            listed(english - sources)));
    }

    // A shown window follows the language at once, its state (here a problem it shows) included.
    void openWindowsFollowTheLanguage()
    {
        sync::ApiClient api;
        ui::LoginDialog dialog(api);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QLineEdit*>(QStringLiteral("server"))->setText(QStringLiteral("ftp://nowhere"));
        dialog.signIn();
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("status"));
        auto* signIn = dialog.findChild<QPushButton*>(QStringLiteral("signIn"));
        struct Expected {
            QString language;
            QString signIn;
            QString title;
            QString status;
        };
        const QList<Expected> languages{
            {QStringLiteral("hi"), QStringLiteral("साइन इन करें"), QStringLiteral("बारताल — साइन इन"),
             QStringLiteral("सर्वर का पता")},
            {QStringLiteral("mr"), QStringLiteral("साइन इन करा"), QStringLiteral("बारताल — साइन इन"),
             QStringLiteral("सर्व्हरचा पत्ता")},
            {QStringLiteral("en"), QStringLiteral("Sign in"), QStringLiteral("Baartal — sign in"),
             QStringLiteral("Enter the server address")},
        };
        for (const Expected& expected : languages) {
            QVERIFY(ui::Translations::install(*QCoreApplication::instance(), expected.language));
            QCOMPARE(ui::Translations::current(), expected.language);
            QTRY_COMPARE(signIn->text(), expected.signIn);
            QVERIFY2(dialog.windowTitle().startsWith(expected.title), qPrintable(dialog.windowTitle()));
            QVERIFY2(status->text().startsWith(expected.status), qPrintable(status->text()));
            QVERIFY(dialog.isVisible());
        }
    }

    void systemLanguageFallsBackToEnglish()
    {
        QVERIFY(ui::Translations::languages().contains(ui::Translations::systemLanguage()));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
