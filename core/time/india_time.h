#pragma once

#include <QDate>
#include <QDateTime>

namespace baartal::core {

// India Standard Time (UTC+05:30, no daylight saving), the time every Baartal shop keeps: its calendar
// days are the days customers and shopkeepers mean.
class IndiaTime {
public:
    IndiaTime() = delete;

    static constexpr int kOffsetSeconds = 5 * 3600 + 30 * 60;

    // The instant that day begins in India, in UTC.
    static QDateTime startOfDay(QDate day);
    // The Indian calendar day an instant falls on.
    static QDate dayOf(const QDateTime& instant);
};

} // namespace baartal::core
