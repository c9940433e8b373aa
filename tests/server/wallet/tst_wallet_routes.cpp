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

const QString kWallet = QStringLiteral("/api/v1/wallet");
const QString kHistory = QStringLiteral("/api/v1/wallet/transactions");

// A sale at the counter of the shop whose owner signs in as merchantLogin (afresh, as the fake clock may
// have outrun the last token): the transaction id, or empty when the server refused it.
QString sell(ServerFixture& server, const QString& merchantLogin, const QString& customerId,
             const QString& bill, qint64 redeem = 0)
{
    QJsonObject body{{QStringLiteral("customer_id"), customerId}, {QStringLiteral("bill_amount"), bill}};
    if (redeem > 0) {
        body.insert(QStringLiteral("redeem_coins"), redeem);
    }
    const ApiReply reply =
        server.api().post(QStringLiteral("/api/v1/merchant/earn"), body, server.login(merchantLogin));
    if (reply.status != 201) {
        qWarning().noquote() << "sale refused:" << reply.describe();
    }
    return reply.data()
        .value(QStringLiteral("transaction"))
        .toObject()
        .value(QStringLiteral("txn_id"))
        .toString();
}

QJsonArray transactionsOf(const ApiReply& reply)
{
    return reply.data().value(QStringLiteral("transactions")).toArray();
}

QStringList typesOf(const ApiReply& reply)
{
    QStringList types;
    for (const QJsonValue& transaction : transactionsOf(reply)) {
        types.append(transaction.toObject().value(QStringLiteral("type")).toString());
    }
    return types;
}

} // namespace

class TestWalletRoutes : public ServerTestCase {
    Q_OBJECT

private Q_SLOTS:
    void walletShowsTheCallersCoins_data() { addBackendRows(); }

    void walletShowsTheCallersCoins()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        auto customerId = server().registerCustomer(QStringLiteral("asha@example.in"));
        QVERIFY(customerId.ok());
        QVERIFY(server().registerCustomer(QStringLiteral("other@example.in")).ok());
        QVERIFY(server().addMerchant(QStringLiteral("grocer@example.in"), true).ok());
        const QString customerToken = server().login(QStringLiteral("asha@example.in"));
        const QString merchantToken = server().login(QStringLiteral("grocer@example.in"));

