#include "server/auth/session_service.h"
#include "server/http/access_tokens.h"
#include "sync/client/api_call.h"
#include "sync/client/api_client.h"
#include "tests/server/support/server_test_case.h"
#include "tests/sync/support/api_answer.h"
#include "tests/testsupport/loopback.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <optional>

using baartal::core::Dialect;
using baartal::core::Error;
using baartal::core::ErrorKind;
using baartal::core::Result;
using baartal::sync::ApiClient;
using baartal::sync::AuthSession;
using baartal::sync::MerchantProfile;
using baartal::testsupport::ApiAnswer;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;

namespace {

// Not the default rate, so a receipt computed at the default would show.
constexpr int kIssueRate = 8;

template <typename T>
QString failure(const Result<T>& result)
{
    return result ? QString() : result.error().code + QLatin1String(": ") + result.error().message;
}

} // namespace

class TestApiClient : public ServerTestCase {
    Q_OBJECT

private:
    AuthSession m_session;

    // Signs the client in as the grocer and keeps the session in it, as the counter does.
    void signIn(ApiClient& client)
    {
        client.setBaseUrl(server().api().baseUrl());
        ApiAnswer<AuthSession> session;
        client.login(ServerFixture::kMerchantLogin, ServerFixture::kPassword, &session, session.handler());
        QTRY_VERIFY(session.arrived());
        QVERIFY2(session->ok(), qPrintable(failure(*session)));
        m_session = **session;
        client.setSession(m_session);
    }

    [[nodiscard]] bool openShopAndSignIn(Dialect dialect, ApiClient& client)
    {
        if (startWithShop(dialect, kIssueRate)) {
            signIn(client);
        }
        return !QTest::currentTestFailed();
    }

private Q_SLOTS:
    void loginOpensAMerchantSession_data() { addBackendRows(); }

