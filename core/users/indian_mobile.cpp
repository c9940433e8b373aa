#include "core/users/indian_mobile.h"

#include <QRegularExpression>

namespace baartal::core {

Result<QString> IndianMobile::normalise(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-.()]"));
    static const QRegularExpression mobile(QStringLiteral("^(?:\\+91|0091|91|0)?([6-9][0-9]{9})$"));
    QString compact = text;
    compact.remove(separators);
    const QRegularExpressionMatch match = mobile.match(compact);
    if (!match.hasMatch()) {
        return Error::invalid(QStringLiteral("invalid_phone"),
                              QStringLiteral("Give an Indian mobile number: 10 digits starting with 6, 7, 8 "
                                             "or 9, optionally after +91."));
    }
    return QString(QStringLiteral("+91") + match.captured(1));
}

QString IndianMobile::masked(const QString& canonical)
{
    constexpr qsizetype kShown = 4;
    if (canonical.size() <= kShown + 3) {
        return QString(canonical.size(), QLatin1Char('*'));
    }
    return canonical.left(3) + QString(canonical.size() - 3 - kShown, QLatin1Char('*')) +
           canonical.right(kShown);
}

} // namespace baartal::core
