#include "server/sms/console_sms_provider.h"
#include "server/sms/http_sms_provider.h"
#include "server/sms/sms_provider.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using baartal::server::SmsProvider;
using baartal::server::SmsSettings;

class TstSmsProvider : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsTheConfiguredProvider()
    {
        auto console = SmsProvider::create({});
        QVERIFY(console.ok());
        QVERIFY(qobject_cast<baartal::server::ConsoleSmsProvider*>(console->get()) != nullptr);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile token(dir.filePath(QStringLiteral("sms-token")));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("secret-token\n");
        token.close();
        SmsSettings settings;
        settings.provider = SmsSettings::Provider::Http;
        settings.httpUrl = QUrl(QStringLiteral("https://sms.example/send"));
        settings.httpTokenFile = token.fileName();
        auto http = SmsProvider::create(settings);
        QVERIFY(http.ok());
        QVERIFY(qobject_cast<baartal::server::HttpSmsProvider*>(http->get()) != nullptr);
    }

    void refusesAMissingOrEmptyTokenFile_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << false << "sms_token_unreadable";
        QTest::newRow("empty") << true << "sms_token_empty";
    }

    void refusesAMissingOrEmptyTokenFile()
    {
        QFETCH(bool, exists);
        QFETCH(QString, code);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sms-token"));
        if (exists) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(" \n");
        }
        SmsSettings settings;
        settings.provider = SmsSettings::Provider::Http;
        settings.httpUrl = QUrl(QStringLiteral("https://sms.example/send"));
        settings.httpTokenFile = path;
        auto provider = SmsProvider::create(settings);
        QVERIFY(!provider.ok());
        QCOMPARE(provider.error().code, code);
    }
};

QTEST_GUILESS_MAIN(TstSmsProvider)
#include "tst_sms_provider.moc"
