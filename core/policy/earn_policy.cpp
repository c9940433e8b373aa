#include "core/policy/earn_policy.h"

namespace baartal::core {

Result<EarnPolicy> EarnPolicy::withRate(int coinsPerHundredRupees)
{
    if (coinsPerHundredRupees < kMinRate || coinsPerHundredRupees > kMaxRate) {
        return Error::invalid(QStringLiteral("invalid_rate"),
                              QStringLiteral("The issue rate must be %1 to %2 coins per \u20B9100, not %3.")
                                  .arg(kMinRate)
                                  .arg(kMaxRate)
                                  .arg(coinsPerHundredRupees));
    }
    return EarnPolicy(coinsPerHundredRupees);
}

Coins EarnPolicy::coinsFor(Paise netPaid) const
{
    // Coins per ₹100 is the same thing as a percentage of the rupee amount.
    return Coins::percentOf(netPaid, m_rate);
}

} // namespace baartal::core
