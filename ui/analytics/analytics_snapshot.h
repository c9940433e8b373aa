#pragma once

#include "sync/client/merchant_analytics.h"

#include <QDateTime>

namespace baartal::ui {

// The server's answers for one date range, as the analytics screen shows them and the report prints
// them: the same range by week and by month, and by the granularity of the coins lines.
struct AnalyticsSnapshot {
    sync::MerchantAnalytics weekly; // also the totals of the tiles
    sync::MerchantAnalytics monthly;
    sync::MerchantAnalytics lines;
    QDateTime fetchedAt; // when the last answer came
};

} // namespace baartal::ui
