#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace baartal::core {

// Conversions between domain values and the columns both dialects share: times are UTC epoch
// milliseconds, optional text is NULL when empty.
class SqlValues {
public:
    static QVariant fromTime(const QDateTime& time);
    static QDateTime toTime(const QVariant& value);
    static QVariant fromOptionalText(const QString& text);
    // Empty rather than NULL, for NOT NULL text columns (a default-constructed QString binds as NULL).
    static QVariant fromText(const QString& text);
    // "?, ?, ?": one bound placeholder per value, for an IN (...) list.
    static QString placeholders(qsizetype count);
};

} // namespace baartal::core
