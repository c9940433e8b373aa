#include "server/analytics/analytics_request.h"

namespace baartal::server {

namespace {

QString value(const QUrlQuery& query, const QString& name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
}

// An Indian calendar day; a time of day would cut a shop's day in two, so only dates are taken.
core::Result<std::optional<QDate>> parseDay(const QUrlQuery& query, const QString& field)
{
    const QString text = value(query, field);
    if (text.isEmpty()) {
        return std::optional<QDate>();
    }
    const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        return core::Error::invalid(QStringLiteral("invalid_date"),
                                    QStringLiteral("%1 must be a date (YYYY-MM-DD).").arg(field));
    }
    return std::optional<QDate>(date);
}

} // namespace

core::Result<core::AnalyticsQuery> AnalyticsRequest::parse(const QUrlQuery& query, const QString& merchantId)
{
    core::AnalyticsQuery analytics;
    analytics.merchantId = merchantId;
    auto from = parseDay(query, QStringLiteral("from"));
    if (!from) {
        return from.error();
    }
    analytics.from = *from;
    auto to = parseDay(query, QStringLiteral("to"));
    if (!to) {
        return to.error();
    }
    analytics.to = *to;
    if (const QString granularity = value(query, QStringLiteral("granularity")); !granularity.isEmpty()) {
        const auto parsed = core::granularityFromString(granularity);
        if (!parsed) {
            return core::Error::invalid(QStringLiteral("invalid_granularity"),
                                        QStringLiteral("granularity must be one of day, week, month."));
        }
        analytics.granularity = *parsed;
    }
    return analytics;
}

} // namespace baartal::server
