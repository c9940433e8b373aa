#include "core/analytics/analytics_calendar.h"

namespace baartal::core {

QDate AnalyticsCalendar::periodStart(QDate day, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return day;
    case Granularity::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Granularity::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate AnalyticsCalendar::nextPeriod(QDate start, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return start.addDays(1);
    case Granularity::Week:
        return start.addDays(7);
    case Granularity::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

QList<QDate> AnalyticsCalendar::periodStarts(QDate from, QDate to, Granularity granularity)
{
    QList<QDate> starts;
    for (QDate start = periodStart(from, granularity); start <= to; start = nextPeriod(start, granularity)) {
        starts.append(start);
    }
    return starts;
}

} // namespace baartal::core
