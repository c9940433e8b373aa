#include "ui/app/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace baartal;

// Every string a user sees ships in English, Hindi and Marathi: an unfinished or missing translation
// fails here, before a cashier meets English in the middle of a Marathi screen.
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
        QFile file(QDir(QStringLiteral(BAARTAL_TRANSLATIONS_DIR))
                       .filePath(QStringLiteral("baartal_%1.ts").arg(language)));
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
                messages.last().translation = xml.readElementText();
            }
        }
        return messages;
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

    void systemLanguageFallsBackToEnglish()
    {
        QVERIFY(ui::Translations::languages().contains(ui::Translations::systemLanguage()));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
