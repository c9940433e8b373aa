#pragma once

#include "core/analytics/granularity.h"

#include <QDate>

namespace baartal::ui {

// The date ranges the analytics screen offers in one keystroke, and how finely it draws a range.
class AnalyticsRanges {
public:
    AnalyticsRanges() = delete;

    enum class Preset {
        Last7Days,   // today and the six days before
        Last4Weeks,  // this week (from Monday) and the three before it
        ThisMonth,   // from the 1st to today
        Last12Months // this month and the eleven before it
    };

    // Longer ranges draw their coins lines by week: a point a day would blur into a band.
    static constexpr int kMaxDailyLineDays = 92;

    struct Span {
        QDate from;
        QDate to;
    };

    // The preset's days up to `today` (an Indian calendar day), both ends inclusive.
    static Span preset(Preset preset, QDate today);
    static core::Granularity lineGranularity(QDate from, QDate to);
};

} // namespace baartal::ui
