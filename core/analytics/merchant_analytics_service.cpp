#include "core/analytics/merchant_analytics_service.h"

#include "core/analytics/analytics_calendar.h"
#include "core/time/clock.h"
#include "core/time/india_time.h"

namespace baartal::core {

MerchantAnalyticsService::MerchantAnalyticsService(Database& database, const Clock& clock)
    : m_clock(clock)
    , m_repository(database)
{
}

int MerchantAnalyticsService::maxDays(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return 731;
    case Granularity::Week:
        return 1827;
    case Granularity::Month:
        return 3653;
    }
    return 731;
}

Result<MerchantAnalytics> MerchantAnalyticsService::analyse(const AnalyticsQuery& query)
{
    MerchantAnalytics result;
    result.merchantId = query.merchantId;
    result.granularity = query.granularity;
    result.to = query.to.value_or(IndiaTime::dayOf(m_clock.now()));
    result.from = query.from.value_or(result.to.addDays(1 - kDefaultDays));
    if (result.from > result.to) {
        return Error::invalid(QStringLiteral("invalid_date_range"),
                              QStringLiteral("from must not be after to."));
    }
    const int limit = maxDays(query.granularity);
    if (result.from.daysTo(result.to) + 1 > limit) {
        return Error::invalid(QStringLiteral("date_range_too_long"),
                              QStringLiteral("A %1 series covers at most %2 days; ask for a coarser "
                                             "granularity or a shorter range.")
                                  .arg(toText(query.granularity))
                                  .arg(limit));
    }

    const QList<QDate> starts = AnalyticsCalendar::periodStarts(result.from, result.to, query.granularity);
    QList<QDateTime> instants;
    for (const QDate& start : starts) {
        instants.append(IndiaTime::startOfDay(start));
    }
    const AnalyticsWindow window{query.merchantId, IndiaTime::startOfDay(result.from),
                                 IndiaTime::startOfDay(result.to.addDays(1))};
    auto figures = m_repository.bucketFigures(window, instants);
    if (!figures) {
        return figures.error();
    }
    auto customers = m_repository.uniqueCustomers(window);
    if (!customers) {
        return customers.error();
    }

    BucketFigures& totals = result.totals;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const BucketFigures& bucket = figures->at(i);
        result.buckets.append({starts[i], bucket});
        totals.scans += bucket.scans;
        totals.sales += bucket.sales;
        totals.issued = Coins(totals.issued.value() + bucket.issued.value());
        totals.redemptions += bucket.redemptions;
        totals.redeemed = Coins(totals.redeemed.value() + bucket.redeemed.value());
        totals.billed = Paise(totals.billed.value() + bucket.billed.value());
    }
    totals.visitors = *customers;
    if (totals.sales > 0) {
        result.averageBill = Paise((totals.billed.value() + totals.sales / 2) / totals.sales);
    }
    result.settlementPosition = Coins(totals.issued.value() - totals.redeemed.value());
    return result;
}

} // namespace baartal::core
