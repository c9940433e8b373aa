#pragma once

#include "core/money/coins.h"
#include "core/money/paise.h"
#include "core/result/result.h"

namespace baartal::core {

// How many B-Coins a bill earns: a merchant's issue rate in coins per ₹100 of what the customer paid
// in money, rounded down.
class EarnPolicy {
public:
    static constexpr int kMinRate = 1;
    static constexpr int kMaxRate = 20;
    static constexpr int kDefaultRate = 5;

    EarnPolicy() = default;

    // "invalid_rate" outside kMinRate–kMaxRate.
    static Result<EarnPolicy> withRate(int coinsPerHundredRupees);

    int rate() const { return m_rate; }

    // floor(netPaid × rate / ₹100); zero for a non-positive amount. Exact for every qint64 amount.
    Coins coinsFor(Paise netPaid) const;

private:
    explicit EarnPolicy(int rate)
        : m_rate(rate)
    {
    }

    int m_rate = kDefaultRate;
};

} // namespace baartal::core
