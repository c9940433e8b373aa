#pragma once

#include "sync/client/merchant_analytics.h"

#include <QCoreApplication>

class QChart;

namespace baartal::ui {

// Builds the analytics charts from the server's answers, in the current language and locale. The
// screen rebuilds them when the language changes; the report renders the same charts into its PDF.
// Series and bar sets carry objectNames ("scans", "customers", "issued", "redeemed") for tests.
class AnalyticsCharts {
    Q_DECLARE_TR_FUNCTIONS(baartal::ui::AnalyticsCharts)

public:
    AnalyticsCharts() = delete;

    // Footfall bars, one category per period of the answer's granularity (week or month): QR scans and
    // the distinct customers who came. The caller owns the chart.
    static QChart* footfall(const sync::MerchantAnalytics& analytics);
    // Coins issued and redeemed, one point per period, over a date axis. The caller owns the chart.
    static QChart* coins(const sync::MerchantAnalytics& analytics);
};

} // namespace baartal::ui
