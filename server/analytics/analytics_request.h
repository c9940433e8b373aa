#pragma once

#include "core/analytics/merchant_analytics_service.h"
#include "core/result/result.h"

#include <QUrlQuery>

namespace baartal::server {

// The query string of the analytics routes (from, to, granularity) read into an AnalyticsQuery for
// this shop. Every failure is Invalid (400): "invalid_date" (from/to not a YYYY-MM-DD date) and
// "invalid_granularity" (not day, week or month). Empty values count as absent; the service fills in
// the defaults and checks the range.
class AnalyticsRequest {
public:
    AnalyticsRequest() = delete;

    static core::Result<core::AnalyticsQuery> parse(const QUrlQuery& query, const QString& merchantId);
};

} // namespace baartal::server
