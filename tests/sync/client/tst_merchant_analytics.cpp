#include "core/ids/ids.h"
#include "core/ledger/ledger_service.h"
#include "core/storage/database.h"
#include "core/storage/sql_values.h"
#include "core/time/india_time.h"
#include "sync/client/merchant_analytics.h"
#include "tests/sync/support/api_answer.h"
#include "tests/sync/support/counter_fixture.h"
#include "tests/testsupport/fake_clock.h"
#include "tests/testsupport/json_edits.h"

#include <QJsonArray>
#include <QTest>

using namespace baartal;
using core::Coins;
using core::Granularity;
using core::Paise;
using sync::AnalyticsRange;
using sync::MerchantAnalytics;
using testsupport::JsonEdits;

namespace {

QJsonObject period(const char* start, qint64 scans, qint64 earns, qint64 visitors)
{
    return {{QStringLiteral("start"), QLatin1String(start)},
            {QStringLiteral("scans"), scans},
            {QStringLiteral("earns"), earns},
            {QStringLiteral("visitors"), visitors}};
}

QJsonObject flow(const char* start, qint64 issued, qint64 redeemed)
{
    return {{QStringLiteral("start"), QLatin1String(start)},
            {QStringLiteral("issued"), issued},
            {QStringLiteral("redeemed"), redeemed},
            {QStringLiteral("net"), issued - redeemed}};
}

// What the server answers for two weeks of November 2026 by week (the first week began on Monday 9th).
QJsonObject answer()
{
    return {{QStringLiteral("merchant_id"), QStringLiteral("merchant-1")},
            {QStringLiteral("from"), QStringLiteral("2026-11-11")},
            {QStringLiteral("to"), QStringLiteral("2026-11-22")},
            {QStringLiteral("granularity"), QStringLiteral("week")},
            {QStringLiteral("time_zone"), QStringLiteral("+05:30")},
            {QStringLiteral("total_bcoins_issued"), 185},
            {QStringLiteral("total_redemptions"),
             QJsonObject{{QStringLiteral("count"), 2}, {QStringLiteral("coins"), 240}}},
            {QStringLiteral("total_sales"),
             QJsonObject{{QStringLiteral("count"), 4}, {QStringLiteral("amount"), 4321.5}}},
            {QStringLiteral("total_scans"), 9},
            {QStringLiteral("unique_customers"), 3},
            {QStringLiteral("average_bill"), 1080.38},
            {QStringLiteral("settlement_position"), -55},
            {QStringLiteral("footfall"),
             QJsonArray{period("2026-11-09", 4, 1, 2), period("2026-11-16", 5, 3, 3)}},
            {QStringLiteral("issued_vs_redeemed"),
             QJsonArray{flow("2026-11-09", 50, 0), flow("2026-11-16", 135, 240)}}};
}

} // namespace

