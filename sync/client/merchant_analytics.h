#pragma once

#include "core/analytics/granularity.h"
#include "core/money/coins.h"
#include "core/money/paise.h"
#include "core/result/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace baartal::sync {

// What GET /api/v1/merchant/analytics is asked: Indian calendar days, both ends inclusive, cut into
// buckets of one granularity.
struct AnalyticsRange {
    QDate from;
    QDate to;
    core::Granularity granularity = core::Granularity::Day;

    // from=2026-11-01&to=2026-11-30&granularity=week
    QUrlQuery query() const;

    friend bool operator==(const AnalyticsRange&, const AnalyticsRange&) = default;
};

// One bucket of the answer's series, named by the first day of its whole calendar period.
struct AnalyticsPeriod {
    QDate start;
    qint64 scans = 0;    // QR scans at the counter: the footfall
    qint64 sales = 0;    // bills recorded
    qint64 visitors = 0; // distinct customers who scanned or bought
    core::Coins issued{0};
    core::Coins redeemed{0};

    friend bool operator==(const AnalyticsPeriod&, const AnalyticsPeriod&) = default;
};

// The shop's analytics as the server computed them. The counter shows these figures, never its own.
struct MerchantAnalytics {
    QString merchantId;
    AnalyticsRange range; // as the server understood it (it fills in defaults)
    core::Coins issued{0};
    qint64 redemptions = 0; // sales that redeemed coins
    core::Coins redeemed{0};
    qint64 sales = 0;
    core::Paise billed{0};
    qint64 scans = 0;
    qint64 uniqueCustomers = 0;
    core::Paise averageBill{0};
    QList<AnalyticsPeriod> periods; // one per bucket, ascending, zeros included

    // "invalid_response" naming the field for an answer that breaks the contract: a missing or
    // negative figure, series out of step with each other, out of order or outside the range, a net
    // that is not issued minus redeemed.
    static core::Result<MerchantAnalytics> fromJson(const QJsonObject& data);

    // Issued minus redeemed: what the shop owes (positive) or is owed in the settlement.
    qint64 settlementPosition() const { return issued.value() - redeemed.value(); }
};

} // namespace baartal::sync
