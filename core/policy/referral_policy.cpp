#include "core/policy/referral_policy.h"

namespace baartal::core {

Result<ReferralPolicy> ReferralPolicy::withBonus(Coins bonus)
{
    if (bonus < Coins()) {
        return Error::invalid(
            QStringLiteral("invalid_bonus"),
            QStringLiteral("The referral bonus cannot be negative (%1 coins).").arg(bonus.formatIndian()));
    }
    return ReferralPolicy(bonus);
}

bool ReferralPolicy::qualifies(const ReferralFacts& facts) const
{
    // A zero bonus would post an empty transaction, so nothing qualifies while the bonus is off.
    return m_bonus > Coins() && !facts.referrerCustomerId.isEmpty() && !facts.refereeCustomerId.isEmpty() &&
           facts.referrerCustomerId != facts.refereeCustomerId && facts.isRefereesFirstEarn &&
           !facts.bonusAlreadyPaid;
}

} // namespace baartal::core
