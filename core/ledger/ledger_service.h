#pragma once

#include "core/ledger/expiry_policy.h"
#include "core/ledger/ledger_repository.h"
#include "core/ledger/spend_hold.h"
#include "core/policy/referral_policy.h"
#include "core/policy/spend_policy.h"
#include "core/result/result.h"

#include <QList>

#include <chrono>
#include <functional>

namespace baartal::core {

class Clock;
class Database;

// Platform-wide loyalty settings (PRODUCT.md defaults).
struct LoyaltySettings {
    // The largest bill one sale may record (₹1 crore): far above any counter sale, it stops a mistyped or
    // hostile amount from minting billions of coins.
    static constexpr Paise kDefaultMaxBill = Paise(1'00'00'000'00);

    int platformSpendCapPercent = SpendPolicy::kDefaultCapPercent;
    Paise maxBill = kDefaultMaxBill;
    ExpiryPolicy expiry;
    ReferralPolicy referral;
};

struct SaleRequest {
    QString clientTxnId; // a counter's idempotency key; empty for a server-originated sale
    QString customerId;
    QString merchantId;
    Paise bill{0};
    Coins redeem{0};
    QString createdBy; // the user who keyed it
    // A spend token's nonce: the sale redeems `redeem` of that hold's coins, at most all of them, and uses
    // the hold up, so the coins it does not redeem are spendable again.
    QString spendHoldId;
};

struct SaleResult {
    LedgerTransaction transaction;
    bool duplicate = false;           // the client id was already recorded: this is that transaction
    QList<LedgerTransaction> bonuses; // referral bonuses this sale triggered
};

struct WalletSummary {
    QString customerId;
    Coins balance{0};      // spendable now: unexpired lots, less the coins held for spend tokens
    Coins held{0};         // coins held for spend tokens not yet redeemed, cancelled or lapsed
    Coins expiringSoon{0}; // part of the balance that expires within the next 7 days
    Coins lifetimeEarned{0};
    Coins lifetimeSpent{0};
};

// Moves coins. Every public operation is one database transaction: postings, lots and allocations
// are written together or not at all.
class LedgerService {
public:
    LedgerService(Database& database, const Clock& clock, LoyaltySettings settings = LoyaltySettings());

    // Runs inside a movement's database transaction once its postings are written; a failure rolls the
    // movement back. For what must be recorded with the movement or not at all (an audit row, the
    // check-in or spend request a sale settles, the shop's notification).
    using MovementHook = std::function<Status(const LedgerTransaction&)>;

    // A sale replayed by its client id answers the recorded one and runs no hook again.
    Result<SaleResult> recordSale(const SaleRequest& request, const MovementHook& alongside = {});
    // Runs for every new sale, after `alongside`, whichever route or sync upload recorded it.
    void setSaleHook(MovementHook hook) { m_saleHook = std::move(hook); }
    Result<WalletSummary> wallet(const QString& customerId);
    // wallet().balance alone, read without loading the customer's lots.
    Result<Coins> spendableBalance(const QString& customerId);

    // Positive coins issue to the customer, negative withdraw (never below zero):
    // "invalid_coins" for zero, "missing_reason", "customer_not_found", "insufficient_balance".
    Result<LedgerTransaction> adjust(const QString& customerId, Coins signedCoins, const QString& reason,
                                     const QString& adminUserId, const MovementHook& alongside = {});
    // Posts the exact reverse of a transaction. Voiding an earn the customer has already spent is refused.
    Result<LedgerTransaction> voidTransaction(const QString& txnId, const QString& reason,
                                              const QString& userId);
    // Sets coins aside for a spend token that expires after `lifetime`, at one approved shop or (empty
    // merchantId) any: "invalid_coins", "customer_not_found", "merchant_not_found",
    // "merchant_not_approved", "insufficient_balance".
    Result<SpendHold> holdForSpend(const QString& customerId, const QString& merchantId, Coins coins,
                                   std::chrono::seconds lifetime);
    // Frees the coins of the customer's active hold: "spend_token_not_found" (also for another
    // customer's hold), "spend_token_not_active" once redeemed, cancelled or lapsed.
    Result<SpendHold> cancelHold(const QString& holdId, const QString& customerId);

    // Posts expiry for lots past their date, one customer per transaction; returns how many were posted.
    Result<int> expireDue(int maxCustomers = 500);

    const LoyaltySettings& settings() const { return m_settings; }

private:
    struct LockedCustomer;
    // Begins a money transaction holding the customer's row lock until it ends: "customer_not_found".
    Result<LockedCustomer> beginForCustomer(const QString& customerId);
    LedgerTransaction stamped(LedgerTransaction txn, const QString& createdBy) const;
    Status post(const LedgerTransaction& txn, const QList<LotAllocation>& debits, Coins credit);
    Result<QList<LedgerTransaction>> referralBonuses(const QString& customerId, const QString& referrerId);
    Result<QList<LotAllocation>> saleDebits(const SaleRequest& request, const SpendPolicy& policy,
                                            const QDateTime& now);
    Result<QList<LotAllocation>> takeBack(const QString& customerId, const QString& preferredLotId,
                                          Coins coins);

    Database& m_database;
    const Clock& m_clock;
    LoyaltySettings m_settings;
    LedgerRepository m_ledger;
    MovementHook m_saleHook;
};

} // namespace baartal::core
