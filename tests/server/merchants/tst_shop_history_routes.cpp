#include "core/ids/ids.h"
#include "core/ledger/ledger_service.h"
#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/test_backends.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;
using baartal::testsupport::TestBackends;

namespace {

const QString kHistory = QStringLiteral("/api/v1/merchant/transactions");
const QString kPhoneLogin = QStringLiteral("+919820012345");
const QString kSalonLogin = QStringLiteral("salon@example.in");
const QString kVoidReason = QStringLiteral("Keyed twice, \"wrong\" bill — ग्राहक");

QJsonArray transactionsOf(const ApiReply& reply)
{
    return reply.data().value(QStringLiteral("transactions")).toArray();
}

QStringList fieldOf(const ApiReply& reply, const QString& field)
{
    QStringList values;
    for (const QJsonValue& transaction : transactionsOf(reply)) {
        values.append(transaction.toObject().value(field).toString());
    }
    return values;
}

// What the two shops sold, in the order they sold it.
struct Sales {
    QString earnAsha;  // shop A, 15 Jan, voided on 17 Jan
    QString earnPhone; // shop A, 15 Jan, with a counter's client id
    QString earnAtB;   // shop B, 15 Jan
    QString spendAsha; // shop A, 16 Jan
    QString voidAsha;  // shop A, 17 Jan
    QString clientTxnId;
    QString phoneCustomerId;
    QString salonOnlyCustomerId;
    QString salonToken;
};

} // namespace

class TestShopHistoryRoutes : public ServerTestCase {
    Q_OBJECT

private:
    // A sale at the counter of the shop whose owner signs in as merchantLogin: the transaction id, or
    // empty when the server refused it.
    QString sell(const QString& merchantLogin, const QString& customerId, const QString& bill,
                 qint64 redeem = 0, const QString& clientTxnId = {})
    {
        QJsonObject body{{QStringLiteral("customer_id"), customerId}, {QStringLiteral("bill_amount"), bill}};
        if (redeem > 0) {
            body.insert(QStringLiteral("redeem_coins"), redeem);
        }
        if (!clientTxnId.isEmpty()) {
            body.insert(QStringLiteral("client_txn_id"), clientTxnId);
        }
        const ApiReply reply =
            server().api().post(QStringLiteral("/api/v1/merchant/earn"), body, server().login(merchantLogin));
        if (reply.status != 201) {
            qWarning().noquote() << "sale refused:" << reply.describe();
        }
        return reply.data()
            .value(QStringLiteral("transaction"))
            .toObject()
            .value(QStringLiteral("txn_id"))
            .toString();
    }