// The typed analytics answer: read strictly from the server's JSON, and fetched from a real server.
class TstMerchantAnalytics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheAnswer()
    {
        auto analytics = MerchantAnalytics::fromJson(answer());
        QVERIFY2(analytics.ok(), qPrintable(analytics.ok() ? QString() : analytics.error().message));
        QCOMPARE(analytics->merchantId, QStringLiteral("merchant-1"));
        QCOMPARE(analytics->range,
                 (AnalyticsRange{QDate(2026, 11, 11), QDate(2026, 11, 22), Granularity::Week}));
        QCOMPARE(analytics->issued, Coins(185));
        QCOMPARE(analytics->redemptions, 2);
        QCOMPARE(analytics->redeemed, Coins(240));
        QCOMPARE(analytics->sales, 4);
        QCOMPARE(analytics->billed, Paise(432150));
        QCOMPARE(analytics->scans, 9);
        QCOMPARE(analytics->uniqueCustomers, 3);
        QCOMPARE(analytics->averageBill, Paise(108038));
        QCOMPARE(analytics->settlementPosition(), -55);
        QCOMPARE(analytics->periods.size(), 2);
        QCOMPARE(analytics->periods[1],
                 (sync::AnalyticsPeriod{QDate(2026, 11, 16), 5, 3, 3, Coins(135), Coins(240)}));
    }

    void refusesABrokenAnswer_data()
    {
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("field");

        QTest::newRow("no merchant") << JsonEdits::without(answer(), u"merchant_id") << "merchant_id";
        QTest::newRow("date with a time") << JsonEdits::with(answer(), u"from", "2026-11-11T00:00") << "from";
        QTest::newRow("range backwards") << JsonEdits::with(answer(), u"from", "2026-11-23") << "from";
        QTest::newRow("unknown granularity")
            << JsonEdits::with(answer(), u"granularity", "year") << "granularity";
        QTest::newRow("negative coins")
            << JsonEdits::with(answer(), u"total_bcoins_issued", -1) << "total_bcoins_issued";
        QTest::newRow("fractional coins")
            << JsonEdits::with(answer(), u"total_bcoins_issued", 1.5) << "total_bcoins_issued";
        QTest::newRow("coins as text")
            << JsonEdits::with(answer(), u"total_bcoins_issued", "185") << "total_bcoins_issued";
        QTest::newRow("no redemptions")
            << JsonEdits::without(answer(), u"total_redemptions") << "total_redemptions";
        QTest::newRow("redemption count missing")
            << JsonEdits::without(answer(), u"total_redemptions.count") << "count";
        QTest::newRow("amount in thousandths")
            << JsonEdits::with(answer(), u"total_sales.amount", 1.005) << "amount";
        QTest::newRow("average bill as text")
            << JsonEdits::with(answer(), u"average_bill", "1080.38") << "average_bill";
        QTest::newRow("customers missing")
            << JsonEdits::without(answer(), u"unique_customers") << "unique_customers";
        QTest::newRow("settlement not issued minus redeemed")
            << JsonEdits::with(answer(), u"settlement_position", 55) << "settlement_position";
        QTest::newRow("no footfall") << JsonEdits::without(answer(), u"footfall") << "footfall";
        QTest::newRow("empty series") << JsonEdits::with(JsonEdits::with(answer(), u"footfall", QJsonArray()),
                                                         u"issued_vs_redeemed", QJsonArray())
                                      << "issued_vs_redeemed";
        QTest::newRow("series of different lengths")
            << JsonEdits::with(answer(), u"issued_vs_redeemed", QJsonArray{flow("2026-11-09", 50, 0)})
            << "issued_vs_redeemed";
        QTest::newRow("series out of step")
            << JsonEdits::with(answer(), u"issued_vs_redeemed",
                               QJsonArray{flow("2026-11-09", 50, 0), flow("2026-11-17", 135, 240)})
            << "issued_vs_redeemed";
        QTest::newRow("periods out of order")
            << JsonEdits::with(
                   JsonEdits::with(answer(), u"footfall",
                                   QJsonArray{period("2026-11-16", 5, 3, 3), period("2026-11-09", 4, 1, 2)}),
                   u"issued_vs_redeemed", QJsonArray{flow("2026-11-16", 135, 240), flow("2026-11-09", 50, 0)})
            << "footfall";
        QTest::newRow("period after the range")
            << JsonEdits::with(answer(), u"to", "2026-11-15") << "footfall";
        QTest::newRow("negative scans")
            << JsonEdits::with(answer(), u"footfall",
                               QJsonArray{period("2026-11-09", -4, 1, 2), period("2026-11-16", 5, 3, 3)})
            << "scans";
        QTest::newRow("wrong net") << JsonEdits::with(answer(), u"issued_vs_redeemed",
                                                      QJsonArray{flow("2026-11-09", 50, 0),
                                                                 JsonEdits::with(flow("2026-11-16", 135, 240),
                                                                                 u"net", 105)})
                                   << "issued_vs_redeemed";
    }

    void refusesABrokenAnswer()
    {
        QFETCH(QJsonObject, data);
        QFETCH(QString, field);
        auto analytics = MerchantAnalytics::fromJson(data);
        QVERIFY(!analytics.ok());
        QCOMPARE(analytics.error().code, QStringLiteral("invalid_response"));
        QCOMPARE(analytics.error().kind, core::ErrorKind::Internal);
        QVERIFY2(analytics.error().message.contains(QLatin1Char('"') + field + QLatin1Char('"')),
                 qPrintable(analytics.error().message));
    }

    void asksForTheRange()
    {
        QCOMPARE(
            (AnalyticsRange{QDate(2026, 11, 1), QDate(2026, 11, 30), Granularity::Month}.query().toString()),
            QStringLiteral("from=2026-11-01&to=2026-11-30&granularity=month"));
        QCOMPARE((AnalyticsRange{{}, {}, Granularity::Day}.query().toString()),
                 QStringLiteral("granularity=day"));
    }

    // The client asks the real server and reads what it computed from the ledger.
    void fetchesTheShopsFigures()
    {
        auto fixture =
            testsupport::CounterFixture::start(5, true, testsupport::CounterFixture::Device::NotEnrolled);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        testsupport::CounterFixture& counter = **fixture;
        testsupport::ServerFixture& server = counter.server();
        const QString shop = counter.merchant().id;
        // The sale's own clock: the server's stays where the counter's session was issued.
        const testsupport::FakeClock saleTime(
            core::IndiaTime::startOfDay(QDate(2026, 1, 13)).addSecs(11 * 3600));
        core::LedgerService ledger(server.database(), saleTime);
        QVERIFY(ledger.recordSale({{}, counter.customerId(), shop, Paise(200000), Coins(0), {}, {}}).ok());
        QVERIFY(server.database()
                    .exec(QStringLiteral("INSERT INTO scans (id, customer_id, merchant_id, created_at) "
                                         "VALUES (?, ?, ?, ?)"),
                          {core::Ids::newId(), counter.customerId(), shop,
                           core::SqlValues::fromTime(saleTime.now())})
                    .ok());

        testsupport::ApiAnswer<MerchantAnalytics> analytics;
        counter.api().merchantAnalytics({QDate(2026, 1, 6), QDate(2026, 1, 15), Granularity::Week},
                                        &analytics, analytics.handler());
        QTRY_VERIFY(analytics.arrived());
        QVERIFY2(analytics->ok(), qPrintable(analytics->ok() ? QString() : analytics->error().message));
        const MerchantAnalytics& figures = **analytics;
        QCOMPARE(figures.merchantId, shop);
        QCOMPARE(figures.range, (AnalyticsRange{QDate(2026, 1, 6), QDate(2026, 1, 15), Granularity::Week}));
        QCOMPARE(figures.issued, Coins(100));
        QCOMPARE(figures.sales, 1);
        QCOMPARE(figures.scans, 1);
        QCOMPARE(figures.uniqueCustomers, 1);
        QCOMPARE(figures.averageBill, Paise(200000));
        QCOMPARE(figures.periods.size(), 2);
        QCOMPARE(figures.periods[0].start, QDate(2026, 1, 5));
        QCOMPARE(figures.periods[1],
                 (sync::AnalyticsPeriod{QDate(2026, 1, 12), 1, 1, 1, Coins(100), Coins(0)}));

        testsupport::ApiAnswer<MerchantAnalytics> backwards;
        counter.api().merchantAnalytics({QDate(2026, 1, 15), QDate(2026, 1, 6), Granularity::Day}, &backwards,
                                        backwards.handler());
        QTRY_VERIFY(backwards.arrived());
        QVERIFY(!backwards->ok());
        QCOMPARE(backwards->error().code, QStringLiteral("invalid_date_range"));
    }
};

QTEST_GUILESS_MAIN(TstMerchantAnalytics)
#include "tst_merchant_analytics.moc"
