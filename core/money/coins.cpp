#include "core/money/coins.h"

#include "core/money/indian_grouping.h"

#include <algorithm>
#include <cmath>

namespace baartal::core {

namespace {

constexpr qint64 kPaisePerHundredRupees = 100 * Coins::kPaisePerCoin;

Error overflow()
{
    return Error::invalid(QStringLiteral("amount_overflow"),
                          QStringLiteral("The number of coins is too large."));
}

} // namespace

Result<Coins> Coins::plus(Coins other) const
{
    qint64 sum = 0;
    if (__builtin_add_overflow(m_value, other.m_value, &sum)) {
        return overflow();
    }
    return Coins(sum);
}

Result<Coins> Coins::minus(Coins other) const
{
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_value, other.m_value, &difference)) {
        return overflow();
    }
    return Coins(difference);
}

Result<Coins> Coins::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_value, factor, &product)) {
        return overflow();
    }
    return Coins(product);
}

Result<Paise> Coins::toPaise() const
{
    return Paise(m_value).times(kPaisePerCoin);
}

Coins Coins::percentOf(Paise amount, int percent)
{
    if (amount.value() <= 0) {
        return Coins();
    }
    // Splitting off whole ₹100 units keeps every product far below qint64 without a wider type:
    // whole ≤ 9.3e14, so whole × 100 fits, and rest × 100 < 10^6.
    const qint64 clamped = std::clamp(percent, 0, 100);
    const qint64 whole = amount.value() / kPaisePerHundredRupees;
    const qint64 rest = amount.value() % kPaisePerHundredRupees;
    return Coins(whole * clamped + rest * clamped / kPaisePerHundredRupees);
}

Result<Coins> Coins::fromJson(double coins)
{
    if (!std::isfinite(coins) || coins < 0 || std::trunc(coins) != coins) {
        return Error::invalid(QStringLiteral("invalid_coins"),
                              QStringLiteral("Coins must be a non-negative whole number, not %1.")
                                  .arg(QString::number(coins, 'g', 17)));
    }
    // 2^63 is the first double past qint64's maximum; every double below it converts exactly.
    if (coins >= 9223372036854775808.0) {
        return overflow();
    }
    return Coins(static_cast<qint64>(coins));
}

double Coins::toJson() const
{
    return static_cast<double>(m_value);
}

QString Coins::formatIndian() const
{
    const quint64 abs = m_value < 0 ? 0 - static_cast<quint64>(m_value) : static_cast<quint64>(m_value);
    return (m_value < 0 ? QStringLiteral("-") : QString()) % groupIndian(abs);
}

} // namespace baartal::core
