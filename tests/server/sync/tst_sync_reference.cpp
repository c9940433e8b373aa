#include "core/crypto/base64_url.h"
#include "core/crypto/ed25519_key_pair.h"
#include "core/users/contact_mask.h"
#include "tests/server/support/server_test_case.h"

#include <QJsonArray>
#include <QTest>

using baartal::core::Dialect;
using baartal::core::Ed25519KeyPair;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;

namespace {

const QString kReference = QStringLiteral("/api/v1/sync/reference");
const QString kDevices = QStringLiteral("/api/v1/devices");
const QString kOtherShop = QStringLiteral("bakery@example.in");
const QString kOldCustomer = QStringLiteral("ravi@example.in");
const QString kLatestCustomer = QStringLiteral("kiran@example.in");
const QString kOtherShopCustomer = QStringLiteral("meera@example.in");

QString idOf(const ApiReply& reply)
{
    return reply.data().value(QStringLiteral("id")).toString();
}

// The values of one field over a list of objects, in order.
QStringList column(const QJsonValue& list, const QString& field)
{
    QStringList values;
    for (const QJsonValue& item : list.toArray()) {
        values.append(item.toObject().value(field).toString());
    }
    return values;
}

} // namespace

// GET /api/v1/sync/reference: what a counter caches to trade offline (docs/sync-protocol.md §5).
class TestSyncReference : public ServerTestCase {
    Q_OBJECT

private:
    QString customerId(const QString& login) { return server().registerCustomer(login).value(); }

    ApiReply earn(const QString& customer, int rupees, const QString& merchantToken)
    {
        return server().api().post(
            QStringLiteral("/api/v1/merchant/earn"),
            {{QStringLiteral("customer_id"), customer}, {QStringLiteral("bill_amount"), rupees}},
            merchantToken);
    }

    ApiReply spendToken(const QString& customerToken, int coins, const QString& merchantId = {})
    {
        QJsonObject body{{QStringLiteral("coins"), coins}};
        if (!merchantId.isEmpty()) {
            body.insert(QStringLiteral("merchant_id"), merchantId);
        }
        return server().api().post(QStringLiteral("/api/v1/wallet/spend-token"), body, customerToken);
    }

    int cancel(const QString& nonce, const QString& customerToken)
    {
        return server()
            .api()
            .post(QStringLiteral("/api/v1/wallet/spend-token/%1/cancel").arg(nonce), {}, customerToken)
            .status;
    }

    QString enrol(const QString& name, const QString& merchantToken)
    {
        return idOf(server().api().post(
            kDevices,
            {{QStringLiteral("name"), name},
             {QStringLiteral("public_key"), QString::fromLatin1(baartal::core::Base64Url::encode(
                                                Ed25519KeyPair::generate().publicKey().bytes()))}},
            merchantToken));
    }

    int revoke(const QString& deviceId, const QString& merchantToken)
    {
        return server()
            .api()
            .post(kDevices + QLatin1Char('/') + deviceId + QStringLiteral("/revoke"), {}, merchantToken)
            .status;
    }

private Q_SLOTS:
    void listsWhatTheShopsCountersMustKnow_data() { addBackendRows(); }

