#include "core/ids/ids.h"
#include "core/tokens/token_verifier.h"
#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/qr_reader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using baartal::core::Dialect;
using baartal::core::TokenVerifier;
using baartal::testsupport::ApiReply;
using baartal::testsupport::QrReader;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;

namespace {

const QString kSpendToken = QStringLiteral("/api/v1/wallet/spend-token");
const QString kEarn = QStringLiteral("/api/v1/merchant/earn");
const QString kOtherShop = QStringLiteral("bakery@example.in");

QString cancelPath(const QString& id)
{
    return kSpendToken + QLatin1Char('/') + id + QStringLiteral("/cancel");
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// Spend tokens: coins the customer sets aside on the phone, held by the server until one counter redeems
// them once, the customer cancels, or the token lapses.
class TestSpendTokens : public ServerTestCase {
    Q_OBJECT

private:
    // The fixture's customer with 100 coins, from a ₹2,000 bill at 5 per ₹100.
    bool startWithCoins(Dialect dialect)
    {
        if (!startWithShop(dialect)) {
            return false;
        }
        const ApiReply earned = server().api().post(
            kEarn,
            {{QStringLiteral("customer_id"), shop().customerId}, {QStringLiteral("bill_amount"), 2000}},
            shop().merchantToken);
        return earned.status == 201;
    }

    ApiReply requestToken(qint64 coins, const QString& merchantId = {},
                          const QString& login = ServerFixture::kCustomerLogin)
    {
        QJsonObject body{{QStringLiteral("coins"), coins}};
        if (!merchantId.isEmpty()) {
            body.insert(QStringLiteral("merchant_id"), merchantId);
        }
        return server().api().post(kSpendToken, body, server().login(login));
    }

    ApiReply redeem(const QString& token, const QJsonValue& bill,
                    const QString& merchantLogin = ServerFixture::kMerchantLogin, QJsonObject body = {})
    {
        body.insert(QStringLiteral("spend_token"), token);
        body.insert(QStringLiteral("bill_amount"), bill);
        return server().api().post(kEarn, body, server().login(merchantLogin));
    }

    ApiReply cancel(const QString& id, const QString& login = ServerFixture::kCustomerLogin)
    {
        return server().api().post(cancelPath(id), {}, server().login(login));
    }

    // {balance, held} of the customer's wallet.
    QPair<qint64, qint64> wallet(const QString& login = ServerFixture::kCustomerLogin)
    {
        const ApiReply reply = server().api().get(QStringLiteral("/api/v1/wallet"), server().login(login));
        return {reply.data().value(QStringLiteral("balance")).toInteger(-1),
                reply.data().value(QStringLiteral("held")).toInteger(-1)};
    }

    static QString tokenOf(const ApiReply& reply)
    {
        return reply.data().value(QStringLiteral("token")).toString();
    }
    static QString idOf(const ApiReply& reply) { return reply.data().value(QStringLiteral("id")).toString(); }

private Q_SLOTS:
    void heldCoinsAreRedeemedOnce_data() { addBackendRows(); }

    void heldCoinsAreRedeemedOnce()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithCoins(dialect));
        const ApiReply created = requestToken(40, shop().merchant.id);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.data().value(QStringLiteral("coins")).toInteger(), 40);
        QCOMPARE(created.data().value(QStringLiteral("merchant_id")).toString(), shop().merchant.id);
        QCOMPARE(created.data().value(QStringLiteral("balance")).toInteger(), 60);
        QCOMPARE(created.data().value(QStringLiteral("held")).toInteger(), 40);
        QCOMPARE(created.data().value(QStringLiteral("expires_at")).toString(),
                 server().clock().now().addSecs(15 * 60).toString(Qt::ISODateWithMs));
        const QString token = tokenOf(created);
        QVERIFY(token.startsWith(QLatin1String("bsp1.")));
        QCOMPARE(QrReader::decode(QByteArray::fromBase64(
                     created.data().value(QStringLiteral("png_base64")).toString().toLatin1())),
                 token);
        QCOMPARE(wallet(), qMakePair(qint64(60), qint64(40)));

