#pragma once

#include "core/analytics/granularity.h"
#include "core/analytics/merchant_analytics_repository.h"
#include "core/result/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace baartal::core {

class Clock;
class Database;

// A shop's analytics over Indian calendar days, both ends inclusive. Without `to` the range ends today;
// without `from` it starts kDefaultDays - 1 days before `to`.
struct AnalyticsQuery {
    QString merchantId;
    std::optional<QDate> from;
    std::optional<QDate> to;
    Granularity granularity = Granularity::Day;
};

// One bucket of a series: the first day of its calendar period, and what happened in the part of that
// period the range covers.
struct AnalyticsBucket {
    QDate start;
    BucketFigures figures;
};

struct MerchantAnalytics {
    QString merchantId;
    QDate from;
    QDate to;
    Granularity granularity = Granularity::Day;
    // Sums over the range, except visitors: the customers who came at all, each counted once.
    BucketFigures totals;
    Paise averageBill{0};        // billed / sales to the nearest paisa; 0 without sales
    Coins settlementPosition{0}; // issued minus redeemed over the range
    QList<AnalyticsBucket> buckets;
};

// Cuts a date range into Indian-calendar buckets and asks the repository for each bucket's figures.
class MerchantAnalyticsService {
public:
    static constexpr int kDefaultDays = 30;

    MerchantAnalyticsService(Database& database, const Clock& clock);

    // The longest range, in days, a series of this granularity may cover: about 2 years of days, 5 of
    // weeks, 10 of months.
    static int maxDays(Granularity granularity);

    // Fails Invalid with "invalid_date_range" (from after to) or "date_range_too_long".
    Result<MerchantAnalytics> analyse(const AnalyticsQuery& query);

private:
    const Clock& m_clock;
    MerchantAnalyticsRepository m_repository;
};

} // namespace baartal::core