    // The fake clock starts at 2026-01-15 10:00 UTC (15:30 in Mumbai); shop A is the fixture's grocer,
    // shop B a salon; one day passes between the sales of each day.
    bool sellAcrossThreeDays(Sales& sales)
    {
        auto shopB = server().addMerchant(kSalonLogin, true);
        auto phoneCustomer = server().registerCustomer(QStringLiteral("98200 12345"));
        auto salonOnly = server().registerCustomer(QStringLiteral("meera@example.in"));
        if (!shopB || !phoneCustomer || !salonOnly) {
            return false;
        }
        sales.phoneCustomerId = *phoneCustomer;
        sales.salonOnlyCustomerId = *salonOnly;
        sales.clientTxnId = baartal::core::Ids::newId();
        const QString asha = shop().customerId;
        sales.earnAsha = sell(ServerFixture::kMerchantLogin, asha, QStringLiteral("1000.00"));
        server().clock().advanceSecs(60);
        sales.earnPhone = sell(ServerFixture::kMerchantLogin, *phoneCustomer, QStringLiteral("500.00"), 0,
                               sales.clientTxnId);
        sales.earnAtB = sell(kSalonLogin, asha, QStringLiteral("1000.00"));
        const QString salonOnlyEarn = sell(kSalonLogin, *salonOnly, QStringLiteral("300.00"));
        server().clock().advanceDays(1);
        sales.spendAsha = sell(ServerFixture::kMerchantLogin, asha, QStringLiteral("200.00"), 20);
        server().clock().advanceDays(1);
        baartal::core::LedgerService ledger(server().database(), server().clock());
        auto voided = ledger.voidTransaction(sales.earnAsha, kVoidReason, shop().merchant.userId);
        if (!voided) {
            return false;
        }
        sales.voidAsha = voided->id;
        sales.salonToken = server().login(kSalonLogin);
        return !sales.earnAsha.isEmpty() && !sales.earnPhone.isEmpty() && !sales.earnAtB.isEmpty() &&
               !salonOnlyEarn.isEmpty() && !sales.spendAsha.isEmpty();
    }

private Q_SLOTS:
    // Filters by India-time day, customer (id or phone in any form) and type, alone and together.
    void filtersNarrowTheShopsTransactions_data()
    {
        addListingRows(
            "types",
            {
                {"no filter", "", "void,spend,earn,earn"},
                {"earn", "type=earn", "earn,earn"},
                {"spend", "type=spend", "spend"},
                {"void", "type=void", "void"},
                {"customer id", "customer={ASHA}", "void,spend,earn"},
                {"customer id and type", "customer={ASHA}&type=earn", "earn"},
                {"phone as typed", "customer=98200%2012345", "earn"},
                {"phone with +91", "customer=%2B91%2098200-12345", "earn"},
                {"phone with 0", "customer=09820012345", "earn"},
                {"phone nobody has", "customer=9876543210", ""},
                {"customer of the other shop only", "customer={SALON_ONLY}", ""},
                {"from day 16", "from=2026-01-16", "void,spend"},
                {"to day 15", "to=2026-01-15", "earn,earn"},
                {"one day", "from=2026-01-16&to=2026-01-16", "spend"},
                {"an instant range", "from=2026-01-17T00:00:00%2B05:30&to=2026-01-17T23:59:59Z", "void"},
                {"empty values ignored", "type=&customer=&from=&to=", "void,spend,earn,earn"},
            });
    }

