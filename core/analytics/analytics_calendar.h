#pragma once

#include "core/analytics/granularity.h"

#include <QDate>
#include <QList>

namespace baartal::core {

// The calendar periods an analytics series is cut into. A bucket is named by the first day of its
// whole period (the day itself, the Monday of its week, the 1st of its month) even where the asked-for
// range starts or ends part-way through it.
class AnalyticsCalendar {
public:
    AnalyticsCalendar() = delete;

    // The first day of the period holding `day`.
    static QDate periodStart(QDate day, Granularity granularity);
    // The first day of the period after the one starting on `start`.
    static QDate nextPeriod(QDate start, Granularity granularity);
    // The first day of every period that overlaps [from, to], ascending; empty when from is after to.
    static QList<QDate> periodStarts(QDate from, QDate to, Granularity granularity);
};

} // namespace baartal::core
