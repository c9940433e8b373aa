#include "tests/ui/analytics/analytics_history.h"

#include "core/ids/ids.h"
#include "core/ledger/ledger_service.h"
#include "core/storage/database.h"
#include "core/storage/sql_values.h"
#include "core/time/india_time.h"
#include "tests/sync/support/counter_fixture.h"
#include "tests/testsupport/fake_clock.h"

namespace baartal::testsupport {

namespace {

QDateTime at(int month, int day, int hour)
{
    const int year = month == 12 ? 2025 : 2026;
    return core::IndiaTime::startOfDay(QDate(year, month, day)).addSecs(hour * 3600);
}

} // namespace

core::Status AnalyticsHistory::seed(CounterFixture& counter)
{
    ServerFixture& server = counter.server();
    const QString shop = counter.merchant().id;
    auto ravi = server.registerCustomer(QStringLiteral("ravi@example.in"));
    if (!ravi) {
        return ravi.error();
    }
    auto chetan = server.registerCustomer(QStringLiteral("chetan@example.in"));
    if (!chetan) {
        return chetan.error();
    }
    const QString asha = counter.customerId();

    struct Sale {
        QDateTime when;
        QString customer;
        qint64 rupees;
        qint64 redeem;
    };
    const QList<Sale> sales{
        {at(12, 9, 11), asha, 1000, 0},  // +50
        {at(12, 23, 18), *ravi, 400, 0}, // +20
        {at(1, 6, 10), asha, 600, 50},   // redeems 50
        {at(1, 13, 12), *ravi, 2000, 0}, // +100
        {at(1, 15, 9), *chetan, 150, 0}, // +7
    };
    for (const Sale& sale : sales) {
        const FakeClock clock(sale.when);
        auto recorded = core::LedgerService(server.database(), clock)
                            .recordSale({{},
                                         sale.customer,
                                         shop,
                                         core::Paise(sale.rupees * 100),
                                         core::Coins(sale.redeem),
                                         {},
                                         {}});
        if (!recorded) {
            return recorded.error();
        }
    }
    const QList<std::pair<QDateTime, QString>> scans{
        {at(12, 9, 11), asha},   {at(12, 23, 18), asha}, {at(12, 23, 18), *ravi},
        {at(1, 7, 16), *chetan}, {at(1, 14, 10), asha},
    };
    for (const auto& [when, customer] : scans) {
        auto inserted = server.database().exec(
            QStringLiteral(
                "INSERT INTO scans (id, customer_id, merchant_id, created_at) VALUES (?, ?, ?, ?)"),
            {core::Ids::newId(), customer, shop, core::SqlValues::fromTime(when)});
        if (!inserted) {
            return inserted.error();
        }
    }
    return core::Status();
}

QJsonObject AnalyticsHistory::serverAnswer(CounterFixture& counter, QDate from, QDate to,
                                           const QString& granularity)
{
    ServerFixture& server = counter.server();
    const ApiReply reply =
        server.api().get(QStringLiteral("/api/v1/merchant/analytics?from=%1&to=%2&granularity=%3")
                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), granularity),
                         server.login(ServerFixture::kMerchantLogin));
    return reply.data();
}

} // namespace baartal::testsupport
