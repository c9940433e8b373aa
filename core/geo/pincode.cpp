#include "core/geo/pincode.h"

#include <QRegularExpression>

namespace baartal::core {

Status Pincode::check(const QString& text)
{
    static const QRegularExpression kPincode(QStringLiteral("^[1-9][0-9]{5}$"));
    if (!kPincode.match(text).hasMatch()) {
        return Error::invalid(QStringLiteral("invalid_pincode"),
                              QStringLiteral("pincode must be a six-digit Indian PIN code."));
    }
    return {};
}

QString Pincode::sortingDistrict(const QString& pincode)
{
    return pincode.left(3);
}

} // namespace baartal::core
