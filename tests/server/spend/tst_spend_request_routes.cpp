#include "core/merchants/merchant_repository.h"
#include "core/storage/database.h"
#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/test_backends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;
using baartal::testsupport::TestBackends;

namespace {

const QString kCustomerRequests = QStringLiteral("/api/v1/wallet/spend-requests");
const QString kMerchantRequests = QStringLiteral("/api/v1/merchant/spend-requests");
const QString kOtherCustomer = QStringLiteral("ravi@example.in");
const QString kOtherShop = QStringLiteral("salon@example.in");

QJsonArray requestsOf(const ApiReply& reply)
{
    return reply.data().value(QStringLiteral("spend_requests")).toArray();
}

QString idOf(const ApiReply& reply)
{
    return reply.data()
        .value(QStringLiteral("spend_request"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

QString statusOf(const ApiReply& reply)
{
    return reply.data()
        .value(QStringLiteral("spend_request"))
        .toObject()
        .value(QStringLiteral("status"))
        .toString();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestSpendRequestRoutes : public ServerTestCase {
    Q_OBJECT

private:
    // 88 coins for the fixture's customer, from a ₹1,771.20 sale at the fixture's shop.
    bool earn88()
    {
        const ApiReply reply =
            server().api().post(QStringLiteral("/api/v1/merchant/earn"),
                                {{QStringLiteral("customer_id"), shop().customerId},
                                 {QStringLiteral("bill_amount"), QStringLiteral("1771.20")}},
                                server().login(ServerFixture::kMerchantLogin));
        return reply.status == 201;
    }

    ApiReply ask(const QString& merchantId, const QJsonValue& coins,
                 const QString& login = ServerFixture::kCustomerLogin)
    {
        return server().api().post(
            kCustomerRequests,
            {{QStringLiteral("merchant_id"), merchantId}, {QStringLiteral("coins"), coins}},
            server().login(login));
    }

    ApiReply confirm(const QString& id, const QJsonValue& bill,
                     const QString& merchantLogin = ServerFixture::kMerchantLogin,
                     const QString& clientTxnId = {})
    {
        QJsonObject body{{QStringLiteral("bill_amount"), bill}};
        if (!clientTxnId.isEmpty()) {
            body.insert(QStringLiteral("client_txn_id"), clientTxnId);
        }
        return server().api().post(kMerchantRequests + QLatin1Char('/') + id + QStringLiteral("/confirm"),
                                   body, server().login(merchantLogin));
    }

    ApiReply decline(const QString& id, const QString& merchantLogin = ServerFixture::kMerchantLogin)
    {
        return server().api().post(kMerchantRequests + QLatin1Char('/') + id + QStringLiteral("/decline"), {},
                                   server().login(merchantLogin));
    }

    ApiReply cancel(const QString& id, const QString& login = ServerFixture::kCustomerLogin)
    {
        return server().api().post(kCustomerRequests + QLatin1Char('/') + id + QStringLiteral("/cancel"), {},
                                   server().login(login));
    }

    QJsonArray customerList(const QString& login = ServerFixture::kCustomerLogin)
    {
        return requestsOf(server().api().get(kCustomerRequests, server().login(login)));
    }

    QJsonArray merchantList(const QString& login = ServerFixture::kMerchantLogin)
    {
        return requestsOf(server().api().get(kMerchantRequests, server().login(login)));
    }

    qint64 balance()
    {
        const ApiReply wallet = server().api().get(QStringLiteral("/api/v1/wallet"),
                                                   server().login(ServerFixture::kCustomerLogin));
        return wallet.status == 200 ? wallet.data().value(QStringLiteral("balance")).toInteger() : -1;
    }

    // Coins posted to the shop's redeemed account.
    qint64 redeemedBy(const QString& merchantId)
    {
        auto query = server().database().exec(
            QStringLiteral("SELECT COALESCE(SUM(coins), 0) FROM ledger_postings WHERE account_type = "
                           "'merchant_redeemed' AND account_owner = ?"),
            {merchantId});
        return query && (*query)->next() ? (*query)->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void confirmSpendsTheRequestedCoins_data() { addBackendRows(); }

    void confirmSpendsTheRequestedCoins()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        QVERIFY(earn88());
        const ApiReply asked = ask(shop().merchant.id, 20);
        QCOMPARE(asked.status, 201);
        const QJsonObject request = asked.data().value(QStringLiteral("spend_request")).toObject();
        const QString id = request.value(QStringLiteral("id")).toString();
        QCOMPARE(request.value(QStringLiteral("customer_id")).toString(), shop().customerId);
        QCOMPARE(request.value(QStringLiteral("merchant_id")).toString(), shop().merchant.id);
        QCOMPARE(request.value(QStringLiteral("coins")).toInteger(), 20);
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(request.value(QStringLiteral("expires_at")).toString(),
                 QStringLiteral("2026-01-15T10:30:00.000Z"));
        QVERIFY(request.value(QStringLiteral("txn_id")).isNull());
        QCOMPARE(balance(), 88); // asking holds nothing

        const QJsonArray mine = customerList();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.at(0).toObject().value(QStringLiteral("business_name")).toString(),
                 shop().merchant.businessName);
        const QJsonArray waiting = merchantList();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.at(0).toObject().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(waiting.at(0).toObject().value(QStringLiteral("contact")).toString(),
                 QStringLiteral("as\u2022\u2022\u2022@example.in"));
        QCOMPARE(waiting.at(0).toObject().value(QStringLiteral("balance")).toInteger(), 88);

        const ApiReply confirmed = confirm(id, 100);
        QCOMPARE(confirmed.status, 201);
        const QJsonObject txn = confirmed.data().value(QStringLiteral("transaction")).toObject();
        QCOMPARE(txn.value(QStringLiteral("type")).toString(), QStringLiteral("spend"));
        QCOMPARE(txn.value(QStringLiteral("bcoins_spent")).toInteger(), 20);
        QCOMPARE(txn.value(QStringLiteral("bcoins_earned")).toInteger(), 4); // on the ₹80 paid in money
        QCOMPARE(confirmed.data().value(QStringLiteral("balance")).toInteger(), 72);
        QCOMPARE(redeemedBy(shop().merchant.id), 20);
        const QJsonObject settled = customerList().at(0).toObject();
        QCOMPARE(settled.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(settled.value(QStringLiteral("txn_id")), txn.value(QStringLiteral("txn_id")));
        QCOMPARE(settled.value(QStringLiteral("decided_at")).toString(),
                 QStringLiteral("2026-01-15T10:00:00.000Z"));
        QCOMPARE(merchantList().size(), 0);

        const ApiReply twice = confirm(id, 100);
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.errorCode(), QStringLiteral("spend_request_confirmed"));
        QCOMPARE(rows(QStringLiteral("transactions")), 2);
        QCOMPARE(balance(), 72);
    }

    void confirmReplayIsIdempotent_data() { addBackendRows(); }

    void confirmReplayIsIdempotent()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        QVERIFY(earn88());
        const QString id = idOf(ask(shop().merchant.id, 20));
        const QString clientTxnId = newId();
        const ApiReply first = confirm(id, 100, ServerFixture::kMerchantLogin, clientTxnId);
        QCOMPARE(first.status, 201);
        const ApiReply replay = confirm(id, 100, ServerFixture::kMerchantLogin, clientTxnId);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.data().value(QStringLiteral("duplicate")).toBool(), true);
        QCOMPARE(
            replay.data().value(QStringLiteral("transaction")).toObject().value(QStringLiteral("txn_id")),
            first.data().value(QStringLiteral("transaction")).toObject().value(QStringLiteral("txn_id")));
        const ApiReply other = confirm(id, 100, ServerFixture::kMerchantLogin, newId());
        QCOMPARE(other.status, 409);
        QCOMPARE(other.errorCode(), QStringLiteral("spend_request_confirmed"));
        QCOMPARE(rows(QStringLiteral("transactions")), 2);
        QCOMPARE(balance(), 72);
        QCOMPARE(redeemedBy(shop().merchant.id), 20);
    }

    void confirmChecksCapAndBalanceNow_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("code");
        const struct {
            const char* situation;
            const char* code;
        } cases[] = {
            {"over the platform cap", "spend_over_cap"},
            {"over the shop's lower cap", "spend_over_cap"},
            {"balance spent meanwhile", "insufficient_balance"},
        };
        for (const Dialect dialect : TestBackends::dialects()) {
            for (const auto& c : cases) {
                QTest::addRow("%s/%s", qPrintable(TestBackends::name(dialect)), c.situation)
                    << dialect << QString::fromLatin1(c.situation) << QString::fromLatin1(c.code);
            }
        }
    }

    // The bill and the balance are only known at the counter: a refusal there leaves the request pending
    // and the wallet untouched.
    void confirmChecksCapAndBalanceNow()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, situation);
        QFETCH(QString, code);
        if (!startWithShop(dialect)) {
            return;
        }
        QVERIFY(earn88());
        qint64 coins = 21; // 20% of ₹100 is 20
        QString bill = QStringLiteral("100.00");
        if (situation == QLatin1String("over the shop's lower cap")) {
            baartal::core::Merchant lowered = shop().merchant;
            lowered.spendCapPercent = 10;
            QVERIFY(baartal::core::MerchantRepository(server().database()).update(lowered).ok());
            coins = 11;
        } else if (situation == QLatin1String("balance spent meanwhile")) {
            coins = 80;
            bill = QStringLiteral("1000.00");
            QVERIFY(server().addMerchant(kOtherShop, true).ok());
        }
        const QString id = idOf(ask(shop().merchant.id, coins));
        QVERIFY(!id.isEmpty());
        if (situation == QLatin1String("balance spent meanwhile")) {
            const ApiReply spent = server().api().post(QStringLiteral("/api/v1/merchant/earn"),
                                                       {{QStringLiteral("customer_id"), shop().customerId},
                                                        {QStringLiteral("bill_amount"), 100},
                                                        {QStringLiteral("redeem_coins"), 20}},
                                                       server().login(kOtherShop));
            QCOMPARE(spent.status, 201);
        }
        const qint64 held = balance();
        const qint64 transactions = rows(QStringLiteral("transactions"));
        const ApiReply refused = confirm(id, bill);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), code);
        QCOMPARE(balance(), held);
        QCOMPARE(rows(QStringLiteral("transactions")), transactions);
        QCOMPARE(merchantList().size(), 1);
        QCOMPARE(redeemedBy(shop().merchant.id), 0);
    }

    void othersCannotSeeOrTouchARequest_data() { addBackendRows(); }

    // Another shop cannot see, confirm or decline it; another customer cannot see or cancel it. Each
    // answers as for an unknown request, and the request stays pending.
    void othersCannotSeeOrTouchARequest()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        QVERIFY(earn88());
        QVERIFY(server().registerCustomer(kOtherCustomer).ok());
        QVERIFY(server().addMerchant(kOtherShop, true).ok());
        const QString id = idOf(ask(shop().merchant.id, 20));
        QVERIFY(!id.isEmpty());

        QCOMPARE(merchantList(kOtherShop).size(), 0);
        QCOMPARE(customerList(kOtherCustomer).size(), 0);
        for (const ApiReply& reply :
             {confirm(id, 100, kOtherShop), decline(id, kOtherShop), cancel(id, kOtherCustomer),
              confirm(newId(), 100), decline(newId()), cancel(newId())}) {
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.errorCode(), QStringLiteral("spend_request_not_found"));
        }
        const ApiReply badId = confirm(QStringLiteral("not-an-id"), 100);
        QCOMPARE(badId.status, 400);
        QCOMPARE(badId.errorCode(), QStringLiteral("invalid_id"));

        QCOMPARE(customerList().at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(merchantList().size(), 1);
        QCOMPARE(rows(QStringLiteral("transactions")), 1);
        QCOMPARE(balance(), 88);
    }

    void closedRequestsCannotBeConfirmed_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("status");
        for (const Dialect dialect : TestBackends::dialects()) {
            for (const char* status : {"declined", "cancelled", "lapsed"}) {
                QTest::addRow("%s/%s", qPrintable(TestBackends::name(dialect)), status)
                    << dialect << QString::fromLatin1(status);
            }
        }
    }

    void closedRequestsCannotBeConfirmed()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, status);
        if (!startWithShop(dialect)) {
            return;
        }
        QVERIFY(earn88());
        const QString id = idOf(ask(shop().merchant.id, 20));
        QVERIFY(!id.isEmpty());
        if (status == QLatin1String("declined")) {
            const ApiReply declined = decline(id);
            QCOMPARE(declined.status, 200);
            QCOMPARE(statusOf(declined), status);
        } else if (status == QLatin1String("cancelled")) {
            const ApiReply cancelled = cancel(id);
            QCOMPARE(cancelled.status, 200);
            QCOMPARE(statusOf(cancelled), status);
        } else {
            server().clock().advanceSecs(30 * 60);
        }
        const QString code = QStringLiteral("spend_request_") + status;
        for (const ApiReply& reply : {confirm(id, 100), decline(id), cancel(id)}) {
            QCOMPARE(reply.status, 409);
            QCOMPARE(reply.errorCode(), code);
        }
        QCOMPARE(customerList().at(0).toObject().value(QStringLiteral("status")).toString(), status);
        QCOMPARE(merchantList().size(), 0);
        QCOMPARE(rows(QStringLiteral("transactions")), 1);
        QCOMPARE(balance(), 88);
    }

    void askingIsRefusedWhereItCannotBeMet_data() { addBackendRows(); }

    void askingIsRefusedWhereItCannotBeMet()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        QVERIFY(earn88());
        auto pending = server().addMerchant(QStringLiteral("pending@example.in"), false);
        QVERIFY(pending.ok());
        const struct {
            ApiReply reply;
            int status;
            const char* code;
        } cases[] = {
            {ask(newId(), 10), 404, "merchant_not_found"},
            {ask(pending->id, 10), 409, "merchant_not_approved"},
            {ask(shop().merchant.id, 89), 422, "insufficient_balance"},
        };
        for (const auto& c : cases) {
            QCOMPARE(c.reply.status, c.status);
            QCOMPARE(c.reply.errorCode(), QString::fromLatin1(c.code));
        }
        QCOMPARE(rows(QStringLiteral("spend_requests")), 0);

        QCOMPARE(ask(shop().merchant.id, 10).status, 201);
        const ApiReply second = ask(shop().merchant.id, 15);
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), QStringLiteral("spend_request_pending"));
        QCOMPARE(rows(QStringLiteral("spend_requests")), 1);
    }

    void askingRefusesBadInput_data()
    {
        const auto json = [](const QJsonValue& merchant, const QJsonValue& coins) {
            QJsonObject body{{QStringLiteral("merchant_id"), merchant}, {QStringLiteral("coins"), coins}};
            return QJsonDocument(body).toJson(QJsonDocument::Compact);
        };
        const QString shop = QStringLiteral("%SHOP%");
        addBadInputRows({
            {"malformed json", QByteArrayLiteral("{\"coins\":"), 400, "malformed_json"},
            {"missing merchant", QByteArrayLiteral("{\"coins\":5}"), 400, "missing_field"},
            {"merchant not a uuid", json(QStringLiteral("grocer"), 5), 400, "invalid_id"},
            {"missing coins", json(shop, QJsonValue()), 400, "missing_field"},
            {"zero coins", json(shop, 0), 400, "field_out_of_range"},
            {"negative coins", json(shop, -5), 400, "field_out_of_range"},
            {"fractional coins", json(shop, 2.5), 400, "invalid_field_type"},
            {"coins as text", json(shop, QStringLiteral("5")), 400, "invalid_field_type"},
            {"absurd coins", json(shop, 1e15), 400, "field_out_of_range"},
        });
    }

    void askingRefusesBadInput()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!startWithShop(dialect)) {
            return;
        }
        QVERIFY(earn88());
        body.replace("%SHOP%", shop().merchant.id.toLatin1());
        const ApiReply reply =
            server().api().postRaw(kCustomerRequests, body, server().login(ServerFixture::kCustomerLogin));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(rows(QStringLiteral("spend_requests")), 0);
    }

    void confirmRefusesBadInput_data()
    {
        addBadInputRows({
            {"malformed json", QByteArrayLiteral("{\"bill_amount\":"), 400, "malformed_json"},
            {"missing bill", QByteArrayLiteral("{}"), 400, "missing_field"},
            {"zero bill", QByteArrayLiteral("{\"bill_amount\":0}"), 400, "invalid_amount"},
            {"negative bill", QByteArrayLiteral("{\"bill_amount\":-100}"), 400, "invalid_amount"},
            {"bill of wrong type", QByteArrayLiteral("{\"bill_amount\":true}"), 400, "invalid_field_type"},
            {"client id not a uuid", QByteArrayLiteral("{\"bill_amount\":100,\"client_txn_id\":\"t-1\"}"),
             400, "invalid_id"},
        });
    }

    void confirmRefusesBadInput()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!startWithShop(dialect)) {
            return;
        }
        QVERIFY(earn88());
        const QString id = idOf(ask(shop().merchant.id, 20));
        QVERIFY(!id.isEmpty());
        const ApiReply reply =
            server().api().postRaw(kMerchantRequests + QLatin1Char('/') + id + QStringLiteral("/confirm"),
                                   body, server().login(ServerFixture::kMerchantLogin));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(rows(QStringLiteral("transactions")), 1);
        QCOMPARE(merchantList().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSpendRequestRoutes)
#include "tst_spend_request_routes.moc"
