#include "server/sms/console_sms_provider.h"
#include "tests/testsupport/log_capture.h"

#include <QSignalSpy>
#include <QTest>

using baartal::server::ConsoleSmsProvider;
using baartal::testsupport::LogCapture;

class TstConsoleSmsProvider : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void logsTheCodeForTheDeveloper()
    {
        ConsoleSmsProvider provider;
        QSignalSpy delivered(&provider, &ConsoleSmsProvider::delivered);
        const LogCapture log(QStringLiteral("baartal.server.sms"));

        provider.sendOtp(
            {QStringLiteral("+919820012345"), QStringLiteral("004211"), std::chrono::seconds(300)});

        QCOMPARE(log.messages().size(), 1);
        QCOMPARE(log.messages().first().type, QtInfoMsg);
        QCOMPARE(log.messages().first().text, QStringLiteral("OTP for +919820012345 : 004211"));
        QCOMPARE(delivered.count(), 1);
        QCOMPARE(delivered.first().value(0).toString(), QStringLiteral("+919820012345"));
    }
};

QTEST_GUILESS_MAIN(TstConsoleSmsProvider)
#include "tst_console_sms_provider.moc"
