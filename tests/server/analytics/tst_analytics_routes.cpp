#include "core/customers/customer_repository.h"
#include "core/ids/ids.h"
#include "core/ledger/ledger_service.h"
#include "core/storage/database.h"
#include "core/storage/sql_values.h"
#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/test_backends.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using baartal::core::Coins;
using baartal::core::Dialect;
using baartal::core::Paise;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;
using baartal::testsupport::TestBackends;

namespace {

const QString kAnalytics = QStringLiteral("/api/v1/merchant/analytics");

QString adminAnalytics(const QString& merchantId)
{
    return QStringLiteral("/api/v1/admin/merchants/%1/analytics").arg(merchantId);
}

// An instant given as Indian wall-clock time (UTC+05:30).
QDateTime ist(int year, int month, int day, int hour, int minute, int second = 0, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), QTimeZone(19800)).toUTC();
}

// The buckets with anything in them, as "start scans/earns/visitors issued/redeemed/net", and how
// many buckets there were in all.
QStringList busyBuckets(const ApiReply& reply, int* count)
{
    const QJsonArray footfall = reply.data().value(QStringLiteral("footfall")).toArray();
    const QJsonArray coins = reply.data().value(QStringLiteral("issued_vs_redeemed")).toArray();
    *count = footfall.size();
    QStringList busy;
    for (qsizetype i = 0; i < footfall.size() && i < coins.size(); ++i) {
        const QJsonObject visits = footfall[i].toObject();
        const QJsonObject flow = coins[i].toObject();
        const QString start = visits.value(QStringLiteral("start")).toString();
        if (flow.value(QStringLiteral("start")).toString() != start) {
            busy.append(QStringLiteral("series out of step at ") + start);
        }
        const QString text = QStringLiteral("%1 %2/%3/%4 %5/%6/%7")
                                 .arg(start)
                                 .arg(visits.value(QStringLiteral("scans")).toInteger())
                                 .arg(visits.value(QStringLiteral("earns")).toInteger())
                                 .arg(visits.value(QStringLiteral("visitors")).toInteger())
                                 .arg(flow.value(QStringLiteral("issued")).toInteger())
                                 .arg(flow.value(QStringLiteral("redeemed")).toInteger())
                                 .arg(flow.value(QStringLiteral("net")).toInteger());
        if (!text.endsWith(QLatin1String(" 0/0/0 0/0/0"))) {
            busy.append(text);
        }
    }
    return busy;
}

Paise averageBillOf(const ApiReply& reply)
{
    return Paise::fromJsonNumber(reply.data().value(QStringLiteral("average_bill")).toDouble()).value();
}

} // namespace

class TestAnalyticsRoutes : public ServerTestCase {
    Q_OBJECT

private:
    QString m_shopB;
    QString m_adminId;

    bool addScan(const QString& customerId, const QString& merchantId, const QDateTime& at)
    {
        auto inserted = server().database().exec(
            QStringLiteral(
                "INSERT INTO scans (id, customer_id, merchant_id, created_at) VALUES (?, ?, ?, ?)"),
            {baartal::core::Ids::newId(), customerId, merchantId, baartal::core::SqlValues::fromTime(at)});
        if (!inserted) {
            qWarning().noquote() << "scan not recorded:" << inserted.error().message;
        }
        return inserted.ok();
    }

    // A sale at `at`; its transaction id, or empty when the ledger refused it.
    QString sell(const QDateTime& at, const QString& customerId, const QString& merchantId, qint64 billRupees,
                 qint64 redeem = 0)
    {
        server().clock().set(at);
        auto sale = baartal::core::LedgerService(server().database(), server().clock())
                        .recordSale({{}, customerId, merchantId, Paise(billRupees * 100), Coins(redeem), {}});
        if (!sale) {
            qWarning().noquote() << "sale refused:" << sale.error().message;
            return {};
        }
        return sale->transaction.id;
    }

