#include "server/notifications/webhook_url_policy.h"

#include <QTest>

using baartal::server::WebhookUrlPolicy;

// Which webhook URLs merchants may register, in production and with loopback allowed for tests.
class TestWebhookUrlPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("production");
        QTest::addColumn<bool>("loopbackAllowed");

        QTest::newRow("https public host") << "https://hooks.example.in/baartal?x=1" << true << true;
        QTest::newRow("https public address") << "https://203.0.113.7/hook" << true << true;
        QTest::newRow("http public host") << "http://hooks.example.in/" << false << false;
        QTest::newRow("http loopback") << "http://127.0.0.1:8080/hook" << false << true;
        QTest::newRow("http localhost") << "http://localhost:9000/hook" << false << true;
        QTest::newRow("https loopback v6") << "https://[::1]/hook" << false << true;
        QTest::newRow("private 10/8") << "https://10.0.0.5/hook" << false << false;
        QTest::newRow("private 172.16/12") << "https://172.20.1.1/hook" << false << false;
        QTest::newRow("private 192.168/16") << "https://192.168.1.1/hook" << false << false;
        QTest::newRow("shared 100.64/10") << "https://100.64.0.1/hook" << false << false;
        QTest::newRow("link-local") << "https://169.254.169.254/" << false << false;
        QTest::newRow("unspecified") << "https://0.0.0.0/" << false << false;
        QTest::newRow("v6 unique local") << "https://[fd00::1]/" << false << false;
        QTest::newRow("v4-mapped private") << "https://[::ffff:10.0.0.1]/" << false << false;
        QTest::newRow("user info") << "https://u:p@hooks.example.in/" << false << false;
        QTest::newRow("fragment") << "https://hooks.example.in/#x" << false << false;
        QTest::newRow("relative") << "/hook" << false << false;
        QTest::newRow("ftp") << "ftp://hooks.example.in/" << false << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false << false;
        QTest::newRow("too long") << "https://hooks.example.in/" + QString(2100, QLatin1Char('a')) << false
                                  << false;
    }

    void check()
    {
        QFETCH(QString, url);
        QFETCH(bool, production);
        QFETCH(bool, loopbackAllowed);
        const auto strict = WebhookUrlPolicy(false).check(url);
        QCOMPARE(strict.ok(), production);
        if (!strict) {
            QCOMPARE(strict.error().code, QStringLiteral("invalid_webhook_url"));
        }
        QCOMPARE(WebhookUrlPolicy(true).check(url).ok(), loopbackAllowed);
    }
};

QTEST_MAIN(TestWebhookUrlPolicy)
#include "tst_webhook_url_policy.moc"
