#pragma once

#include "core/ledger/coin_lot.h"
#include "core/money/coins.h"
#include "core/result/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace baartal::core {

// Coins taken from (or lapsed in) one lot.
struct LotAllocation {
    QString lotId;
    Coins coins;

    friend bool operator==(const LotAllocation&, const LotAllocation&) = default;
};

// Decides which lots a spend or an expiry draws on. Pure: it reads lots and returns allocations; the
// ledger posts them.
class LotAllocator {
public:
    LotAllocator() = delete;

    // Sum of what remains in lots not yet expired at `now`.
    static Coins spendable(const QList<CoinLot>& lots, const QDateTime& now);
    // Sum of what remains in lots expired at `now` (still to be posted as expiry).
    static Coins expiredRemaining(const QList<CoinLot>& lots, const QDateTime& now);

    // Takes `amount` from unexpired lots, soonest to expire first (then earliest earned, then id), so the
    // customer loses as little as possible to expiry. Zero gives no allocations; a negative amount is
    // "invalid_amount"; more than is spendable is "insufficient_balance".
    static Result<QList<LotAllocation>> consumeFifo(const QList<CoinLot>& lots, Coins amount,
                                                    const QDateTime& now);

    // The whole remainder of every expired lot that still holds coins, in the same order.
    static QList<LotAllocation> expire(const QList<CoinLot>& lots, const QDateTime& now);
};

} // namespace baartal::core
