#include "tests/server/support/server_test_case.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;

namespace {

const QString kScan = QStringLiteral("/api/v1/scan");
const QString kCheckins = QStringLiteral("/api/v1/merchant/checkins");
const QString kPhoneCustomer = QStringLiteral("98123 45345");

QJsonObject scanOf(const QString& merchantId)
{
    return {{QStringLiteral("merchant_id"), merchantId}};
}

QJsonArray checkinsOf(const ApiReply& reply)
{
    return reply.data().value(QStringLiteral("checkins")).toArray();
}

} // namespace

class TestScanRoutes : public ServerTestCase {
    Q_OBJECT

private:
    ApiReply scan(const QString& login, const QString& merchantId)
    {
        return server().api().post(kScan, scanOf(merchantId), server().login(login));
    }

    ApiReply checkins(const QString& merchantLogin)
    {
        return server().api().get(kCheckins, server().login(merchantLogin));
    }

private Q_SLOTS:
    void scanChecksInAndShowsTheShop_data() { addBackendRows(); }

    void scanChecksInAndShowsTheShop()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        const ApiReply reply = scan(ServerFixture::kCustomerLogin, shop().merchant.id);
        QCOMPARE(reply.status, 201);
        const QJsonObject merchant = reply.data().value(QStringLiteral("merchant")).toObject();
        QCOMPARE(merchant.value(QStringLiteral("id")).toString(), shop().merchant.id);
        QCOMPARE(merchant.value(QStringLiteral("business_name")).toString(), shop().merchant.businessName);
        QCOMPARE(merchant.value(QStringLiteral("category")).toString(), QStringLiteral("grocery"));
        QCOMPARE(merchant.value(QStringLiteral("bcoin_issue_rate")).toInt(), 5);
        const QJsonObject bundle = merchant.value(QStringLiteral("bundle")).toObject();
        QCOMPARE(bundle.value(QStringLiteral("id")).toString(), shop().merchant.bundleId);
        QCOMPARE(bundle.value(QStringLiteral("name")).toString(), QStringLiteral("Test bundle"));
        QCOMPARE(bundle.value(QStringLiteral("pincode")).toString(), QStringLiteral("400028"));
        const QJsonObject checkin = reply.data().value(QStringLiteral("checkin")).toObject();
        QVERIFY(!QUuid::fromString(checkin.value(QStringLiteral("id")).toString()).isNull());
        QCOMPARE(checkin.value(QStringLiteral("customer_id")).toString(), shop().customerId);
        QCOMPARE(checkin.value(QStringLiteral("merchant_id")).toString(), shop().merchant.id);
        QCOMPARE(checkin.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QVERIFY(checkin.value(QStringLiteral("txn_id")).isNull());
        QCOMPARE(checkin.value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2026-01-15T10:00:00.000Z"));
        QCOMPARE(checkin.value(QStringLiteral("expires_at")).toString(),
                 QStringLiteral("2026-01-15T10:30:00.000Z"));
        QCOMPARE(rows(QStringLiteral("scans")), 1);
        QCOMPARE(rows(QStringLiteral("checkins")), 1);
    }

    // A second scan while the check-in is pending is the same visit: the same check-in, no new footfall.
    // Once it lapses, a scan is a new visit.
    void rescanReturnsThePendingCheckin_data() { addBackendRows(); }

    void rescanReturnsThePendingCheckin()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        const ApiReply first = scan(ServerFixture::kCustomerLogin, shop().merchant.id);
        QCOMPARE(first.status, 201);
        const QString id =
            first.data().value(QStringLiteral("checkin")).toObject().value(QStringLiteral("id")).toString();
        server().clock().advanceSecs(29 * 60);
        const ApiReply again = scan(ServerFixture::kCustomerLogin, shop().merchant.id);
        QCOMPARE(again.status, 200);
        QCOMPARE(
            again.data().value(QStringLiteral("checkin")).toObject().value(QStringLiteral("id")).toString(),
            id);
        QCOMPARE(rows(QStringLiteral("scans")), 1);
        QCOMPARE(rows(QStringLiteral("checkins")), 1);

        server().clock().advanceSecs(60);
        QCOMPARE(checkinsOf(checkins(ServerFixture::kMerchantLogin)).size(), 0);
        const ApiReply later = scan(ServerFixture::kCustomerLogin, shop().merchant.id);
        QCOMPARE(later.status, 201);
        QVERIFY(
            later.data().value(QStringLiteral("checkin")).toObject().value(QStringLiteral("id")).toString() !=
            id);
        QCOMPARE(rows(QStringLiteral("scans")), 2);
        QCOMPARE(rows(QStringLiteral("checkins")), 2);
    }