        const ApiReply empty = server().api().get(kWallet, customerToken);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.data().value(QStringLiteral("customer_id")).toString(), *customerId);
        QCOMPARE(empty.data().value(QStringLiteral("balance")).toInteger(), 0);
        QCOMPARE(empty.data().value(QStringLiteral("referral_code")).toString().size(), 8);

        const ApiReply earned =
            server().api().post(QStringLiteral("/api/v1/merchant/earn"),
                                {{QStringLiteral("customer_id"), *customerId},
                                 {QStringLiteral("bill_amount"), QStringLiteral("1771.20")}},
                                merchantToken);
        QCOMPARE(earned.status, 201);

        const ApiReply wallet = server().api().get(kWallet, customerToken);
        QCOMPARE(wallet.status, 200);
        QCOMPARE(wallet.data().value(QStringLiteral("balance")).toInteger(), 88);
        QCOMPARE(wallet.data().value(QStringLiteral("lifetime_earned")).toInteger(), 88);
        QCOMPARE(wallet.data().value(QStringLiteral("lifetime_spent")).toInteger(), 0);
        QCOMPARE(wallet.data().value(QStringLiteral("expiring_soon")).toInteger(), 0);

        // Another customer sees only their own wallet.
        const ApiReply other =
            server().api().get(kWallet, server().login(QStringLiteral("other@example.in")));
        QCOMPARE(other.data().value(QStringLiteral("balance")).toInteger(), 0);

        // 54 days on, the 60-day lot is within the 7-day warning window; past 60 days it is gone.
        server().clock().advanceDays(54);
        const ApiReply soon = server().api().get(kWallet, server().login(QStringLiteral("asha@example.in")));
        QCOMPARE(soon.data().value(QStringLiteral("expiring_soon")).toInteger(), 88);
        server().clock().advanceDays(7);
        const ApiReply lapsed =
            server().api().get(kWallet, server().login(QStringLiteral("asha@example.in")));
        QCOMPARE(lapsed.data().value(QStringLiteral("balance")).toInteger(), 0);
        QCOMPARE(lapsed.data().value(QStringLiteral("lifetime_earned")).toInteger(), 88);
    }

    void walletIsForCustomersOnly_data() { addBackendRows(); }

    void walletIsForCustomersOnly()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        QVERIFY(server().addMerchant(QStringLiteral("grocer@example.in"), true).ok());
        const ApiReply merchant =
            server().api().get(kWallet, server().login(QStringLiteral("grocer@example.in")));
        QCOMPARE(merchant.status, 403);
        QCOMPARE(merchant.errorCode(), QStringLiteral("forbidden_role"));
        const ApiReply anonymous = server().api().get(kWallet);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.errorCode(), QStringLiteral("missing_token"));
    }

    // Pages of any size visit each of the caller's transactions exactly once, newest first, even with
    // two at the same instant and a sale landing mid-walk; another customer's never appear.
    void historyPagesVisitEveryTransactionOnce_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<int>("limit");
        for (const Dialect dialect : TestBackends::dialects()) {
            for (const int limit : {1, 2, 3, 7, 100}) {
                QTest::addRow("%s/limit %d", qPrintable(TestBackends::name(dialect)), limit)
                    << dialect << limit;
            }
        }
    }

    void historyPagesVisitEveryTransactionOnce()
    {
        QFETCH(Dialect, dialect);
        QFETCH(int, limit);
        if (!startWithShop(dialect)) {
            return;
        }
        auto otherId = server().registerCustomer(QStringLiteral("other@example.in"));
        QVERIFY(otherId.ok());
        QStringList mine;
        for (int i = 0; i < 5; ++i) {
            mine.append(
                sell(server(), ServerFixture::kMerchantLogin, shop().customerId, QStringLiteral("100.00")));
            QVERIFY(
                !sell(server(), ServerFixture::kMerchantLogin, *otherId, QStringLiteral("300.00")).isEmpty());
            server().clock().advanceSecs(3600);
        }
        // Two sales in the same millisecond: the cursor must still tell them apart.
        mine.append(
            sell(server(), ServerFixture::kMerchantLogin, shop().customerId, QStringLiteral("200.00")));
        mine.append(
            sell(server(), ServerFixture::kMerchantLogin, shop().customerId, QStringLiteral("250.00")));
        QVERIFY(!mine.contains(QString()));
        server().clock().advanceSecs(60);

        const QString token = server().login(ServerFixture::kCustomerLogin);
        QStringList seen;
        QDateTime previous;
        QString cursor;
        bool soldMidWalk = false;
        for (int page = 0; page < 20; ++page) {
            QString path = kHistory + QStringLiteral("?limit=%1").arg(limit);
            if (!cursor.isEmpty()) {
                path += QStringLiteral("&cursor=") + cursor;
            }
            const ApiReply reply = server().api().get(path, token);
            QCOMPARE(reply.status, 200);
            const QJsonArray transactions = transactionsOf(reply);
            QVERIFY(transactions.size() <= limit);
            for (const QJsonValue& value : transactions) {
                const QJsonObject transaction = value.toObject();
                QCOMPARE(transaction.value(QStringLiteral("customer_id")).toString(), shop().customerId);
                const QDateTime at = QDateTime::fromString(
                    transaction.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs);
                QVERIFY(at.isValid());
                QVERIFY(!previous.isValid() || at <= previous);
                previous = at;
                seen.append(transaction.value(QStringLiteral("txn_id")).toString());
            }
            const QJsonValue next = reply.data().value(QStringLiteral("next_cursor"));
            if (next.isNull()) {
                break;
            }
            QCOMPARE(transactions.size(), limit);
            cursor = next.toString();
            QVERIFY(!cursor.isEmpty());
            if (!soldMidWalk) {
                // Newer than every page still to come, so it must not shift them.
                QVERIFY(
                    !sell(server(), ServerFixture::kMerchantLogin, shop().customerId, QStringLiteral("50.00"))
                         .isEmpty());
                soldMidWalk = true;
            }
        }
        QCOMPARE(seen.size(), mine.size());
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()), QSet<QString>(mine.cbegin(), mine.cend()));

        const ApiReply all = server().api().get(kHistory + QStringLiteral("?limit=100"), token);
        QCOMPARE(transactionsOf(all).size(), mine.size() + (soldMidWalk ? 1 : 0));
        QVERIFY(all.data().value(QStringLiteral("next_cursor")).isNull());
        const QJsonObject newest = transactionsOf(all).first().toObject();
        const QStringList fields{QStringLiteral("amount"),       QStringLiteral("bcoins_earned"),
                                 QStringLiteral("bcoins_spent"), QStringLiteral("customer_id"),
                                 QStringLiteral("merchant_id"),  QStringLiteral("timestamp"),
                                 QStringLiteral("txn_id"),       QStringLiteral("type")};
        QCOMPARE(newest.keys(), fields);
        QCOMPARE(newest.value(QStringLiteral("merchant_id")).toString(), shop().merchant.id);

        const ApiReply others = server().api().get(kHistory + QStringLiteral("?limit=100"),
                                                   server().login(QStringLiteral("other@example.in")));
        QCOMPARE(transactionsOf(others).size(), 5);
        for (const QJsonValue& value : transactionsOf(others)) {
            QVERIFY(!mine.contains(value.toObject().value(QStringLiteral("txn_id")).toString()));
        }
    }

    // Filters by type, shop and India-time day, alone and together. {A} and {B} stand for two shops.
    void historyFilters_data()
    {
        addListingRows(
            "types",
            {
                {"no filter", "", "expiry,void,adjustment,spend,earn,earn"},
                {"earn", "type=earn", "earn,earn"},
                {"spend", "type=spend", "spend"},
                {"adjustment", "type=adjustment", "adjustment"},
                {"void", "type=void", "void"},
                {"expiry", "type=expiry", "expiry"},
                {"referral bonus", "type=referral_bonus", ""},
                {"shop A", "merchant_id={A}", "spend,earn"},
                {"shop B, with its void", "merchant_id={B}", "void,earn"},
                {"shop A earns", "merchant_id={A}&type=earn", "earn"},
                {"unknown shop", "merchant_id=6f1c2a4e-0000-4000-8000-000000000000", ""},
                {"days 16 to 18", "from=2026-01-16&to=2026-01-18", "adjustment,spend,earn"},
                {"from day 19", "from=2026-01-19", "expiry,void"},
                {"to day 15", "to=2026-01-15", "earn"},
                {"one day", "from=2026-01-17&to=2026-01-17", "spend"},
                {"an instant", "from=2026-01-16T10:00:00Z&to=2026-01-16T10:00:00Z", "earn"},
                {"instant with offset", "from=2026-01-17T15:30:00%2B05:30&to=2026-01-18T15:30:00%2B05:30",
                 "adjustment,spend"},
                {"empty values ignored",
                 "type=&merchant_id=&from=", "expiry,void,adjustment,spend,earn,earn"},
            });
    }

    void historyFilters()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, query);
        QFETCH(QStringList, types);
        if (!startWithShop(dialect)) {
            return;
        }
        // The fake clock starts at 2026-01-15 10:00 UTC (15:30 in Mumbai); one movement a day.
        auto shopB = server().addMerchant(QStringLiteral("salon@example.in"), true);
        QVERIFY(shopB.ok());
        auto admin = server().addAdmin(QStringLiteral("admin@example.in"));
        QVERIFY(admin.ok());
        auto otherId = server().registerCustomer(QStringLiteral("other@example.in"));
        QVERIFY(otherId.ok());
        const QString customer = shop().customerId;
        baartal::core::LedgerService ledger(server().database(), server().clock());

        QVERIFY(
            !sell(server(), ServerFixture::kMerchantLogin, customer, QStringLiteral("1000.00")).isEmpty());
        QVERIFY(
            !sell(server(), ServerFixture::kMerchantLogin, *otherId, QStringLiteral("1000.00")).isEmpty());
        server().clock().advanceDays(1);
        const QString earnB =
            sell(server(), QStringLiteral("salon@example.in"), customer, QStringLiteral("1000.00"));
        QVERIFY(!earnB.isEmpty());
        server().clock().advanceDays(1);
        QVERIFY(
            !sell(server(), ServerFixture::kMerchantLogin, customer, QStringLiteral("200.00"), 20).isEmpty());
        server().clock().advanceDays(1);
        QVERIFY(ledger.adjust(customer, baartal::core::Coins(10), QStringLiteral("goodwill"), admin->user.id)
                    .ok());
        server().clock().advanceDays(1);
        QVERIFY(ledger.voidTransaction(earnB, QStringLiteral("keyed twice"), admin->user.id).ok());
        server().clock().advanceDays(70);
        auto expired = ledger.expireDue();
        QVERIFY(expired.ok());
        QCOMPARE(*expired, 2);

        query.replace(QStringLiteral("{A}"), shop().merchant.id).replace(QStringLiteral("{B}"), shopB->id);
        const ApiReply reply = server().api().get(kHistory + QLatin1Char('?') + query,
                                                  server().login(ServerFixture::kCustomerLogin));
        QCOMPARE(reply.status, 200);
        QCOMPARE(typesOf(reply), types);
        for (const QJsonValue& value : transactionsOf(reply)) {
            QCOMPARE(value.toObject().value(QStringLiteral("customer_id")).toString(), customer);
        }
    }

    void historyRefusesBadParameters_data()
    {
        addBadQueryRows({
            {"limit zero", "limit=0", "invalid_limit"},
            {"limit over 100", "limit=101", "invalid_limit"},
            {"limit negative", "limit=-5", "invalid_limit"},
            {"limit fraction", "limit=1.5", "invalid_limit"},
            {"limit text", "limit=ten", "invalid_limit"},
            {"cursor not base64", "cursor=%25%25%25", "invalid_cursor"},
            {"cursor made up", "cursor=MTIzOmFiYw", "invalid_cursor"},
            {"unknown type", "type=purchase", "invalid_type"},
            {"type in capitals", "type=EARN", "invalid_type"},
            {"merchant not a uuid", "merchant_id=42", "invalid_id"},
            {"impossible date", "from=2026-13-01", "invalid_date"},
            {"Indian date order", "to=15/01/2026", "invalid_date"},
            {"time without zone", "from=2026-01-15T10:00:00", "invalid_date"},
            {"from after to", "from=2026-01-20&to=2026-01-10", "invalid_date_range"},
        });
    }

    void historyRefusesBadParameters()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, query);
        QFETCH(QString, code);
        if (!startWithShop(dialect)) {
            return;
        }
        const ApiReply reply = server().api().get(kHistory + QLatin1Char('?') + query,
                                                  server().login(ServerFixture::kCustomerLogin));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), code);
    }

    void historyIsForCustomersOnly_data() { addBackendRows(); }

    void historyIsForCustomersOnly()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        QVERIFY(server().addAdmin(QStringLiteral("admin@example.in")).ok());
        const ApiReply merchant = server().api().get(kHistory, shop().merchantToken);
        QCOMPARE(merchant.status, 403);
        QCOMPARE(merchant.errorCode(), QStringLiteral("forbidden_role"));
        const ApiReply admin =
            server().api().get(kHistory, server().login(QStringLiteral("admin@example.in")));
        QCOMPARE(admin.status, 403);
        QCOMPARE(admin.errorCode(), QStringLiteral("forbidden_role"));
        const ApiReply anonymous = server().api().get(kHistory);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.errorCode(), QStringLiteral("missing_token"));
    }
};

QTEST_GUILESS_MAIN(TestWalletRoutes)
#include "tst_wallet_routes.moc"
