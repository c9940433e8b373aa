#pragma once

#include <QJsonObject>

namespace baartal::core {
struct MerchantAnalytics;
}

namespace baartal::server {

// A shop's analytics as the API shows it: the totals, then the footfall and issued-vs-redeemed series
// with one entry per bucket, zeros included, named by the bucket's first day (YYYY-MM-DD, India).
class AnalyticsJson {
public:
    AnalyticsJson() = delete;

    static QJsonObject toJson(const core::MerchantAnalytics& analytics);
};

} // namespace baartal::server
