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

const QString kEarn = QStringLiteral("/api/v1/merchant/earn");
const QString kMe = QStringLiteral("/api/v1/merchants/me");
const QString kCheckins = QStringLiteral("/api/v1/merchant/checkins");

QJsonObject sale(const QString& customerId, const QJsonValue& bill)
{
    return {{QStringLiteral("customer_id"), customerId}, {QStringLiteral("bill_amount"), bill}};
}

QJsonObject checkinSale(const QString& checkinId, const QJsonValue& bill)
{
    return {{QStringLiteral("checkin_id"), checkinId}, {QStringLiteral("bill_amount"), bill}};
}

// The same token with one character of its signature changed.
QString tampered(const QString& token)
{
    QString forged = token;
    const qsizetype at = token.lastIndexOf(QLatin1Char('.')) + 5;
    forged[at] = forged[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    return forged;
}

} // namespace

class TestMerchantRoutes : public ServerTestCase {
    Q_OBJECT

private:
    // The customer's check-in at the shop: its id, or empty when the scan was refused.
    QString checkIn(const QString& customerLogin, const QString& merchantId)
    {
        const ApiReply reply =
            server().api().post(QStringLiteral("/api/v1/scan"), {{QStringLiteral("merchant_id"), merchantId}},
                                server().login(customerLogin));
        return reply.data()
            .value(QStringLiteral("checkin"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

    qint64 waiting(const QString& merchantLogin)
    {
        const ApiReply reply = server().api().get(kCheckins, server().login(merchantLogin));
        return reply.status == 200 ? reply.data().value(QStringLiteral("checkins")).toArray().size() : -1;
    }

    qint64 balance()
    {
        const ApiReply wallet = server().api().get(QStringLiteral("/api/v1/wallet"),
                                                   server().login(ServerFixture::kCustomerLogin));
        return wallet.status == 200 ? wallet.data().value(QStringLiteral("balance")).toInteger() : -1;
    }

private Q_SLOTS:
    void meShowsTheCallersShop_data() { addBackendRows(); }

    void meShowsTheCallersShop()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        const ApiReply me = server().api().get(kMe, shop().merchantToken);
        QCOMPARE(me.status, 200);
        const QJsonObject profile = me.data();
        QCOMPARE(profile.value(QStringLiteral("id")).toString(), shop().merchant.id);
        QCOMPARE(profile.value(QStringLiteral("business_name")).toString(),
                 QStringLiteral("Shop of ") + ServerFixture::kMerchantLogin);
        QCOMPARE(profile.value(QStringLiteral("category")).toString(), QStringLiteral("grocery"));
        QCOMPARE(profile.value(QStringLiteral("pincode")).toString(), QStringLiteral("400028"));
        QCOMPARE(profile.value(QStringLiteral("bcoin_issue_rate")).toInt(), 5);
        QCOMPARE(profile.value(QStringLiteral("approved")).toBool(), true);
        QCOMPARE(profile.value(QStringLiteral("qr_code_url")).toString(),
                 QStringLiteral("https://baartal.test/scan/") + shop().merchant.id);
        QVERIFY(!profile.value(QStringLiteral("user_id")).toString().isEmpty());
        QVERIFY(!profile.value(QStringLiteral("bundle_id")).toString().isEmpty());
        QVERIFY(profile.contains(QStringLiteral("address")));

        const ApiReply registered =
            server().api().post(QStringLiteral("/api/v1/auth/register"),
                                {{QStringLiteral("email_or_phone"), QStringLiteral("new@shop.in")},
                                 {QStringLiteral("password"), ServerFixture::kPassword},
                                 {QStringLiteral("role"), QStringLiteral("merchant")}});
        QCOMPARE(registered.status, 201);
        const ApiReply missing = server().api().get(kMe, server().login(QStringLiteral("new@shop.in")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("merchant_profile_missing"));

        const ApiReply customer = server().api().get(kMe, server().login(ServerFixture::kCustomerLogin));
        QCOMPARE(customer.status, 403);
        QCOMPARE(customer.errorCode(), QStringLiteral("forbidden_role"));
    }

    void earnIssuesCoins_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QJsonValue>("bill");
        for (const Dialect dialect : TestBackends::dialects()) {
            QTest::addRow("%s/number", qPrintable(TestBackends::name(dialect)))
                << dialect << QJsonValue(1771.20);
            QTest::addRow("%s/string", qPrintable(TestBackends::name(dialect)))
                << dialect << QJsonValue(QStringLiteral("1771.20"));
        }
    }

    void earnIssuesCoins()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QJsonValue, bill);
        if (!startWithShop(dialect)) {
            return;
        }
        const ApiReply earned =
            server().api().post(kEarn, sale(shop().customerId, bill), shop().merchantToken);
        QCOMPARE(earned.status, 201);
        const QJsonObject txn = earned.data().value(QStringLiteral("transaction")).toObject();
        QVERIFY(QUuid::fromString(txn.value(QStringLiteral("txn_id")).toString()).isNull() == false);
        QCOMPARE(txn.value(QStringLiteral("customer_id")).toString(), shop().customerId);
        QCOMPARE(txn.value(QStringLiteral("merchant_id")).toString(), shop().merchant.id);
        QCOMPARE(txn.value(QStringLiteral("amount")).toDouble(), 1771.2);
        QCOMPARE(txn.value(QStringLiteral("bcoins_earned")).toInteger(), 88);
        QCOMPARE(txn.value(QStringLiteral("bcoins_spent")).toInteger(), 0);
        QCOMPARE(txn.value(QStringLiteral("type")).toString(), QStringLiteral("earn"));
        QCOMPARE(txn.value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2026-01-15T10:00:00.000Z"));
        QCOMPARE(earned.data().value(QStringLiteral("balance")).toInteger(), 88);
        QCOMPARE(earned.data().value(QStringLiteral("duplicate")).toBool(), false);
        QCOMPARE(rows(QStringLiteral("transactions")), 1);
        QCOMPARE(balance(), 88);
    }

    void earnRedeemsWithinTheCap_data() { addBackendRows(); }

    void earnRedeemsWithinTheCap()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        QCOMPARE(server()
                     .api()
                     .post(kEarn, sale(shop().customerId, QStringLiteral("1771.20")), shop().merchantToken)
                     .status,
                 201);

        QJsonObject overCap = sale(shop().customerId, 100);
        overCap.insert(QStringLiteral("redeem_coins"), 21);
        const ApiReply refused = server().api().post(kEarn, overCap, shop().merchantToken);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("spend_over_cap"));
        QCOMPARE(rows(QStringLiteral("transactions")), 1);

