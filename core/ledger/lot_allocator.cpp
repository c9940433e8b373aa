#include "core/ledger/lot_allocator.h"

#include <algorithm>
#include <limits>

namespace baartal::core {

namespace {

// Lots that hold coins and are (or are not) expired at `now`, soonest to expire first.
// The lots with coins left that are (or are not) expired at now, in no particular order.
QList<const CoinLot*> lotsWithCoins(const QList<CoinLot>& lots, const QDateTime& now, bool expired)
{
    QList<const CoinLot*> selected;
    for (const CoinLot& lot : lots) {
        if (lot.remaining > Coins() && lot.isExpiredAt(now) == expired) {
            selected.append(&lot);
        }
    }
    return selected;
}

QList<const CoinLot*> lotsInOrder(const QList<CoinLot>& lots, const QDateTime& now, bool expired)
{
    QList<const CoinLot*> selected = lotsWithCoins(lots, now, expired);
    std::sort(selected.begin(), selected.end(), [](const CoinLot* a, const CoinLot* b) {
        // A lot with no expiry never lapses, so it is drawn on last.
        if (a->expiresAt.isValid() != b->expiresAt.isValid()) {
            return a->expiresAt.isValid();
        }
        if (a->expiresAt != b->expiresAt) {
            return a->expiresAt < b->expiresAt;
        }
        if (a->earnedAt != b->earnedAt) {
            return a->earnedAt < b->earnedAt;
        }
        return a->id < b->id;
    });
    return selected;
}

// Saturates instead of overflowing: no real balance comes near qint64, and a total is never an error.
Coins sumRemaining(const QList<const CoinLot*>& lots)
{
    qint64 total = 0;
    for (const CoinLot* lot : lots) {
        if (__builtin_add_overflow(total, lot->remaining.value(), &total)) {
            return Coins(std::numeric_limits<qint64>::max());
        }
    }
    return Coins(total);
}

} // namespace

Coins LotAllocator::spendable(const QList<CoinLot>& lots, const QDateTime& now)
{
    // A sum needs no order; sorting a long-standing customer's lots on every balance read was the cost.
    return sumRemaining(lotsWithCoins(lots, now, false));
}

Coins LotAllocator::expiredRemaining(const QList<CoinLot>& lots, const QDateTime& now)
{
    return sumRemaining(lotsWithCoins(lots, now, true));
}

Result<QList<LotAllocation>> LotAllocator::consumeFifo(const QList<CoinLot>& lots, Coins amount,
                                                       const QDateTime& now)
{
    if (amount < Coins()) {
        return Error::invalid(
            QStringLiteral("invalid_amount"),
            QStringLiteral("Cannot spend a negative number of coins (%1).").arg(amount.formatIndian()));
    }
    const QList<const CoinLot*> available = lotsInOrder(lots, now, false);
    const Coins total = sumRemaining(available);
    if (amount > total) {
        return Error::unprocessable(QStringLiteral("insufficient_balance"),
                                    QStringLiteral("Cannot spend %1 coins: only %2 are spendable.")
                                        .arg(amount.formatIndian(), total.formatIndian()));
    }
    QList<LotAllocation> allocations;
    qint64 left = amount.value();
    for (const CoinLot* lot : available) {
        if (left == 0) {
            break;
        }
        const qint64 taken = std::min(left, lot->remaining.value());
        allocations.append({lot->id, Coins(taken)});
        left -= taken;
    }
    return allocations;
}

QList<LotAllocation> LotAllocator::expire(const QList<CoinLot>& lots, const QDateTime& now)
{
    QList<LotAllocation> allocations;
    for (const CoinLot* lot : lotsInOrder(lots, now, true)) {
        allocations.append({lot->id, lot->remaining});
    }
    return allocations;
}

} // namespace baartal::core