        // The token alone names the customer; earn is on the ₹460 paid in money.
        const ApiReply redeemed = redeem(token, 500);
        QCOMPARE(redeemed.status, 201);
        const QJsonObject txn = redeemed.data().value(QStringLiteral("transaction")).toObject();
        QCOMPARE(txn.value(QStringLiteral("customer_id")).toString(), shop().customerId);
        QCOMPARE(txn.value(QStringLiteral("bcoins_spent")).toInteger(), 40);
        QCOMPARE(txn.value(QStringLiteral("bcoins_earned")).toInteger(), 23);
        QCOMPARE(wallet(), qMakePair(qint64(83), qint64(0)));

        // Used once, never again: not here, not with the customer id beside it, not by cancelling.
        const qint64 transactions = rows(QStringLiteral("transactions"));
        QCOMPARE(redeem(token, 500).errorCode(), QStringLiteral("spend_token_used"));
        QCOMPARE(redeem(token, 900, ServerFixture::kMerchantLogin,
                        {{QStringLiteral("customer_id"), shop().customerId}})
                     .status,
                 409);
        QCOMPARE(cancel(idOf(created)).errorCode(), QStringLiteral("spend_token_not_active"));
        QCOMPARE(rows(QStringLiteral("transactions")), transactions);
        QCOMPARE(rows(QStringLiteral("spend_token_redemptions")), 1);
        QCOMPARE(wallet(), qMakePair(qint64(83), qint64(0)));
    }

    void aTokenForOneShopIsRefusedElsewhere_data() { addBackendRows(); }

    void aTokenForOneShopIsRefusedElsewhere()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithCoins(dialect));
        QVERIFY(server().addMerchant(kOtherShop, true).ok());
        const QString token = tokenOf(requestToken(40, shop().merchant.id));
        const ApiReply elsewhere = redeem(token, 500, kOtherShop);
        QCOMPARE(elsewhere.status, 403);
        QCOMPARE(elsewhere.errorCode(), QStringLiteral("spend_token_wrong_merchant"));
        QCOMPARE(wallet(), qMakePair(qint64(60), qint64(40)));
        QCOMPARE(redeem(token, 500).status, 201);

        // A token for any shop is good at the other one.
        const QString anywhere = tokenOf(requestToken(20));
        QCOMPARE(redeem(anywhere, 500, kOtherShop).status, 201);
        QCOMPARE(wallet().second, 0);
    }

    void expiredTokensAreRefusedButStayHeldForOfflineCounters_data() { addBackendRows(); }

    void expiredTokensAreRefusedButStayHeldForOfflineCounters()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithCoins(dialect));
        const ApiReply created = requestToken(40);
        server().clock().advanceSecs(15 * 60 + TokenVerifier::kClockSkew.count());
        const ApiReply refused = redeem(tokenOf(created), 500);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("token_expired"));
        // Still held: a counter that took it offline before it expired may yet upload the sale.
        QCOMPARE(wallet(), qMakePair(qint64(60), qint64(40)));
        server().clock().advanceDays(1);
        QCOMPARE(wallet(), qMakePair(qint64(100), qint64(0)));
        QCOMPARE(cancel(idOf(created)).errorCode(), QStringLiteral("spend_token_not_active"));
    }

    void cancellingFreesTheCoins_data() { addBackendRows(); }

    void cancellingFreesTheCoins()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithCoins(dialect));
        QVERIFY(server().registerCustomer(QStringLiteral("ravi@example.in")).ok());
        const ApiReply created = requestToken(40);
        const QString id = idOf(created);

        // Another customer's token is unknown to them; a malformed id is named as such.
        const ApiReply stranger = cancel(id, QStringLiteral("ravi@example.in"));
        QCOMPARE(stranger.status, 404);
        QCOMPARE(stranger.errorCode(), QStringLiteral("spend_token_not_found"));
        QCOMPARE(cancel(QStringLiteral("not-an-id")).status, 400);
        QCOMPARE(cancel(baartal::core::Ids::newId()).status, 404);
        QCOMPARE(server().api().post(cancelPath(id), {}, shop().merchantToken).status, 403);
        QCOMPARE(wallet(), qMakePair(qint64(60), qint64(40)));

        const ApiReply cancelled = cancel(id);
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.data().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(cancelled.data().value(QStringLiteral("balance")).toInteger(), 100);
        QCOMPARE(wallet(), qMakePair(qint64(100), qint64(0)));
        QCOMPARE(cancel(id).errorCode(), QStringLiteral("spend_token_not_active"));
        const ApiReply refused = redeem(tokenOf(created), 500);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("spend_token_not_active"));
        QCOMPARE(rows(QStringLiteral("transactions")), 1);
    }

    void theBillsCapStillApplies_data() { addBackendRows(); }

    void theBillsCapStillApplies()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithCoins(dialect));
        const QString token = tokenOf(requestToken(40));
        // 20% of ₹199 is 39 coins.
        const ApiReply refused = redeem(token, 199);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("spend_over_cap"));
        QCOMPARE(wallet(), qMakePair(qint64(60), qint64(40)));
        const ApiReply mismatch =
            redeem(token, 500, ServerFixture::kMerchantLogin, {{QStringLiteral("redeem_coins"), 41}});
        QCOMPARE(mismatch.errorCode(), QStringLiteral("spend_token_coins_mismatch"));
        QCOMPARE(rows(QStringLiteral("transactions")), 1);
        QCOMPARE(
            redeem(token, 200, ServerFixture::kMerchantLogin, {{QStringLiteral("redeem_coins"), 40}}).status,
            201);
    }

    void fewerCoinsThanTheTokenHoldsFreeTheRest_data() { addBackendRows(); }

    // The cap bites on a ₹50 bill: 10 of the token's 40 coins are redeemed, the token is used up, and the
    // other 30 are spendable again.
    void fewerCoinsThanTheTokenHoldsFreeTheRest()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithCoins(dialect));
        const QString token = tokenOf(requestToken(40));
        QCOMPARE(wallet(), qMakePair(qint64(60), qint64(40)));
        const ApiReply redeemed =
            redeem(token, 50, ServerFixture::kMerchantLogin, {{QStringLiteral("redeem_coins"), 10}});
        QCOMPARE(redeemed.status, 201);
        const QJsonObject txn = redeemed.data().value(QStringLiteral("transaction")).toObject();
        QCOMPARE(txn.value(QStringLiteral("bcoins_spent")).toInteger(), 10);
        QCOMPARE(txn.value(QStringLiteral("bcoins_earned")).toInteger(), 2);
        QCOMPARE(redeemed.data().value(QStringLiteral("balance")).toInteger(), 92);
        QCOMPARE(wallet(), qMakePair(qint64(92), qint64(0)));
        QCOMPARE(redeem(token, 50, ServerFixture::kMerchantLogin, {{QStringLiteral("redeem_coins"), 10}})
                     .errorCode(),
                 QStringLiteral("spend_token_used"));
        // All 92 can be held again for a new token.
        QCOMPARE(requestToken(92).status, 201);
        QCOMPARE(wallet(), qMakePair(qint64(0), qint64(92)));
    }

    void anotherCustomersOrAlteredTokenIsRefused_data() { addBackendRows(); }

    void anotherCustomersOrAlteredTokenIsRefused()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithCoins(dialect));
        const QString ravi = QStringLiteral("ravi@example.in");
        auto raviId = server().registerCustomer(ravi);
        QVERIFY(raviId.ok());
        QCOMPARE(server()
                     .api()
                     .post(kEarn,
                           {{QStringLiteral("customer_id"), *raviId}, {QStringLiteral("bill_amount"), 2000}},
                           shop().merchantToken)
                     .status,
                 201);
        const QString ravisToken = tokenOf(requestToken(30, {}, ravi));
        const QString ashasQr =
            server()
                .api()
                .get(QStringLiteral("/api/v1/wallet/qr"), server().login(ServerFixture::kCustomerLogin))
                .data()
                .value(QStringLiteral("token"))
                .toString();
        const qint64 transactions = rows(QStringLiteral("transactions"));

        for (const QJsonObject& asha : {QJsonObject{{QStringLiteral("customer_id"), shop().customerId}},
                                        QJsonObject{{QStringLiteral("customer_token"), ashasQr}}}) {
            const ApiReply refused = redeem(ravisToken, 500, ServerFixture::kMerchantLogin, asha);
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.errorCode(), QStringLiteral("spend_token_wrong_customer"));
        }
        QString altered = ravisToken;
        const qsizetype at = altered.indexOf(QLatin1Char('.'), 5) + 12;
        altered[at] = altered[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(redeem(altered, 500).errorCode(), QStringLiteral("token_signature"));
        QCOMPARE(redeem(ashasQr, 500).errorCode(), QStringLiteral("token_wrong_type"));
        QCOMPARE(redeem(QStringLiteral("bsp1.x.y.z"), 500).errorCode(), QStringLiteral("token_malformed"));
        QCOMPARE(rows(QStringLiteral("transactions")), transactions);
        QCOMPARE(wallet(ravi), qMakePair(qint64(70), qint64(30)));
        QCOMPARE(wallet(), qMakePair(qint64(100), qint64(0)));
    }

    void theCallersHeldTokensAreListed_data() { addBackendRows(); }

    void theCallersHeldTokensAreListed()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithCoins(dialect));
        const QString ravi = QStringLiteral("ravi@example.in");
        auto raviId = server().registerCustomer(ravi);
        QVERIFY(raviId.ok());
        QCOMPARE(server()
                     .api()
                     .post(kEarn,
                           {{QStringLiteral("customer_id"), *raviId}, {QStringLiteral("bill_amount"), 2000}},
                           shop().merchantToken)
                     .status,
                 201);
        const QString ravis = idOf(requestToken(30, {}, ravi));
        auto list = [this](const QString& login = ServerFixture::kCustomerLogin) {
            const ApiReply reply =
                server().api().get(QStringLiteral("/api/v1/wallet/spend-tokens"), server().login(login));
            return reply.status == 200 ? reply.data().value(QStringLiteral("spend_tokens")).toArray()
                                       : QJsonArray{reply.status};
        };
        QCOMPARE(list(), QJsonArray());

        const ApiReply bound = requestToken(40, shop().merchant.id);
        server().clock().advanceSecs(1);
        const ApiReply redeemed = requestToken(10);
        QCOMPARE(redeem(tokenOf(redeemed), 500).status, 201);
        server().clock().advanceSecs(1);
        QCOMPARE(cancel(idOf(requestToken(5))).status, 200);
        server().clock().advanceSecs(1);
        const ApiReply open = requestToken(20);

        const QJsonArray held = list();
        QCOMPARE(held.size(), 2);
        const QJsonObject newest = held.at(0).toObject();
        const QJsonObject oldest = held.at(1).toObject();
        QCOMPARE(newest.value(QStringLiteral("id")).toString(), idOf(open));
        QCOMPARE(newest.value(QStringLiteral("token")).toString(), tokenOf(open));
        QCOMPARE(newest.value(QStringLiteral("merchant_id")), QJsonValue());
        QCOMPARE(newest.value(QStringLiteral("business_name")), QJsonValue());
        QCOMPARE(oldest.value(QStringLiteral("id")).toString(), idOf(bound));
        QCOMPARE(oldest.value(QStringLiteral("token")).toString(), tokenOf(bound));
        QCOMPARE(QrReader::decode(QByteArray::fromBase64(
                     oldest.value(QStringLiteral("png_base64")).toString().toLatin1())),
                 tokenOf(bound));
        QCOMPARE(oldest.value(QStringLiteral("coins")).toInteger(), 40);
        QCOMPARE(oldest.value(QStringLiteral("merchant_id")).toString(), shop().merchant.id);
        QCOMPARE(oldest.value(QStringLiteral("business_name")).toString(), shop().merchant.businessName);
        QCOMPARE(oldest.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(oldest.value(QStringLiteral("expires_at")),
                 bound.data().value(QStringLiteral("expires_at")));

        // Another customer's tokens never show, either way round.
        const QJsonArray ravisList = list(ravi);
        QCOMPARE(ravisList.size(), 1);
        QCOMPARE(ravisList.at(0).toObject().value(QStringLiteral("id")).toString(), ravis);
        QCOMPARE(list(ServerFixture::kMerchantLogin), QJsonArray{403});

        // Expired tokens stay listed, without the token, until cancelled or their hold lapses.
        server().clock().advanceSecs(15 * 60);
        const QJsonArray expired = list();
        QCOMPARE(expired.size(), 2);
        QCOMPARE(expired.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("expired"));
        QCOMPARE(expired.at(1).toObject().value(QStringLiteral("token")), QJsonValue());
        QCOMPARE(cancel(expired.at(1).toObject().value(QStringLiteral("id")).toString()).status, 200);
        QCOMPARE(list().size(), 1);
        server().clock().advanceSecs(24 * 3600);
        QCOMPARE(list(), QJsonArray());
        QCOMPARE(wallet(), qMakePair(qint64(100 - 10 + 24), qint64(0))); // ₹490 paid earns 24
    }

    void badRequestsHoldNothing_data()
    {
        const QString unknownShop = baartal::core::Ids::newId();
        addBadInputRows({
            {"malformed json", QByteArrayLiteral("{\"coins\":"), 400, "malformed_json"},
            {"no coins", json({}), 400, "missing_field"},
            {"zero coins", json({{QStringLiteral("coins"), 0}}), 400, "field_out_of_range"},
            {"negative coins", json({{QStringLiteral("coins"), -5}}), 400, "field_out_of_range"},
            {"fractional coins", json({{QStringLiteral("coins"), 2.5}}), 400, "invalid_field_type"},
            {"coins as text", json({{QStringLiteral("coins"), QStringLiteral("5")}}), 400,
             "invalid_field_type"},
            {"more than the balance", json({{QStringLiteral("coins"), 101}}), 422, "insufficient_balance"},
            {"huge coins", json({{QStringLiteral("coins"), 1e15}}), 422, "insufficient_balance"},
            {"coins beyond exact numbers", json({{QStringLiteral("coins"), 1e18}}), 400,
             "invalid_field_type"},
            {"shop not an id",
             json({{QStringLiteral("coins"), 5}, {QStringLiteral("merchant_id"), QStringLiteral("x")}}), 400,
             "invalid_id"},
            {"shop of wrong type", json({{QStringLiteral("coins"), 5}, {QStringLiteral("merchant_id"), 7}}),
             400, "invalid_field_type"},
            {"unknown shop",
             json({{QStringLiteral("coins"), 5}, {QStringLiteral("merchant_id"), unknownShop}}), 404,
             "merchant_not_found"},
        });
    }

    void badRequestsHoldNothing()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QVERIFY(startWithCoins(dialect));
        const ApiReply refused =
            server().api().postRaw(kSpendToken, body, server().login(ServerFixture::kCustomerLogin));
        QCOMPARE(refused.status, status);
        QCOMPARE(refused.errorCode(), code);
        QCOMPARE(rows(QStringLiteral("spend_holds")), 0);
        QCOMPARE(wallet(), qMakePair(qint64(100), qint64(0)));
    }
};

QTEST_GUILESS_MAIN(TestSpendTokens)
#include "tst_spend_tokens.moc"
