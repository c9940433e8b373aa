#pragma once

#include "core/ledger/lot_allocator.h"
#include "core/ledger/spend_hold.h"
#include "core/result/result.h"

#include <QList>

#include <optional>

namespace baartal::core {

class Database;

// SQL of spend holds: the holds, the lots they reserve and the one redemption each may have. Callers
// hold the transaction (and the customer's lock) that makes a change atomic.
class SpendHoldRepository {
public:
    explicit SpendHoldRepository(Database& database)
        : m_database(database)
    {
    }

    Status insert(const SpendHold& hold, const QList<LotAllocation>& lots);
    Result<std::optional<SpendHold>> findById(const QString& id);
    // The coins the hold reserves in each lot, the lot expiring first first.
    Result<QList<LotAllocation>> lotsOf(const QString& holdId);
    // The customer's holds that count at `now` (active, not lapsed), newest first.
    Result<QList<SpendHold>> countingOf(const QString& customerId, const QDateTime& now);
    // Coins of the customer's holds that count at `now`.
    Result<Coins> heldCoins(const QString& customerId, const QDateTime& now);
    // Holds of every customer whose tokens the shop's counters must refuse although signature and expiry
    // may still pass: redeemed or cancelled, redeemable at that shop (bound to it or to none), with the
    // token expiring at or after `expiredSince`; latest expiry first.
    Result<QList<SpendHold>> endedSince(const QString& merchantId, const QDateTime& expiredSince);

    // Records the one use of the hold's token by a transaction: "spend_token_used" (Conflict) when it
    // has one already, also when another server process got there first.
    Status redeem(const QString& holdId, const QString& txnId, const QDateTime& at);
    // "spend_token_not_active" (Conflict) unless the hold is still active.
    Status cancel(const QString& holdId, const QDateTime& at);

private:
    Database& m_database;
};

} // namespace baartal::core
