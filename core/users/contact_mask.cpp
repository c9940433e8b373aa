#include "core/users/contact_mask.h"

namespace baartal::core {

namespace {

const QChar kBullet(0x2022);

// Phone digits shown at each end.
constexpr qsizetype kLeadingDigits = 2;
constexpr qsizetype kTrailingDigits = 3;

QString maskEmail(const QString& login, qsizetype at)
{
    // A fixed number of bullets, so the mask does not tell the name's length either.
    const qsizetype shown = at > 2 ? 2 : 1;
    return login.left(shown) + QString(3, kBullet) + login.mid(at);
}

QString maskPhone(QString digits)
{
    if (digits.startsWith(QLatin1Char('+'))) {
        digits.remove(0, 1);
        if (digits.size() == 12 && digits.startsWith(QLatin1String("91"))) {
            digits.remove(0, 2);
        }
    }
    const qsizetype hidden = digits.size() - kLeadingDigits - kTrailingDigits;
    if (hidden <= 0) {
        return QString(digits.size(), kBullet);
    }
    return digits.left(kLeadingDigits) + QString(hidden, kBullet) + digits.right(kTrailingDigits);
}

} // namespace

QString ContactMask::mask(const QString& login)
{
    const qsizetype at = login.indexOf(QLatin1Char('@'));
    return at > 0 ? maskEmail(login, at) : maskPhone(login);
}

} // namespace baartal::core
