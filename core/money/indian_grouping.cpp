#include "core/money/indian_grouping.h"

namespace baartal::core {

QString groupIndian(quint64 value)
{
    const QString digits = QString::number(value);
    if (digits.size() <= 3) {
        return digits;
    }
    const qsizetype headSize = digits.size() - 3;
    QString grouped;
    grouped.reserve(digits.size() + headSize / 2 + 1);
    for (qsizetype i = 0; i < headSize; ++i) {
        // A comma goes before every pair that starts an even distance from the end of the head.
        if (i > 0 && (headSize - i) % 2 == 0) {
            grouped.append(u',');
        }
        grouped.append(digits.at(i));
    }
    grouped.append(u',');
    grouped.append(QStringView(digits).right(3));
    return grouped;
}

} // namespace baartal::core
