#pragma once

#include "core/money/coins.h"
#include "core/result/result.h"

#include <QString>

namespace baartal::core {

// What the ledger knows when a referred customer's earn lands.
struct ReferralFacts {
    QString referrerCustomerId;
    QString refereeCustomerId;
    bool isRefereesFirstEarn = false;
    bool bonusAlreadyPaid = false;
};

// When the referral bonus is paid: once, to both customers, on the referred customer's first earn.
class ReferralPolicy {
public:
    static constexpr Coins kDefaultBonus = Coins(50);

    ReferralPolicy() = default;

    // "invalid_bonus" for a negative bonus. Zero switches the bonus off.
    static Result<ReferralPolicy> withBonus(Coins bonus);

    Coins bonus() const { return m_bonus; }

    // True only for a positive bonus, a known referrer who is not the referee, the referee's first earn,
    // and no bonus paid yet for this referral.
    bool qualifies(const ReferralFacts& facts) const;

private:
    explicit ReferralPolicy(Coins bonus)
        : m_bonus(bonus)
    {
    }

    Coins m_bonus = kDefaultBonus;
};

} // namespace baartal::core