    void filtersNarrowTheShopsTransactions()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, query);
        QFETCH(QStringList, types);
        if (!startWithShop(dialect)) {
            return;
        }
        Sales sales;
        QVERIFY(sellAcrossThreeDays(sales));
        query.replace(QStringLiteral("{ASHA}"), shop().customerId)
            .replace(QStringLiteral("{SALON_ONLY}"), sales.salonOnlyCustomerId);
        const ApiReply reply = server().api().get(kHistory + QLatin1Char('?') + query,
                                                  server().login(ServerFixture::kMerchantLogin));
        QCOMPARE(reply.status, 200);
        QCOMPARE(fieldOf(reply, QStringLiteral("type")), types);
        const QJsonObject pagination = reply.data().value(QStringLiteral("pagination")).toObject();
        QCOMPARE(pagination.value(QStringLiteral("total")).toInteger(), types.size());
        QCOMPARE(pagination.value(QStringLiteral("page")).toInteger(), 1);
        QCOMPARE(pagination.value(QStringLiteral("limit")).toInteger(), 20);
        for (const QString& merchant : fieldOf(reply, QStringLiteral("merchant_id"))) {
            QCOMPARE(merchant, shop().merchant.id);
        }
    }

    // Each row carries what the history screen shows: the bill, the coins, the masked customer, the
    // counter's client id and the void linkage both ways.
    void rowsCarryTheirDetails_data() { addBackendRows(); }

    void rowsCarryTheirDetails()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        Sales sales;
        QVERIFY(sellAcrossThreeDays(sales));
        const ApiReply reply = server().api().get(kHistory, server().login(ServerFixture::kMerchantLogin));
        QCOMPARE(reply.status, 200);
        QCOMPARE(fieldOf(reply, QStringLiteral("txn_id")),
                 QStringList({sales.voidAsha, sales.spendAsha, sales.earnPhone, sales.earnAsha}));
        const QJsonArray rows = transactionsOf(reply);

        const QJsonObject voidRow = rows.at(0).toObject();
        QCOMPARE(voidRow.value(QStringLiteral("voids_txn_id")).toString(), sales.earnAsha);
        QVERIFY(voidRow.value(QStringLiteral("voided_by")).isNull());
        QCOMPARE(voidRow.value(QStringLiteral("reason")).toString(), kVoidReason);
        QCOMPARE(voidRow.value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2026-01-17T10:01:00.000Z"));

        const QJsonObject spend = rows.at(1).toObject();
        QCOMPARE(spend.value(QStringLiteral("amount")).toDouble(), 200.0);
        QCOMPARE(spend.value(QStringLiteral("bcoins_spent")).toInteger(), 20);
        QCOMPARE(spend.value(QStringLiteral("bcoins_earned")).toInteger(), 9);
        QVERIFY(spend.value(QStringLiteral("client_txn_id")).isNull());
        QVERIFY(spend.value(QStringLiteral("voids_txn_id")).isNull());
        QVERIFY(spend.value(QStringLiteral("voided_by")).isNull());

        const QJsonObject phone = rows.at(2).toObject();
        QCOMPARE(phone.value(QStringLiteral("client_txn_id")).toString(), sales.clientTxnId);
        QCOMPARE(phone.value(QStringLiteral("customer_id")).toString(), sales.phoneCustomerId);
        QCOMPARE(phone.value(QStringLiteral("contact")).toString(), QStringLiteral("98•••••345"));

        const QJsonObject earned = rows.at(3).toObject();
        QCOMPARE(earned.value(QStringLiteral("voided_by")).toString(), sales.voidAsha);
        QCOMPARE(earned.value(QStringLiteral("contact")).toString(), QStringLiteral("as•••@example.in"));
        QCOMPARE(earned.value(QStringLiteral("amount")).toDouble(), 1000.0);
        QCOMPARE(earned.value(QStringLiteral("bcoins_earned")).toInteger(), 50);

        // The customer's whole login never leaves the server.
        const QByteArray body = reply.body;
        QVERIFY(!body.contains(ServerFixture::kCustomerLogin.toUtf8()));
        QVERIFY(!body.contains(kPhoneLogin.toUtf8()));
        QVERIFY(!body.contains("9820012345"));
    }

    // Pages of any size visit each of the shop's transactions exactly once, newest first.
    void pagesVisitEveryTransactionOnce_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<int>("limit");
        for (const Dialect dialect : TestBackends::dialects()) {
            for (const int limit : {1, 3, 4, 100}) {
                QTest::addRow("%s/limit %d", qPrintable(TestBackends::name(dialect)), limit)
                    << dialect << limit;
            }
        }
    }

    void pagesVisitEveryTransactionOnce()
    {
        QFETCH(Dialect, dialect);
        QFETCH(int, limit);
        if (!startWithShop(dialect)) {
            return;
        }
        Sales sales;
        QVERIFY(sellAcrossThreeDays(sales));
        const QString token = server().login(ServerFixture::kMerchantLogin);
        QStringList seen;
        const int pages = (4 + limit - 1) / limit;
        for (int page = 1; page <= pages + 1; ++page) {
            const ApiReply reply = server().api().get(
                kHistory + QStringLiteral("?limit=%1&page=%2").arg(limit).arg(page), token);
            QCOMPARE(reply.status, 200);
            const QJsonObject pagination = reply.data().value(QStringLiteral("pagination")).toObject();
            QCOMPARE(pagination.value(QStringLiteral("page")).toInteger(), page);
            QCOMPARE(pagination.value(QStringLiteral("limit")).toInteger(), limit);
            QCOMPARE(pagination.value(QStringLiteral("total")).toInteger(), 4);
            const int expected = page <= pages ? std::min(limit, 4 - (page - 1) * limit) : 0;
            QCOMPARE(transactionsOf(reply).size(), expected);
            seen += fieldOf(reply, QStringLiteral("txn_id"));
        }
        QCOMPARE(seen, QStringList({sales.voidAsha, sales.spendAsha, sales.earnPhone, sales.earnAsha}));
    }

    // However it filters, one shop never sees another's transactions.
    void anotherShopsTransactionsAreNeverVisible_data() { addBackendRows(); }

    void anotherShopsTransactionsAreNeverVisible()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        Sales sales;
        QVERIFY(sellAcrossThreeDays(sales));
        const ApiReply salon = server().api().get(kHistory, sales.salonToken);
        QCOMPARE(salon.status, 200);
        QCOMPARE(transactionsOf(salon).size(), 2);
        QVERIFY(fieldOf(salon, QStringLiteral("txn_id")).contains(sales.earnAtB));
        for (const QString& merchant : fieldOf(salon, QStringLiteral("merchant_id"))) {
            QVERIFY(merchant != shop().merchant.id);
        }
        const ApiReply ashaAtSalon =
            server().api().get(kHistory + QStringLiteral("?customer=") + shop().customerId, sales.salonToken);
        QCOMPARE(fieldOf(ashaAtSalon, QStringLiteral("txn_id")), QStringList{sales.earnAtB});
        const ApiReply phoneAtSalon =
            server().api().get(kHistory + QStringLiteral("?customer=9820012345"), sales.salonToken);
        QCOMPARE(transactionsOf(phoneAtSalon).size(), 0);
        QCOMPARE(phoneAtSalon.data()
                     .value(QStringLiteral("pagination"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInteger(),
                 0);

        const ApiReply grocer = server().api().get(kHistory + QStringLiteral("?limit=100"),
                                                   server().login(ServerFixture::kMerchantLogin));
        QVERIFY(!fieldOf(grocer, QStringLiteral("txn_id")).contains(sales.earnAtB));
    }

    void badParametersAreRefused_data()
    {
        addBadQueryRows({
            {"limit zero", "limit=0", "invalid_limit"},
            {"limit over 100", "limit=101", "invalid_limit"},
            {"limit text", "limit=ten", "invalid_limit"},
            {"page zero", "page=0", "invalid_page"},
            {"page negative", "page=-2", "invalid_page"},
            {"page text", "page=two", "invalid_page"},
            {"unknown type", "type=purchase", "invalid_type"},
            {"type no shop row has", "type=adjustment", "invalid_type"},
            {"type in capitals", "type=EARN", "invalid_type"},
            {"customer neither id nor phone", "customer=asha", "invalid_customer"},
            {"landline", "customer=02222345678", "invalid_customer"},
            {"impossible date", "from=2026-13-01", "invalid_date"},
            {"Indian date order", "to=15/01/2026", "invalid_date"},
            {"time without zone", "from=2026-01-15T10:00:00", "invalid_date"},
            {"from after to", "from=2026-01-20&to=2026-01-10", "invalid_date_range"},
        });
    }

    void badParametersAreRefused()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, query);
        QFETCH(QString, code);
        if (!startWithShop(dialect)) {
            return;
        }
        const ApiReply reply = server().api().get(kHistory + QLatin1Char('?') + query, shop().merchantToken);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.json.value(QStringLiteral("success")).toBool(true), false);
    }

    void historyIsForMerchantsOnly_data() { addBackendRows(); }

    void historyIsForMerchantsOnly()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        QVERIFY(server().addAdmin(QStringLiteral("admin@example.in")).ok());
        const ApiReply customer = server().api().get(kHistory, server().login(ServerFixture::kCustomerLogin));
        QCOMPARE(customer.status, 403);
        QCOMPARE(customer.errorCode(), QStringLiteral("forbidden_role"));
        const ApiReply admin =
            server().api().get(kHistory, server().login(QStringLiteral("admin@example.in")));
        QCOMPARE(admin.status, 403);
        QCOMPARE(admin.errorCode(), QStringLiteral("forbidden_role"));
        const ApiReply anonymous = server().api().get(kHistory);
        QCOMPARE(anonymous.status, 401);
        const ApiReply noShop =
            server().api().get(kHistory, server().registerMerchant(QStringLiteral("new@example.in")));
        QCOMPARE(noShop.status, 404);
        QCOMPARE(noShop.errorCode(), QStringLiteral("merchant_profile_missing"));
    }
};

QTEST_GUILESS_MAIN(TestShopHistoryRoutes)
#include "tst_shop_history_routes.moc"
