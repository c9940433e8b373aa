#pragma once

#include "core/money/coins.h"
#include "core/money/paise.h"
#include "core/result/result.h"

#include <optional>

namespace baartal::core {

// How many coins a customer may redeem on one bill: never more than their spendable balance, and never
// more than a cap percent of the bill. The platform sets the cap; a merchant may only lower it.
class SpendPolicy {
public:
    static constexpr int kDefaultCapPercent = 20;

    SpendPolicy() = default;

    // "invalid_cap" for a platform cap outside 0–100 or a negative merchant cap. A merchant cap above the
    // platform cap is clamped to it, because a merchant cannot raise what the platform allows.
    static Result<SpendPolicy> create(int platformCapPercent, std::optional<int> merchantCapPercent = {});

    // The effective cap after any merchant lowering.
    int capPercent() const { return m_capPercent; }

    // min(spendable, floor(bill × cap%) in whole rupees), never negative.
    Coins maxRedeemable(Paise bill, Coins spendable) const;

    // "invalid_amount" for a bill ≤ 0 or negative request; "insufficient_balance" when the customer does
    // not hold the coins; "spend_over_cap" when the request exceeds the cap for this bill.
    Status check(Paise bill, Coins requested, Coins spendable) const;

    // What the customer pays in money, on which earn is computed: bill − redeemed coins in rupees. Meant for
    // amounts that passed check(); otherwise the result is clamped to 0–bill, so it can never go negative
    // or overflow.
    static Paise netPayable(Paise bill, Coins redeemed);

private:
    explicit SpendPolicy(int capPercent)
        : m_capPercent(capPercent)
    {
    }

    Coins capFor(Paise bill) const;

    int m_capPercent = kDefaultCapPercent;
};

} // namespace baartal::core
