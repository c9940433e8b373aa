#include "core/money/paise.h"

#include "core/money/indian_grouping.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace baartal::core {

namespace {

constexpr qint64 kPaisePerRupee = 100;
constexpr QChar kRupeeSign(0x20B9);

Error overflow()
{
    return Error::invalid(QStringLiteral("amount_overflow"), QStringLiteral("The amount is too large."));
}

Error invalidAmount(QStringView text)
{
    return Error::invalid(
        QStringLiteral("invalid_amount"),
        QStringLiteral("\"%1\" is not a rupee amount with at most two decimal places.").arg(text.toString()));
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The magnitude as unsigned, so that qint64's minimum formats without overflowing on negation.
quint64 magnitude(qint64 value)
{
    return value < 0 ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
}

QString fraction(quint64 magnitudePaise)
{
    return QStringLiteral("%1").arg(magnitudePaise % kPaisePerRupee, 2, 10, QChar(u'0'));
}

} // namespace

Result<Paise> Paise::plus(Paise other) const
{
    qint64 sum = 0;
    if (__builtin_add_overflow(m_value, other.m_value, &sum)) {
        return overflow();
    }
    return Paise(sum);
}

Result<Paise> Paise::minus(Paise other) const
{
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_value, other.m_value, &difference)) {
        return overflow();
    }
    return Paise(difference);
}

Result<Paise> Paise::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_value, factor, &product)) {
        return overflow();
    }
    return Paise(product);
}

Result<Paise> Paise::parseRupees(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype dot = trimmed.indexOf(u'.');
    const QStringView whole = dot < 0 ? trimmed : trimmed.left(dot);
    const QStringView decimals = dot < 0 ? QStringView() : trimmed.mid(dot + 1);

    // Validate the whole shape before any arithmetic, so a malformed huge number is reported as malformed.
    const bool wellFormed = !whole.isEmpty() && std::all_of(whole.begin(), whole.end(), isAsciiDigit) &&
                            (dot < 0 || (!decimals.isEmpty() && decimals.size() <= 2)) &&
                            std::all_of(decimals.begin(), decimals.end(), isAsciiDigit);
    if (!wellFormed) {
        return invalidAmount(text);
    }

    qint64 paise = 0;
    for (const QChar digit : whole) {
        if (__builtin_mul_overflow(paise, qint64{10}, &paise) ||
            __builtin_add_overflow(paise, qint64{digit.unicode() - u'0'}, &paise)) {
            return overflow();
        }
    }
    qint64 fractionPaise = 0;
    for (qsizetype i = 0; i < 2; ++i) {
        fractionPaise = fractionPaise * 10 + (i < decimals.size() ? decimals.at(i).unicode() - u'0' : 0);
    }
    if (__builtin_mul_overflow(paise, kPaisePerRupee, &paise) ||
        __builtin_add_overflow(paise, fractionPaise, &paise)) {
        return overflow();
    }
    return Paise(paise);
}

Result<Paise> Paise::fromJsonNumber(double rupees)
{
    if (!std::isfinite(rupees)) {
        return invalidAmount(QString::number(rupees));
    }
    // Fixed notation, not 'g': 1e15 rupees must read "1000000000000000", not an exponent parseRupees refuses.
    return parseRupees(QString::number(rupees, 'f', QLocale::FloatingPointShortest));
}

QString Paise::toDecimalString() const
{
    const quint64 abs = magnitude(m_value);
    return (m_value < 0 ? QStringLiteral("-") : QString()) % QString::number(abs / kPaisePerRupee) % u'.' %
           fraction(abs);
}

double Paise::toJsonNumber() const
{
    return static_cast<double>(m_value) / kPaisePerRupee;
}

QString Paise::formatIndian() const
{
    const quint64 abs = magnitude(m_value);
    return (m_value < 0 ? QStringLiteral("-") : QString()) % kRupeeSign % groupIndian(abs / kPaisePerRupee) %
           u'.' % fraction(abs);
}

} // namespace baartal::core