    // Shop A (the fixture's, 5 coins per ₹100) around the start of March 2026, in Indian time:
    //   Sun 1 Mar 23:59:59.999  asha buys ₹1000: +50
    //   Mon 2 Mar 00:00         ravi (referred by asha) buys ₹200: +10; referral bonuses of 50 to both
    //   Mon 2 Mar 10:30         asha and chetan scan; asha buys ₹500 redeeming 100: +20 on ₹400 paid
    //   Mon 2 Mar 11:30         dev buys ₹300: +15, voided on Tue 3 Mar 09:30 (counts nowhere)
    //   Mon 2 Mar 12:30         dev buys ₹10000 at shop B: +500 there, nothing here
    //   Tue 3 Mar 09:30         chetan scans again
    //   Tue 31 Mar 23:59        chetan buys ₹100: +5
    //   Wed 1 Apr 00:00         chetan buys ₹100: +5
    //   20 May                  the expiry job expires the lapsed lots (no shop, counts nowhere)
    // The server's clock is left at 20 May.
    void arrangeSpring()
    {
        auto shopB = server().addMerchant(QStringLiteral("salon@example.in"), true);
        QVERIFY(shopB.ok());
        m_shopB = shopB->id;
        auto admin = server().addAdmin(QStringLiteral("admin@example.in"));
        QVERIFY(admin.ok());
        m_adminId = admin->user.id;
        const QString shopA = shop().merchant.id;
        const QString asha = shop().customerId;
        auto ashaProfile = baartal::core::CustomerRepository(server().database()).findById(asha);
        QVERIFY(ashaProfile.ok() && ashaProfile->has_value());
        const ApiReply referred =
            server().api().post(QStringLiteral("/api/v1/auth/register"),
                                {{QStringLiteral("email_or_phone"), QStringLiteral("ravi@example.in")},
                                 {QStringLiteral("password"), ServerFixture::kPassword},
                                 {QStringLiteral("role"), QStringLiteral("customer")},
                                 {QStringLiteral("referral_code"), (*ashaProfile)->referralCode}});
        QCOMPARE(referred.status, 201);
        const QString ravi = referred.data().value(QStringLiteral("customer_id")).toString();
        auto chetan = server().registerCustomer(QStringLiteral("chetan@example.in"));
        auto dev = server().registerCustomer(QStringLiteral("dev@example.in"));
        QVERIFY(chetan.ok() && dev.ok());

        QVERIFY(!sell(ist(2026, 3, 1, 23, 59, 59, 999), asha, shopA, 1000).isEmpty());
        QVERIFY(!sell(ist(2026, 3, 2, 0, 0), ravi, shopA, 200).isEmpty());
        QVERIFY(addScan(asha, shopA, ist(2026, 3, 2, 10, 30)));
        QVERIFY(addScan(*chetan, shopA, ist(2026, 3, 2, 10, 30)));
        QVERIFY(!sell(ist(2026, 3, 2, 10, 31), asha, shopA, 500, 100).isEmpty());
        const QString mistake = sell(ist(2026, 3, 2, 11, 30), *dev, shopA, 300);
        QVERIFY(!mistake.isEmpty());
        QVERIFY(!sell(ist(2026, 3, 2, 12, 30), *dev, m_shopB, 10000).isEmpty());
        server().clock().set(ist(2026, 3, 3, 9, 30));
        QVERIFY(baartal::core::LedgerService(server().database(), server().clock())
                    .voidTransaction(mistake, QStringLiteral("keyed twice"), m_adminId)
                    .ok());
        QVERIFY(addScan(*chetan, shopA, ist(2026, 3, 3, 9, 30)));
        QVERIFY(!sell(ist(2026, 3, 31, 23, 59), *chetan, shopA, 100).isEmpty());
        QVERIFY(!sell(ist(2026, 4, 1, 0, 0), *chetan, shopA, 100).isEmpty());
        server().clock().set(ist(2026, 5, 20, 12, 0));
        auto expired = baartal::core::LedgerService(server().database(), server().clock()).expireDue();
        QVERIFY(expired.ok());
        QVERIFY(*expired > 0);
    }

private Q_SLOTS:
    void figuresMatchTheLedger_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("totals"); // issued, redemptions, redeemed, customers, sales, scans
        QTest::addColumn<qint64>("averagePaise");
        QTest::addColumn<int>("buckets");
        QTest::addColumn<QStringList>("busy");
        struct Case {
            const char* name;
            const char* query;
            QList<qint64> totals;
            qint64 averagePaise;
            int buckets;
            QStringList busy;
        };
        const QList<Case> cases{
            {"march by day",
             "from=2026-03-01&to=2026-03-31&granularity=day",
             {85, 1, 100, 3, 4, 3},
             45000,
             31,
             {"2026-03-01 0/1/1 50/0/50", "2026-03-02 2/2/3 30/100/-70", "2026-03-03 1/0/1 0/0/0",
              "2026-03-31 0/1/1 5/0/5"}},
            {"the last IST millisecond of a day",
             "from=2026-03-01&to=2026-03-01",
             {50, 0, 0, 1, 1, 0},
             100000,
             1,
             {"2026-03-01 0/1/1 50/0/50"}},
            {"the first IST millisecond of a day",
             "from=2026-03-02&to=2026-03-02&granularity=day",
             {30, 1, 100, 3, 2, 2},
             35000,
             1,
             {"2026-03-02 2/2/3 30/100/-70"}},
            {"march by week from Monday",
             "from=2026-03-01&to=2026-03-31&granularity=week",
             {85, 1, 100, 3, 4, 3},
             45000,
             6,
             {"2026-02-23 0/1/1 50/0/50", "2026-03-02 3/2/3 30/100/-70", "2026-03-30 0/1/1 5/0/5"}},
            {"spring by month",
             "from=2026-02-01&to=2026-05-31&granularity=month",
             {90, 1, 100, 3, 5, 3},
             38000,
             4,
             {"2026-03-01 3/4/3 85/100/-15", "2026-04-01 0/1/1 5/0/5"}},
            {"a short month then a long one",
             "from=2026-02-01&to=2026-03-31&granularity=month",
             {85, 1, 100, 3, 4, 3},
             45000,
             2,
             {"2026-03-01 3/4/3 85/100/-15"}},
            {"part of a month",
             "from=2026-03-31&to=2026-04-01&granularity=month",
             {10, 0, 0, 1, 2, 0},
             10000,
             2,
             {"2026-03-01 0/1/1 5/0/5", "2026-04-01 0/1/1 5/0/5"}},
            {"a quiet range", "from=2026-03-04&to=2026-03-30&granularity=week", {0, 0, 0, 0, 0, 0}, 0, 5, {}},
        };
        for (const Dialect dialect : TestBackends::dialects()) {
            for (const Case& c : cases) {
                QTest::addRow("%s/%s", qPrintable(TestBackends::name(dialect)), c.name)
                    << dialect << QString::fromLatin1(c.query) << c.totals << c.averagePaise << c.buckets
                    << c.busy;
            }
        }
    }

    // Hand-computed from arrangeSpring(): voids, referral bonuses, expiry and the other shop's sales
    // count for nothing; days, weeks and months turn at midnight in India.
    void figuresMatchTheLedger()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, query);
        QFETCH(QList<qint64>, totals);
        QFETCH(qint64, averagePaise);
        QFETCH(int, buckets);
        QFETCH(QStringList, busy);
        if (!startWithShop(dialect)) {
            return;
        }
        arrangeSpring();
        if (QTest::currentTestFailed()) {
            return;
        }
        const ApiReply reply = server().api().get(kAnalytics + QLatin1Char('?') + query,
                                                  server().login(ServerFixture::kMerchantLogin));
        QCOMPARE(reply.status, 200);
        const QJsonObject data = reply.data();
        QCOMPARE(data.value(QStringLiteral("merchant_id")).toString(), shop().merchant.id);
        const QJsonObject redemptions = data.value(QStringLiteral("total_redemptions")).toObject();
        const QList<qint64> actual{
            data.value(QStringLiteral("total_bcoins_issued")).toInteger(),
            redemptions.value(QStringLiteral("count")).toInteger(),
            redemptions.value(QStringLiteral("coins")).toInteger(),
            data.value(QStringLiteral("unique_customers")).toInteger(),
            data.value(QStringLiteral("total_sales")).toObject().value(QStringLiteral("count")).toInteger(),
            data.value(QStringLiteral("total_scans")).toInteger()};
        QCOMPARE(actual, totals);
        QCOMPARE(data.value(QStringLiteral("settlement_position")).toInteger(), totals[0] - totals[2]);
        QCOMPARE(averageBillOf(reply).value(), averagePaise);
        int count = 0;
        QCOMPARE(busyBuckets(reply, &count), busy);
        QCOMPARE(count, buckets);

        // An admin asking for the shop sees what its owner sees.
        const ApiReply admin =
            server().api().get(adminAnalytics(shop().merchant.id) + QLatin1Char('?') + query,
                               server().login(QStringLiteral("admin@example.in")));
        QCOMPARE(admin.status, 200);
        QCOMPARE(admin.data(), data);
    }

    void eachShopSeesOnlyItsOwn_data() { addBackendRows(); }

    void eachShopSeesOnlyItsOwn()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        arrangeSpring();
        if (QTest::currentTestFailed()) {
            return;
        }
        const QString range = QStringLiteral("?from=2026-03-01&to=2026-03-31");
        const ApiReply salon =
            server().api().get(kAnalytics + range, server().login(QStringLiteral("salon@example.in")));
        QCOMPARE(salon.status, 200);
        QCOMPARE(salon.data().value(QStringLiteral("merchant_id")).toString(), m_shopB);
        QCOMPARE(salon.data().value(QStringLiteral("total_bcoins_issued")).toInteger(), 500);
        QCOMPARE(salon.data().value(QStringLiteral("unique_customers")).toInteger(), 1);
        QCOMPARE(averageBillOf(salon), Paise(1000000));

        // A merchant cannot name another shop: not on its own route, not on the admin's.
        const QString grocer = server().login(ServerFixture::kMerchantLogin);
        const ApiReply named =
            server().api().get(kAnalytics + range + QStringLiteral("&merchant_id=") + m_shopB, grocer);
        QCOMPARE(named.status, 200);
        QCOMPARE(named.data().value(QStringLiteral("merchant_id")).toString(), shop().merchant.id);
        QCOMPARE(named.data().value(QStringLiteral("total_bcoins_issued")).toInteger(), 85);
        const ApiReply admins = server().api().get(adminAnalytics(m_shopB) + range, grocer);
        QCOMPARE(admins.status, 403);
        QCOMPARE(admins.errorCode(), QStringLiteral("forbidden_role"));

        const ApiReply customer =
            server().api().get(kAnalytics + range, server().login(ServerFixture::kCustomerLogin));
        QCOMPARE(customer.status, 403);
        QCOMPARE(customer.errorCode(), QStringLiteral("forbidden_role"));
        const ApiReply anonymous = server().api().get(kAnalytics + range);
        QCOMPARE(anonymous.status, 401);
    }

    void emptyRangesAreZeros_data() { addBackendRows(); }

    // With no from/to the range is the 30 Indian days to today; a new shop's series is all zeros.
    void emptyRangesAreZeros()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        // 19:00 UTC on 15 January is already 16 January in India.
        server().clock().set(QDateTime(QDate(2026, 1, 15), QTime(19, 0), Qt::UTC));
        const ApiReply reply = server().api().get(kAnalytics, server().login(ServerFixture::kMerchantLogin));
        QCOMPARE(reply.status, 200);
        const QJsonObject data = reply.data();
        QCOMPARE(data.value(QStringLiteral("from")).toString(), QStringLiteral("2025-12-18"));
        QCOMPARE(data.value(QStringLiteral("to")).toString(), QStringLiteral("2026-01-16"));
        QCOMPARE(data.value(QStringLiteral("granularity")).toString(), QStringLiteral("day"));
        QCOMPARE(data.value(QStringLiteral("total_bcoins_issued")).toInteger(), 0);
        QCOMPARE(data.value(QStringLiteral("unique_customers")).toInteger(), 0);
        QCOMPARE(data.value(QStringLiteral("settlement_position")).toInteger(), 0);
        QCOMPARE(averageBillOf(reply), Paise(0));
        int count = 0;
        QCOMPARE(busyBuckets(reply, &count), QStringList());
        QCOMPARE(count, 30);
        const QJsonArray footfall = data.value(QStringLiteral("footfall")).toArray();
        QCOMPARE(footfall.first().toObject().value(QStringLiteral("start")).toString(),
                 QStringLiteral("2025-12-18"));
        QCOMPARE(footfall.last().toObject().value(QStringLiteral("start")).toString(),
                 QStringLiteral("2026-01-16"));

        // Only `to`: the 30 days up to it. Only `from`: from then until today.
        const QString token = server().login(ServerFixture::kMerchantLogin);
        const ApiReply upTo = server().api().get(kAnalytics + QStringLiteral("?to=2026-01-05"), token);
        QCOMPARE(upTo.data().value(QStringLiteral("from")).toString(), QStringLiteral("2025-12-07"));
        const ApiReply since = server().api().get(kAnalytics + QStringLiteral("?from=2026-01-10"), token);
        QCOMPARE(since.data().value(QStringLiteral("to")).toString(), QStringLiteral("2026-01-16"));
        QCOMPARE(since.data().value(QStringLiteral("footfall")).toArray().size(), 7);
    }

    void badParametersAreRefused_data()
    {
        addBadQueryRows({
            {"impossible date", "from=2026-13-01", "invalid_date"},
            {"Indian date order", "to=15/01/2026", "invalid_date"},
            {"a time, not a date", "from=2026-01-15T00:00:00Z", "invalid_date"},
            {"short date", "from=2026-1-5", "invalid_date"},
            {"unknown granularity", "granularity=hour", "invalid_granularity"},
            {"granularity in capitals", "granularity=WEEK", "invalid_granularity"},
            {"from after to", "from=2026-01-20&to=2026-01-10", "invalid_date_range"},
            {"over two years of days", "from=2024-01-01&to=2026-01-15", "date_range_too_long"},
            {"over five years of weeks", "from=2020-01-01&to=2026-01-15&granularity=week",
             "date_range_too_long"},
            {"over ten years of months", "from=2015-01-01&to=2026-01-15&granularity=month",
             "date_range_too_long"},
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
        const ApiReply reply = server().api().get(kAnalytics + QLatin1Char('?') + query,
                                                  server().login(ServerFixture::kMerchantLogin));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), code);
    }

    void longestRangesAreServed_data() { addBackendRows(); }

    void longestRangesAreServed()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        const QString token = server().login(ServerFixture::kMerchantLogin);
        const ApiReply days =
            server().api().get(kAnalytics + QStringLiteral("?from=2024-01-15&to=2026-01-14"), token);
        QCOMPARE(days.status, 200);
        QCOMPARE(days.data().value(QStringLiteral("footfall")).toArray().size(), 731);
        const ApiReply months = server().api().get(
            kAnalytics + QStringLiteral("?from=2016-01-16&to=2026-01-15&granularity=month"), token);
        QCOMPARE(months.status, 200);
        QCOMPARE(months.data().value(QStringLiteral("footfall")).toArray().size(), 121);
    }

    void adminNamesAShop_data() { addBackendRows(); }

    void adminNamesAShop()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        QVERIFY(server().addAdmin(QStringLiteral("admin@example.in")).ok());
        const QString token = server().login(QStringLiteral("admin@example.in"));
        const ApiReply unknown = server().api().get(adminAnalytics(baartal::core::Ids::newId()), token);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("merchant_not_found"));
        const ApiReply notAnId = server().api().get(adminAnalytics(QStringLiteral("42")), token);
        QCOMPARE(notAnId.status, 400);
        QCOMPARE(notAnId.errorCode(), QStringLiteral("invalid_id"));
        const ApiReply ownRoute = server().api().get(kAnalytics, token);
        QCOMPARE(ownRoute.status, 403);
        QCOMPARE(ownRoute.errorCode(), QStringLiteral("forbidden_role"));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsRoutes)
#include "tst_analytics_routes.moc"
