#pragma once

#include "core/result/result.h"

#include <QString>
#include <QStringView>

#include <compare>

namespace baartal::core {

// An exact amount of Indian money in paise (₹1 = 100 paise). Arithmetic is checked: an overflow is an
// error, never a wrap-around. Amounts cross the JSON boundary as rupee decimals with at most two places.
class Paise {
public:
    constexpr Paise() = default;
    constexpr explicit Paise(qint64 value)
        : m_value(value)
    {
    }

    constexpr qint64 value() const { return m_value; }

    friend constexpr bool operator==(Paise, Paise) = default;
    friend constexpr std::strong_ordering operator<=>(Paise, Paise) = default;

    // Fail with "amount_overflow" when the exact result does not fit in qint64.
    Result<Paise> plus(Paise other) const;
    Result<Paise> minus(Paise other) const;
    Result<Paise> times(qint64 factor) const;

    // Parses a non-negative rupee amount with at most two decimal places ("1771.20", "1771.2", "1771"),
    // allowing surrounding whitespace. Anything else (sign, exponent, separators, "5.", ".5") is
    // "invalid_amount"; a well-formed amount too large for qint64 paise is "amount_overflow".
    static Result<Paise> parseRupees(QStringView text);

    // Converts a JSON number of rupees exactly: the double's shortest round-trip decimal text goes through
    // parseRupees, so 1771.2 is 177120 paise and 1.005 is refused rather than rounded.
    static Result<Paise> fromJsonNumber(double rupees);

    // "1771.20", "-5.00", "0.05".
    QString toDecimalString() const;
    // Rupees as a double whose shortest representation is the exact decimal, for amounts below ₹10^13.
    double toJsonNumber() const;
    // "₹1,23,456.50", "-₹5.00".
    QString formatIndian() const;

private:
    qint64 m_value = 0;
};

} // namespace baartal::core
