#include "server/auth/session_service.h"
#include "server/http/access_tokens.h"
#include "sync/client/api_client.h"
#include "tests/server/support/server_test_case.h"
#include "tests/sync/support/api_answer.h"
#include "tests/testsupport/loopback.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include <optional>

using baartal::core::Coins;
using baartal::core::Dialect;
using baartal::core::Error;
using baartal::core::ErrorKind;
using baartal::core::Paise;
using baartal::core::Result;
using baartal::sync::ApiClient;
using baartal::sync::AuthSession;
using baartal::sync::EarnReceipt;
using baartal::sync::EarnRequest;
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

EarnRequest sale(const QString& customerId, qint64 billPaise, qint64 redeemCoins = 0)
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces), customerId, Paise(billPaise),
            Coins(redeemCoins)};
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

    void earnCreditsAtTheIssueRate_data() { addBackendRows(); }

    void earnCreditsAtTheIssueRate()
    {
        QFETCH(Dialect, dialect);
        ApiClient client;
        if (!openShopAndSignIn(dialect, client)) {
            return;
        }
        ApiAnswer<EarnReceipt> first;
        client.earn(sale(shop().customerId, 177120), &first, first.handler());
        QTRY_VERIFY(first.arrived());
        QVERIFY2(first->ok(), qPrintable(failure(*first)));
        QVERIFY(!(*first)->serverTxnId.isEmpty());
        QCOMPARE((*first)->customerId, shop().customerId);
        // floor(₹1771.20 × 8 / 100)
        QCOMPARE((*first)->coinsEarned.value(), 141);
        QCOMPARE((*first)->coinsSpent.value(), 0);
        QCOMPARE((*first)->balance.value(), 141);
        QCOMPARE((*first)->duplicate, false);

        // Redeeming 10 coins on ₹100 earns on the ₹90 paid in money.
        ApiAnswer<EarnReceipt> second;
        client.earn(sale(shop().customerId, 10000, 10), &second, second.handler());
        QTRY_VERIFY(second.arrived());
        QVERIFY2(second->ok(), qPrintable(failure(*second)));
        QCOMPARE((*second)->coinsSpent.value(), 10);
        QCOMPARE((*second)->coinsEarned.value(), 7);
        QCOMPARE((*second)->balance.value(), 141 - 10 + 7);
        QVERIFY((*second)->serverTxnId != (*first)->serverTxnId);
        QCOMPARE(rows(QStringLiteral("transactions")), 2);
    }

    void earnResentIsADuplicate_data() { addBackendRows(); }

    void earnResentIsADuplicate()
    {
        QFETCH(Dialect, dialect);
        ApiClient client;
        if (!openShopAndSignIn(dialect, client)) {
            return;
        }
        const EarnRequest request = sale(shop().customerId, 177120);
        ApiAnswer<EarnReceipt> first;
        client.earn(request, &first, first.handler());
        QTRY_VERIFY(first.arrived());
        QVERIFY2(first->ok(), qPrintable(failure(*first)));

        // The counter resends a sale whose answer it never saw.
        ApiAnswer<EarnReceipt> resent;
        client.earn(request, &resent, resent.handler());
        QTRY_VERIFY(resent.arrived());
        QVERIFY2(resent->ok(), qPrintable(failure(*resent)));
        QCOMPARE((*resent)->duplicate, true);
        QCOMPARE((*resent)->serverTxnId, (*first)->serverTxnId);
        QCOMPARE((*resent)->coinsEarned.value(), 141);
        QCOMPARE((*resent)->balance.value(), 141);
        QCOMPARE(rows(QStringLiteral("transactions")), 1);
    }

    void earnForAnUnknownCustomerFails_data() { addBackendRows(); }

    void earnForAnUnknownCustomerFails()
    {
        QFETCH(Dialect, dialect);
        ApiClient client;
        if (!openShopAndSignIn(dialect, client)) {
            return;
        }
        ApiAnswer<EarnReceipt> answer;
        client.earn(sale(QUuid::createUuid().toString(QUuid::WithoutBraces), 177120), &answer,
                    answer.handler());
        QTRY_VERIFY(answer.arrived());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().code, QStringLiteral("customer_not_found"));
        QCOMPARE(answer->error().kind, ErrorKind::NotFound);
        QCOMPARE(rows(QStringLiteral("transactions")), 0);
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
        ApiAnswer<EarnReceipt> receipt;
        client.earn(sale(shop().customerId, 177120), &receipt, receipt.handler());
        QTRY_VERIFY(profile.arrived() && receipt.arrived());
        QVERIFY2(profile->ok(), qPrintable(failure(*profile)));
        QVERIFY2(receipt->ok(), qPrintable(failure(*receipt)));
        QCOMPARE((*receipt)->coinsEarned.value(), 141);
        QCOMPARE(rows(QStringLiteral("transactions")), 1);

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