        QJsonObject spend = sale(shop().customerId, 100);
        spend.insert(QStringLiteral("redeem_coins"), 20);
        const ApiReply spent = server().api().post(kEarn, spend, shop().merchantToken);
        QCOMPARE(spent.status, 201);
        const QJsonObject txn = spent.data().value(QStringLiteral("transaction")).toObject();
        QCOMPARE(txn.value(QStringLiteral("type")).toString(), QStringLiteral("spend"));
        QCOMPARE(txn.value(QStringLiteral("bcoins_spent")).toInteger(), 20);
        // Earn is on the ₹80 paid in money.
        QCOMPARE(txn.value(QStringLiteral("bcoins_earned")).toInteger(), 4);
        QCOMPARE(spent.data().value(QStringLiteral("balance")).toInteger(), 88 - 20 + 4);
    }

    void earnReplayIsIdempotent_data() { addBackendRows(); }

    void earnReplayIsIdempotent()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        QJsonObject request = sale(shop().customerId, QStringLiteral("1771.20"));
        request.insert(QStringLiteral("client_txn_id"),
                       QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper());
        const ApiReply first = server().api().post(kEarn, request, shop().merchantToken);
        QCOMPARE(first.status, 201);
        const ApiReply replay = server().api().post(kEarn, request, shop().merchantToken);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.data().value(QStringLiteral("duplicate")).toBool(), true);
        QCOMPARE(
            replay.data().value(QStringLiteral("transaction")).toObject().value(QStringLiteral("txn_id")),
            first.data().value(QStringLiteral("transaction")).toObject().value(QStringLiteral("txn_id")));
        QCOMPARE(replay.data().value(QStringLiteral("balance")).toInteger(), 88);
        QCOMPARE(rows(QStringLiteral("transactions")), 1);

        request.insert(QStringLiteral("bill_amount"), 500);
        const ApiReply reused = server().api().post(kEarn, request, shop().merchantToken);
        QCOMPARE(reused.status, 409);
        QCOMPARE(reused.errorCode(), QStringLiteral("client_txn_mismatch"));
        QCOMPARE(rows(QStringLiteral("transactions")), 1);
        QCOMPARE(balance(), 88);
    }

    void earnByCheckinUsesIt_data() { addBackendRows(); }

    // The sale is for the checked-in customer, and the check-in is used with it: it leaves the
    // cashier's list and cannot earn again, while a retry with the same client id is answered as before.
    void earnByCheckinUsesIt()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        const QString checkinId = checkIn(ServerFixture::kCustomerLogin, shop().merchant.id);
        QVERIFY(!checkinId.isEmpty());
        QCOMPARE(waiting(ServerFixture::kMerchantLogin), 1);
        QJsonObject request = checkinSale(checkinId, QStringLiteral("1771.20"));
        request.insert(QStringLiteral("client_txn_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        const ApiReply earned = server().api().post(kEarn, request, shop().merchantToken);
        QCOMPARE(earned.status, 201);
        const QJsonObject txn = earned.data().value(QStringLiteral("transaction")).toObject();
        QCOMPARE(txn.value(QStringLiteral("customer_id")).toString(), shop().customerId);
        QCOMPARE(txn.value(QStringLiteral("bcoins_earned")).toInteger(), 88);
        QCOMPARE(earned.data().value(QStringLiteral("balance")).toInteger(), 88);
        QCOMPARE(waiting(ServerFixture::kMerchantLogin), 0);

        const ApiReply replay = server().api().post(kEarn, request, shop().merchantToken);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.data().value(QStringLiteral("duplicate")).toBool(), true);
        QCOMPARE(
            replay.data().value(QStringLiteral("transaction")).toObject().value(QStringLiteral("txn_id")),
            txn.value(QStringLiteral("txn_id")));

        const ApiReply again = server().api().post(kEarn, checkinSale(checkinId, 500), shop().merchantToken);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("checkin_used"));
        request.insert(QStringLiteral("client_txn_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        const ApiReply reused = server().api().post(kEarn, request, shop().merchantToken);
        QCOMPARE(reused.status, 409);
        QCOMPARE(reused.errorCode(), QStringLiteral("checkin_used"));
        QCOMPARE(rows(QStringLiteral("transactions")), 1);
        QCOMPARE(balance(), 88);
    }

    void earnRefusesUnusableCheckins_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("checkin");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const struct {
            const char* checkin;
            int status;
            const char* code;
        } cases[] = {
            {"another shop's", 404, "checkin_not_found"},
            {"unknown", 404, "checkin_not_found"},
            {"lapsed", 409, "checkin_lapsed"},
        };
        for (const Dialect dialect : TestBackends::dialects()) {
            for (const auto& c : cases) {
                QTest::addRow("%s/%s", qPrintable(TestBackends::name(dialect)), c.checkin)
                    << dialect << QString::fromLatin1(c.checkin) << c.status << QString::fromLatin1(c.code);
            }
        }
    }

    // Nothing is recorded, and the check-in is still where it was.
    void earnRefusesUnusableCheckins()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, checkin);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!startWithShop(dialect)) {
            return;
        }
        const QString otherShop = QStringLiteral("salon@example.in");
        auto other = server().addMerchant(otherShop, true);
        QVERIFY(other.ok());
        QString checkinId;
        if (checkin == QLatin1String("another shop's")) {
            checkinId = checkIn(ServerFixture::kCustomerLogin, other->id);
        } else if (checkin == QLatin1String("unknown")) {
            checkinId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        } else {
            checkinId = checkIn(ServerFixture::kCustomerLogin, shop().merchant.id);
            server().clock().advanceSecs(30 * 60);
        }
        QVERIFY(!checkinId.isEmpty());
        const ApiReply reply = server().api().post(kEarn, checkinSale(checkinId, 100),
                                                   server().login(ServerFixture::kMerchantLogin));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(rows(QStringLiteral("transactions")), 0);
        QCOMPARE(rows(QStringLiteral("coin_lots")), 0);
        if (checkin == QLatin1String("another shop's")) {
            QCOMPARE(waiting(otherShop), 1);
        }
    }

    void earnRefusesOtherCallers_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const struct {
            const char* caller;
            int status;
            const char* code;
        } cases[] = {
            {"no token", 401, "missing_token"},
            {"tampered token", 401, "token_signature"},
            {"expired token", 401, "token_expired"},
            {"customer", 403, "forbidden_role"},
            {"admin", 403, "forbidden_role"},
            {"merchant without shop", 404, "merchant_profile_missing"},
            {"unapproved merchant", 403, "merchant_not_approved"},
        };
        for (const Dialect dialect : TestBackends::dialects()) {
            for (const auto& c : cases) {
                QTest::addRow("%s/%s", qPrintable(TestBackends::name(dialect)), c.caller)
                    << dialect << QString::fromLatin1(c.caller) << c.status << QString::fromLatin1(c.code);
            }
        }
    }

    void earnRefusesOtherCallers()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, caller);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!startWithShop(dialect)) {
            return;
        }
        QVERIFY(server().addAdmin(QStringLiteral("staff@baartal.in")).ok());
        QVERIFY(server().addMerchant(QStringLiteral("pending@example.in"), false).ok());
        const QJsonObject registration{{QStringLiteral("email_or_phone"), QStringLiteral("new@shop.in")},
                                       {QStringLiteral("password"), ServerFixture::kPassword},
                                       {QStringLiteral("role"), QStringLiteral("merchant")}};
        QCOMPARE(server().api().post(QStringLiteral("/api/v1/auth/register"), registration).status, 201);

        QString token;
        if (caller == QLatin1String("tampered token")) {
            token = tampered(shop().merchantToken);
        } else if (caller == QLatin1String("expired token")) {
            token = shop().merchantToken;
            server().clock().advanceSecs(15 * 60);
        } else if (caller == QLatin1String("customer")) {
            token = server().login(ServerFixture::kCustomerLogin);
        } else if (caller == QLatin1String("admin")) {
            token = server().login(QStringLiteral("staff@baartal.in"));
        } else if (caller == QLatin1String("merchant without shop")) {
            token = server().login(QStringLiteral("new@shop.in"));
        } else if (caller == QLatin1String("unapproved merchant")) {
            token = server().login(QStringLiteral("pending@example.in"));
        }
        const ApiReply reply =
            server().api().post(kEarn, sale(shop().customerId, QStringLiteral("1771.20")), token);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(rows(QStringLiteral("transactions")), 0);
        QCOMPARE(rows(QStringLiteral("coin_lots")), 0);
    }

    void earnRefusesBadInput_data()
    {
        const QString customer = QStringLiteral("%CUSTOMER%");
        const auto json = [](const QJsonObject& object) {
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        const auto withField = [&](const QString& field, const QJsonValue& value) {
            QJsonObject request = sale(customer, QStringLiteral("100.00"));
            request.insert(field, value);
            return json(request);
        };
        QJsonObject noBill = sale(customer, 0);
        noBill.remove(QStringLiteral("bill_amount"));
        addBadInputRows({
            {"malformed json", QByteArrayLiteral("{\"customer_id\":"), 400, "malformed_json"},
            {"unknown customer", json(sale(QUuid::createUuid().toString(QUuid::WithoutBraces), 100)), 404,
             "customer_not_found"},
            {"customer id not a uuid", json(sale(QStringLiteral("asha"), 100)), 400, "invalid_id"},
            {"missing bill", json(noBill), 400, "missing_field"},
            {"zero bill", json(sale(customer, 0)), 400, "invalid_amount"},
            {"negative bill", json(sale(customer, -5)), 400, "invalid_amount"},
            {"three decimals", json(sale(customer, QStringLiteral("1.234"))), 400, "invalid_amount"},
            {"three decimals as number", json(sale(customer, 1.234)), 400, "invalid_amount"},
            {"not a number", json(sale(customer, QStringLiteral("abc"))), 400, "invalid_amount"},
            {"exponent string", json(sale(customer, QStringLiteral("1e3"))), 400, "invalid_amount"},
            {"bill of wrong type", json(sale(customer, true)), 400, "invalid_field_type"},
            {"absurd bill 1e12", json(sale(customer, 1e12)), 400, "invalid_amount"},
            {"overflowing bill 1e20", json(sale(customer, 1e20)), 400, "amount_overflow"},
            {"negative redeem", withField(QStringLiteral("redeem_coins"), -1), 400, "field_out_of_range"},
            {"fractional redeem", withField(QStringLiteral("redeem_coins"), 2.5), 400, "invalid_field_type"},
            {"redeem beyond balance", withField(QStringLiteral("redeem_coins"), 5), 422,
             "insufficient_balance"},
            {"client id not a uuid", withField(QStringLiteral("client_txn_id"), QStringLiteral("txn-1")), 400,
             "invalid_id"},
            {"no customer", json({{QStringLiteral("bill_amount"), 100}}), 400, "missing_field"},
            {"customer and check-in",
             withField(QStringLiteral("checkin_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)), 400,
             "conflicting_fields"},
            {"check-in not a uuid", json(checkinSale(QStringLiteral("visit-1"), 100)), 400, "invalid_id"},
            {"check-in of wrong type", QByteArrayLiteral("{\"checkin_id\":7,\"bill_amount\":100}"), 400,
             "invalid_field_type"},
        });
    }

    void earnRefusesBadInput()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!startWithShop(dialect)) {
            return;
        }
        body.replace("%CUSTOMER%", shop().customerId.toLatin1());
        const ApiReply reply = server().api().postRaw(kEarn, body, shop().merchantToken);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(rows(QStringLiteral("transactions")), 0);
        QCOMPARE(rows(QStringLiteral("ledger_postings")), 0);
        QCOMPARE(rows(QStringLiteral("coin_lots")), 0);
    }
};

QTEST_GUILESS_MAIN(TestMerchantRoutes)
#include "tst_merchant_routes.moc"