    void loginOpensAMerchantSession()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect, kIssueRate)) {
            return;
        }
        ApiClient client;
        client.setBaseUrl(server().api().baseUrl());
        ApiAnswer<AuthSession> answer;
        client.login(QStringLiteral(" Grocer@Example.in "), ServerFixture::kPassword, &answer,
                     answer.handler());
        QTRY_VERIFY(answer.arrived());
        QVERIFY2(answer->ok(), qPrintable(failure(*answer)));
        const AuthSession& session = **answer;
        QCOMPARE(baartal::core::toText(session.role), QStringLiteral("merchant"));
        QCOMPARE(session.merchantId, shop().merchant.id);
        QCOMPARE(session.emailOrPhone, ServerFixture::kMerchantLogin);
        QVERIFY(!session.userId.isEmpty());
        QVERIFY(!session.accessToken.isEmpty());
        QVERIFY(!session.refreshToken.isEmpty());
        QCOMPARE(session.expiresInSeconds, qint64(baartal::server::AccessTokens::kDefaultLifetime.count()));
        // Keeping the session is the caller's decision.
        QVERIFY(!client.hasSession());
    }

    void loginRefusesAWrongPassword_data() { addBackendRows(); }

    void loginRefusesAWrongPassword()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect, kIssueRate)) {
            return;
        }
        ApiClient client;
        client.setBaseUrl(server().api().baseUrl());
        ApiAnswer<AuthSession> answer;
        client.login(ServerFixture::kMerchantLogin, QStringLiteral("wrong-password"), &answer,
                     answer.handler());
        QTRY_VERIFY(answer.arrived());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().code, QStringLiteral("invalid_credentials"));
        QCOMPARE(answer->error().kind, ErrorKind::Unauthenticated);
        QVERIFY(!answer->error().message.isEmpty());
    }

    void merchantProfileDescribesTheShop_data() { addBackendRows(); }

    void merchantProfileDescribesTheShop()
    {
        QFETCH(Dialect, dialect);
        ApiClient client;
        if (!openShopAndSignIn(dialect, client)) {
            return;
        }
        ApiAnswer<MerchantProfile> answer;
        client.merchantProfile(&answer, answer.handler());
        QTRY_VERIFY(answer.arrived());
        QVERIFY2(answer->ok(), qPrintable(failure(*answer)));
        const MerchantProfile& profile = **answer;
        QCOMPARE(profile.id, shop().merchant.id);
        QCOMPARE(profile.businessName, QStringLiteral("Shop of ") + ServerFixture::kMerchantLogin);
        QCOMPARE(profile.category, QStringLiteral("grocery"));
        QCOMPARE(profile.issueRate, kIssueRate);
        QVERIFY(!profile.spendCapPercent.has_value());
        QCOMPARE(profile.approved, true);
    }

    void closedPortIsUnreachable()
    {
        ApiClient client;
        client.setBaseUrl(baartal::testsupport::closedLoopbackUrl());
        ApiAnswer<AuthSession> answer;
        client.login(ServerFixture::kMerchantLogin, ServerFixture::kPassword, &answer, answer.handler());
        QTRY_VERIFY(answer.arrived());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().code, QStringLiteral("network_unreachable"));
        QCOMPARE(answer->error().kind, ErrorKind::Unavailable);
    }

    void silentServerTimesOut()
    {
        // Accepts connections and never writes a byte.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));

        ApiClient client;
        client.setBaseUrl(baartal::testsupport::loopbackUrl(silent.serverPort()));
        client.setTimeout(std::chrono::milliseconds(200));
        ApiAnswer<MerchantProfile> answer;
        client.merchantProfile(&answer, answer.handler());
        QTRY_VERIFY(answer.arrived());
        QVERIFY(silent.hasPendingConnections());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().code, QStringLiteral("timeout"));
        QCOMPARE(answer->error().kind, ErrorKind::Unavailable);
    }

    void expiredAccessTokenIsRenewed_data() { addBackendRows(); }

    void expiredAccessTokenIsRenewed()
    {
        QFETCH(Dialect, dialect);
        ApiClient client;
        if (!openShopAndSignIn(dialect, client)) {
            return;
        }
        QSignalSpy renewed(&client, &ApiClient::sessionRenewed);
        QSignalSpy expired(&client, &ApiClient::sessionExpired);
        server().clock().advanceSecs(m_session.expiresInSeconds + 1);

        // Two calls meet the expired token; the session is renewed once for both.
        ApiAnswer<MerchantProfile> profile;
        client.merchantProfile(&profile, profile.handler());
        ApiAnswer<QJsonObject> devices;
        connect(client.get(QStringLiteral("devices")), &baartal::sync::ApiCall::finished, &devices,
                devices.handler());
        QTRY_VERIFY(profile.arrived() && devices.arrived());
        QVERIFY2(profile->ok(), qPrintable(failure(*profile)));
        QVERIFY2(devices->ok(), qPrintable(failure(*devices)));
        QVERIFY((*devices)->value(QStringLiteral("devices")).isArray());

        QCOMPARE(renewed.count(), 1);
        QCOMPARE(expired.count(), 0);
        const auto session = renewed.at(0).at(0).value<AuthSession>();
        QVERIFY(session.accessToken != m_session.accessToken);
        QVERIFY(session.refreshToken != m_session.refreshToken);
        QCOMPARE(session.merchantId, shop().merchant.id);
        QVERIFY(client.hasSession());
    }

    void refusedRenewalEndsTheSession_data() { addBackendRows(); }

    void refusedRenewalEndsTheSession()
    {
        QFETCH(Dialect, dialect);
        ApiClient client;
        if (!openShopAndSignIn(dialect, client)) {
            return;
        }
        QSignalSpy renewed(&client, &ApiClient::sessionRenewed);
        QSignalSpy expired(&client, &ApiClient::sessionExpired);
        server().clock().advanceDays(baartal::server::SessionService::kRefreshTokenDays + 1);

        ApiAnswer<MerchantProfile> answer;
        client.merchantProfile(&answer, answer.handler());
        QTRY_VERIFY(answer.arrived());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().code, QStringLiteral("refresh_token_expired"));
        QCOMPARE(answer->error().kind, ErrorKind::Unauthenticated);

        QCOMPARE(renewed.count(), 0);
        QCOMPARE(expired.count(), 1);
        QCOMPARE(expired.at(0).at(0).value<Error>().code, QStringLiteral("refresh_token_expired"));
        QVERIFY(!client.hasSession());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
