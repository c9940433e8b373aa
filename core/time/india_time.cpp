#include "core/time/india_time.h"

#include <QTimeZone>

namespace baartal::core {

QDateTime IndiaTime::startOfDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(kOffsetSeconds)).toUTC();
}

QDate IndiaTime::dayOf(const QDateTime& instant)
{
    return instant.toUTC().addSecs(kOffsetSeconds).date();
}

} // namespace baartal::core
