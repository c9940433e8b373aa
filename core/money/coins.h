#pragma once

#include "core/money/paise.h"
#include "core/result/result.h"

#include <QString>

#include <compare>

namespace baartal::core {

// A whole number of B-Coins. One coin redeems for ₹1. Arithmetic is checked like Paise.
class Coins {
public:
    static constexpr qint64 kPaisePerCoin = 100;

    constexpr Coins() = default;
    constexpr explicit Coins(qint64 value)
        : m_value(value)
    {
    }

    constexpr qint64 value() const { return m_value; }

    friend constexpr bool operator==(Coins, Coins) = default;
    friend constexpr std::strong_ordering operator<=>(Coins, Coins) = default;

    // Fail with "amount_overflow" when the exact result does not fit in qint64.
    Result<Coins> plus(Coins other) const;
    Result<Coins> minus(Coins other) const;
    Result<Coins> times(qint64 factor) const;

    // The rupee value of these coins; "amount_overflow" beyond qint64 paise.
    Result<Paise> toPaise() const;

    // floor(amount × percent / 100) whole rupees, as coins: the one rounding rule shared by earning
    // (rate coins per ₹100) and the spend cap (percent of the bill). Zero for a non-positive amount;
    // percent is clamped to 0–100, which keeps the result exact for every qint64 amount.
    static Coins percentOf(Paise amount, int percent);

    // Accepts only finite, non-negative whole numbers ("invalid_coins"); beyond qint64 is "amount_overflow".
    static Result<Coins> fromJson(double coins);
    // Exact for counts up to 2^53.
    double toJson() const;

    // "1,23,456", "-5".
    QString formatIndian() const;

private:
    qint64 m_value = 0;
};

} // namespace baartal::core
