#include "ui/analytics/analytics_ranges.h"

#include "core/analytics/analytics_calendar.h"

namespace baartal::ui {

AnalyticsRanges::Span AnalyticsRanges::preset(Preset preset, QDate today)
{
    using core::AnalyticsCalendar;
    using core::Granularity;
    switch (preset) {
    case Preset::Last7Days:
        return {today.addDays(-6), today};
    case Preset::Last4Weeks:
        return {AnalyticsCalendar::periodStart(today, Granularity::Week).addDays(-21), today};
    case Preset::ThisMonth:
        return {AnalyticsCalendar::periodStart(today, Granularity::Month), today};
    case Preset::Last12Months:
        return {AnalyticsCalendar::periodStart(today, Granularity::Month).addMonths(-11), today};
    }
    return {today, today};
}

core::Granularity AnalyticsRanges::lineGranularity(QDate from, QDate to)
{
    return from.daysTo(to) < kMaxDailyLineDays ? core::Granularity::Day : core::Granularity::Week;
}

} // namespace baartal::ui
