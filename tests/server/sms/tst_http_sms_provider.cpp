#include "server/sms/http_sms_provider.h"
#include "tests/testsupport/http_receiver.h"
#include "tests/testsupport/log_capture.h"
#include "tests/testsupport/loopback.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using baartal::server::HttpSmsProvider;
using baartal::server::OtpMessage;
using baartal::testsupport::HttpReceiver;
using baartal::testsupport::LogCapture;

namespace {

const OtpMessage kMessage{QStringLiteral("+919820012345"), QStringLiteral("042917"),
                          std::chrono::seconds(300)};

} // namespace

class TstHttpSmsProvider : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void postsTheCodeAsJson()
    {
        HttpReceiver receiver;
        QVERIFY(receiver.listen());
        HttpSmsProvider provider(receiver.url(QStringLiteral("/sms/send")),
                                 QByteArrayLiteral("gateway-token"), std::chrono::seconds(5));
        QSignalSpy delivered(&provider, &HttpSmsProvider::delivered);
        QSignalSpy failed(&provider, &HttpSmsProvider::failed);

        provider.sendOtp(kMessage);
        QVERIFY(delivered.wait());
        QCOMPARE(delivered.first().value(0).toString(), kMessage.phone);
        QCOMPARE(failed.count(), 0);

        QCOMPARE(receiver.requests().size(), 1);
        const auto& request = receiver.requests().first();
        QCOMPARE(request.method, QByteArrayLiteral("POST"));
        QCOMPARE(request.path, QByteArrayLiteral("/sms/send"));
        QCOMPARE(request.header("Authorization"), QByteArrayLiteral("Bearer gateway-token"));
        QCOMPARE(request.header("Content-Type"), QByteArrayLiteral("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QStringLiteral("to")).toString(), kMessage.phone);
        QCOMPARE(body.value(QStringLiteral("otp")).toString(), kMessage.code);
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 300);
        QCOMPARE(
            body.value(QStringLiteral("message")).toString(),
            QStringLiteral("042917 is your Baartal login code. It expires in 5 minutes. Do not share it."));
    }

    void sendsNoAuthorizationWithoutAToken()
    {
        HttpReceiver receiver;
        QVERIFY(receiver.listen());
        HttpSmsProvider provider(receiver.url(QStringLiteral("/")), {}, std::chrono::seconds(5));
        QSignalSpy delivered(&provider, &HttpSmsProvider::delivered);
        provider.sendOtp(kMessage);
        QVERIFY(delivered.wait());
        QVERIFY(receiver.requests().first().header("Authorization").isEmpty());
    }

    void reportsAndLogsFailures_data()
    {
        QTest::addColumn<int>("status"); // 0: the receiver never answers
        QTest::addColumn<QString>("reason");
        QTest::newRow("server error") << 500 << "HTTP 500";
        QTest::newRow("refused") << 401 << "HTTP 401";
        QTest::newRow("redirect is not followed") << 302 << "HTTP 302";
        QTest::newRow("no answer within the timeout") << 0 << "";
    }

    void reportsAndLogsFailures()
    {
        QFETCH(int, status);
        QFETCH(QString, reason);
        HttpReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setStatus(status);
        receiver.setSilent(status == 0);
        HttpSmsProvider provider(receiver.url(QStringLiteral("/sms")), QByteArrayLiteral("t"),
                                 std::chrono::seconds(1));
        QSignalSpy delivered(&provider, &HttpSmsProvider::delivered);
        QSignalSpy failed(&provider, &HttpSmsProvider::failed);
        const LogCapture log(QStringLiteral("baartal.server.sms"));

        provider.sendOtp(kMessage);
        QVERIFY(failed.wait(5000));
        QCOMPARE(delivered.count(), 0);
        QCOMPARE(receiver.requests().size(), 1); // a redirect was not followed
        QVERIFY(failed.first().value(1).toString().startsWith(reason));
        QCOMPARE(log.messages().size(), 1);
        QCOMPARE(log.messages().first().type, QtWarningMsg);
        QVERIFY(log.messages().first().text.contains(QStringLiteral("+91******2345")));
        QVERIFY2(!log.messages().first().text.contains(kMessage.code), "the code must not reach the log");
    }

    void reportsAnUnreachableGateway()
    {
        HttpSmsProvider provider(baartal::testsupport::closedLoopbackUrl(), {}, std::chrono::seconds(5));
        QSignalSpy failed(&provider, &HttpSmsProvider::failed);
        provider.sendOtp(kMessage);
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().value(0).toString(), kMessage.phone);
    }

    // sendOtp() only starts the request: the caller is back before the gateway has even read it.
    void doesNotWaitForTheGateway()
    {
        HttpReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setSilent(true);
        HttpSmsProvider provider(receiver.url(QStringLiteral("/sms")), {}, std::chrono::seconds(5));
        provider.sendOtp(kMessage);
        QCOMPARE(receiver.requests().size(), 0);
        QVERIFY(receiver.waitForRequests(1));
    }
};

QTEST_GUILESS_MAIN(TstHttpSmsProvider)
#include "tst_http_sms_provider.moc"