    // The cashier sees who is waiting at their own shop, newest first, with a masked contact and the
    // balance; never another shop's customers.
    void merchantSeesOwnPendingCheckins_data() { addBackendRows(); }

    void merchantSeesOwnPendingCheckins()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        auto phoneCustomer = server().registerCustomer(kPhoneCustomer);
        QVERIFY(phoneCustomer.ok());
        auto otherShop = server().addMerchant(QStringLiteral("salon@example.in"), true);
        QVERIFY(otherShop.ok());
        const ApiReply earned =
            server().api().post(QStringLiteral("/api/v1/merchant/earn"),
                                {{QStringLiteral("customer_id"), *phoneCustomer},
                                 {QStringLiteral("bill_amount"), QStringLiteral("1771.20")}},
                                shop().merchantToken);
        QCOMPARE(earned.status, 201);

        QCOMPARE(scan(ServerFixture::kCustomerLogin, shop().merchant.id).status, 201);
        server().clock().advanceSecs(60);
        QCOMPARE(scan(kPhoneCustomer, shop().merchant.id).status, 201);
        QCOMPARE(scan(kPhoneCustomer, otherShop->id).status, 201);

        const ApiReply mine = checkins(ServerFixture::kMerchantLogin);
        QCOMPARE(mine.status, 200);
        const QJsonArray waiting = checkinsOf(mine);
        QCOMPARE(waiting.size(), 2);
        const QJsonObject newest = waiting.at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("customer_id")).toString(), *phoneCustomer);
        QCOMPARE(newest.value(QStringLiteral("contact")).toString(),
                 QStringLiteral("98\u2022\u2022\u2022\u2022\u2022345"));
        QCOMPARE(newest.value(QStringLiteral("balance")).toInteger(), 88);
        QCOMPARE(newest.value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2026-01-15T10:01:00.000Z"));
        QVERIFY(!newest.value(QStringLiteral("id")).toString().isEmpty());
        const QJsonObject oldest = waiting.at(1).toObject();
        QCOMPARE(oldest.value(QStringLiteral("customer_id")).toString(), shop().customerId);
        QCOMPARE(oldest.value(QStringLiteral("contact")).toString(),
                 QStringLiteral("as\u2022\u2022\u2022@example.in"));
        QCOMPARE(oldest.value(QStringLiteral("balance")).toInteger(), 0);

        const QJsonArray theirs = checkinsOf(checkins(QStringLiteral("salon@example.in")));
        QCOMPARE(theirs.size(), 1);
        QCOMPARE(theirs.at(0).toObject().value(QStringLiteral("customer_id")).toString(), *phoneCustomer);
    }

    void scanRefusesShopsThatCannotServe_data() { addBackendRows(); }

    void scanRefusesShopsThatCannotServe()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        auto pending = server().addMerchant(QStringLiteral("pending@example.in"), false);
        QVERIFY(pending.ok());
        const ApiReply unapproved = scan(ServerFixture::kCustomerLogin, pending->id);
        QCOMPARE(unapproved.status, 409);
        QCOMPARE(unapproved.errorCode(), QStringLiteral("merchant_not_approved"));
        const ApiReply unknown =
            scan(ServerFixture::kCustomerLogin, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("merchant_not_found"));
        QCOMPARE(rows(QStringLiteral("scans")), 0);
        QCOMPARE(rows(QStringLiteral("checkins")), 0);
        QCOMPARE(checkinsOf(checkins(QStringLiteral("pending@example.in"))).size(), 0);
    }

    void scanRefusesBadInput_data()
    {
        const auto json = [](const QJsonObject& object) {
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        addBadInputRows({
            {"malformed json", QByteArrayLiteral("{\"merchant_id\":"), 400, "malformed_json"},
            {"json array", QByteArrayLiteral("[]"), 400, "malformed_json"},
            {"missing merchant", QByteArrayLiteral("{}"), 400, "missing_field"},
            {"merchant not a uuid", json(scanOf(QStringLiteral("grocer"))), 400, "invalid_id"},
            {"merchant of wrong type", json({{QStringLiteral("merchant_id"), 42}}), 400,
             "invalid_field_type"},
        });
    }

    void scanRefusesBadInput()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!startWithShop(dialect)) {
            return;
        }
        const ApiReply reply =
            server().api().postRaw(kScan, body, server().login(ServerFixture::kCustomerLogin));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(rows(QStringLiteral("scans")), 0);
        QCOMPARE(rows(QStringLiteral("checkins")), 0);
    }
};

QTEST_GUILESS_MAIN(TestScanRoutes)
#include "tst_scan_routes.moc"
