#pragma once

#include "core/ledger/ledger_transaction.h"

namespace baartal::core {

// Builds the balanced postings of every kind of coin movement, so the chart of accounts lives in
// one place. Ids and times are filled in by the caller.
class Journal {
public:
    // A counter sale: the customer redeems `spent` coins (to the merchant's redeemed account) and earns
    // `earned` coins on what they paid (from the merchant's issued account). Either may be zero;
    // a sale with neither still records the bill for footfall and average-bill analytics.
    static LedgerTransaction sale(const QString& customerId, const QString& merchantId, Paise bill,
                                  Coins spent, Coins earned);
    static LedgerTransaction referralBonus(const QString& customerId, Coins bonus);
    // Positive coins issue to the customer, negative withdraw.
    static LedgerTransaction adjustment(const QString& customerId, Coins signedCoins, const QString& reason);
    static LedgerTransaction expiry(const QString& customerId, Coins expired);
    // The exact reverse of `original`; voids never delete.
    static LedgerTransaction reversal(const LedgerTransaction& original, const QString& reason);
};

} // namespace baartal::core