    void listsWhatTheShopsCountersMustKnow()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithShop(dialect));
        const QString otherShopId = server().addMerchant(kOtherShop, true).value().id;
        const QString customer = shop().customerId;
        const QString oldCustomer = customerId(kOldCustomer);
        const QString latestCustomer = customerId(kLatestCustomer);
        const QString otherShopCustomer = customerId(kOtherShopCustomer);

        // Long ago (those coins expired since): a visit and a cancelled token, both past the windows the
        // reference covers.
        QCOMPARE(earn(oldCustomer, 1000, shop().merchantToken).status, 201);
        QCOMPARE(earn(customer, 2000, shop().merchantToken).status, 201);
        QString customerToken = server().login(ServerFixture::kCustomerLogin);
        const QString expiredLongAgo = idOf(spendToken(customerToken, 10));
        QCOMPARE(cancel(expiredLongAgo, customerToken), 200);
        server().clock().advanceDays(91);

        const QString merchantToken = server().login(ServerFixture::kMerchantLogin);
        const QString otherToken = server().login(kOtherShop);
        customerToken = server().login(ServerFixture::kCustomerLogin);
        QCOMPARE(earn(customer, 2000, merchantToken).status, 201);
        const QString cancelled = idOf(spendToken(customerToken, 10));
        QCOMPARE(cancel(cancelled, customerToken), 200);
        server().clock().advanceSecs(1);
        const ApiReply redeemedToken = spendToken(customerToken, 10);
        QCOMPARE(
            server()
                .api()
                .post(QStringLiteral("/api/v1/merchant/earn"),
                      {{QStringLiteral("spend_token"), redeemedToken.data().value(QStringLiteral("token"))},
                       {QStringLiteral("bill_amount"), 100}},
                      merchantToken)
                .status,
            201);
        const QString customersVisit = server().clock().now().toString(Qt::ISODateWithMs);
        server().clock().advanceSecs(1);
        // Still good, so not listed.
        QCOMPARE(spendToken(customerToken, 10).status, 201);
        server().clock().advanceSecs(1);
        const QString otherShops = idOf(spendToken(customerToken, 10, otherShopId));
        QCOMPARE(cancel(otherShops, customerToken), 200);
        server().clock().advanceSecs(60);
        QCOMPARE(earn(latestCustomer, 300, merchantToken).status, 201);
        QCOMPARE(earn(otherShopCustomer, 500, otherToken).status, 201);

        const QString counter = enrol(QStringLiteral("Counter 1"), merchantToken);
        const QString retired = enrol(QStringLiteral("Old till"), merchantToken);
        const QString foreign = enrol(QStringLiteral("Bakery till"), otherToken);
        QCOMPARE(revoke(retired, merchantToken), 200);
        QCOMPARE(revoke(foreign, otherToken), 200);
        QVERIFY(!counter.isEmpty());

        const ApiReply reply = server().api().get(kReference, merchantToken);
        QCOMPARE(reply.status, 200);
        const QJsonObject data = reply.data();
        QCOMPARE(data.value(QStringLiteral("generated_at")).toString(),
                 server().clock().now().toString(Qt::ISODateWithMs));

        const QJsonObject merchant = data.value(QStringLiteral("merchant")).toObject();
        QCOMPARE(merchant.value(QStringLiteral("id")).toString(), shop().merchant.id);
        QCOMPARE(merchant.value(QStringLiteral("business_name")).toString(), shop().merchant.businessName);
        QCOMPARE(merchant.value(QStringLiteral("category")).toString(), QStringLiteral("grocery"));
        QCOMPARE(merchant.value(QStringLiteral("issue_rate")).toInt(), 5);
        QVERIFY(merchant.value(QStringLiteral("spend_cap_percent")).isNull());
        QCOMPARE(merchant.value(QStringLiteral("approved")).toBool(), true);
        QCOMPARE(merchant.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));

        QCOMPARE(data.value(QStringLiteral("server_keys")),
                 server().api().get(QStringLiteral("/api/v1/keys")).data().value(QStringLiteral("keys")));
        QVERIFY(!data.value(QStringLiteral("server_keys")).toArray().isEmpty());

        const QJsonArray devices = data.value(QStringLiteral("revoked_devices")).toArray();
        QCOMPARE(devices.size(), 1);
        const QJsonObject device = devices.at(0).toObject();
        QCOMPARE(device.value(QStringLiteral("id")).toString(), retired);
        QCOMPARE(device.value(QStringLiteral("name")).toString(), QStringLiteral("Old till"));
        QCOMPARE(device.value(QStringLiteral("revoked_at")).toString(),
                 server().clock().now().toString(Qt::ISODateWithMs));

        // This shop's refused tokens, newest expiry first: not the one that expired long ago, nor the one
        // only another shop could take.
        const QJsonValue tokens = data.value(QStringLiteral("revoked_spend_tokens"));
        QCOMPARE(column(tokens, QStringLiteral("nonce")), (QStringList{idOf(redeemedToken), cancelled}));
        QCOMPARE(column(tokens, QStringLiteral("state")),
                 (QStringList{QStringLiteral("redeemed"), QStringLiteral("cancelled")}));
        QCOMPARE(column(tokens, QStringLiteral("customer_id")), (QStringList{customer, customer}));
        QCOMPARE(tokens.toArray().at(0).toObject().value(QStringLiteral("expires_at")).toString(),
                 redeemedToken.data().value(QStringLiteral("expires_at")).toString());

        // This shop's customers of the last 90 days, latest visit first, with what they can spend now.
        const QJsonValue customers = data.value(QStringLiteral("recent_customers"));
        QCOMPARE(column(customers, QStringLiteral("customer_id")), (QStringList{latestCustomer, customer}));
        QCOMPARE(column(customers, QStringLiteral("name_masked")),
                 (QStringList{baartal::core::ContactMask::mask(kLatestCustomer),
                              baartal::core::ContactMask::mask(ServerFixture::kCustomerLogin)}));
        const QJsonObject wallet = server().api().get(QStringLiteral("/api/v1/wallet"), customerToken).data();
        QCOMPARE(wallet.value(QStringLiteral("held")).toInteger(), 10);
        const QJsonObject mine = customers.toArray().at(1).toObject();
        QCOMPARE(mine.value(QStringLiteral("balance")).toInteger(-1),
                 wallet.value(QStringLiteral("balance")).toInteger());
        QCOMPARE(mine.value(QStringLiteral("last_visit_at")).toString(), customersVisit);
        QCOMPARE(customers.toArray().at(0).toObject().value(QStringLiteral("balance")).toInteger(-1), 15);

        const ApiReply one = server().api().get(kReference + QStringLiteral("?limit=1"), merchantToken);
        QCOMPARE(column(one.data().value(QStringLiteral("recent_customers")), QStringLiteral("customer_id")),
                 QStringList{latestCustomer});

        // The other shop sees only its own.
        const QJsonObject theirs = server().api().get(kReference, otherToken).data();
        QCOMPARE(column(theirs.value(QStringLiteral("recent_customers")), QStringLiteral("customer_id")),
                 QStringList{otherShopCustomer});
        QCOMPARE(column(theirs.value(QStringLiteral("revoked_devices")), QStringLiteral("id")),
                 QStringList{foreign});
        QCOMPARE(column(theirs.value(QStringLiteral("revoked_spend_tokens")), QStringLiteral("nonce")),
                 (QStringList{otherShops, idOf(redeemedToken), cancelled}));
    }

    void aShopAwaitingApprovalSaysSo_data() { addBackendRows(); }

    void aShopAwaitingApprovalSaysSo()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(start(dialect));
        const QString owner = server().registerMerchant(QStringLiteral("salon@example.in"));
        QCOMPARE(server().api().get(kReference, owner).errorCode(),
                 QStringLiteral("merchant_profile_missing"));
        const baartal::core::Merchant grocer = server().addMerchant(kOtherShop, true).value();
        const ApiReply signedUp =
            server().api().post(QStringLiteral("/api/v1/merchants"),
                                {{QStringLiteral("business_name"), QStringLiteral("Salon")},
                                 {QStringLiteral("category"), QStringLiteral("saloon")},
                                 {QStringLiteral("pincode"), grocer.pincode},
                                 {QStringLiteral("address"), QStringLiteral("Dadar")},
                                 {QStringLiteral("bundle_id"), grocer.bundleId}},
                                owner);
        QCOMPARE(signedUp.status, 201);
        const QJsonObject pending =
            server().api().get(kReference, owner).data().value(QStringLiteral("merchant")).toObject();
        QCOMPARE(pending.value(QStringLiteral("approved")).toBool(true), false);
        QCOMPARE(pending.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(pending.value(QStringLiteral("business_name")).toString(), QStringLiteral("Salon"));

        QVERIFY(server().addAdmin(QStringLiteral("admin@example.in")).ok());
        const QString admin = server().login(QStringLiteral("admin@example.in"));
        const QJsonArray approvals = server()
                                         .api()
                                         .get(QStringLiteral("/api/v1/admin/approvals?status=pending"), admin)
                                         .data()
                                         .value(QStringLiteral("approvals"))
                                         .toArray();
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(server()
                     .api()
                     .post(QStringLiteral("/api/v1/admin/approvals/") +
                               approvals.at(0).toObject().value(QStringLiteral("id")).toString(),
                           {{QStringLiteral("decision"), QStringLiteral("reject")}}, admin)
                     .status,
                 200);
        const QJsonObject rejected =
            server().api().get(kReference, owner).data().value(QStringLiteral("merchant")).toObject();
        QCOMPARE(rejected.value(QStringLiteral("approved")).toBool(true), false);
        QCOMPARE(rejected.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    }

    void badLimitsAreRefused_data()
    {
        addBadQueryRows({{"zero", "limit=0", "invalid_limit"},
                         {"above the maximum", "limit=2001", "invalid_limit"},
                         {"negative", "limit=-5", "invalid_limit"},
                         {"not a number", "limit=many", "invalid_limit"},
                         {"fraction", "limit=1.5", "invalid_limit"}});
    }

    void badLimitsAreRefused()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, query);
        QFETCH(QString, code);
        QVERIFY(startWithShop(dialect));
        const ApiReply reply =
            server().api().get(kReference + QLatin1Char('?') + query, shop().merchantToken);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(
            reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral("limit must be a whole number from 1 to 2000."));
    }

    void onlyAShopOwnerMayAsk_data() { addBackendRows(); }

    void onlyAShopOwnerMayAsk()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithShop(dialect));
        QCOMPARE(server().api().get(kReference).status, 401);
        QCOMPARE(server().api().get(kReference, server().login(ServerFixture::kCustomerLogin)).status, 403);
        QVERIFY(server().addAdmin(QStringLiteral("admin@example.in")).ok());
        QCOMPARE(server().api().get(kReference, server().login(QStringLiteral("admin@example.in"))).status,
                 403);
    }
};

QTEST_GUILESS_MAIN(TestSyncReference)
#include "tst_sync_reference.moc"
