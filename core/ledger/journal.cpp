#include "core/ledger/journal.h"

namespace baartal::core {

namespace {

Coins negated(Coins coins)
{
    return Coins(-coins.value());
}

} // namespace

LedgerTransaction Journal::sale(const QString& customerId, const QString& merchantId, Paise bill, Coins spent,
                                Coins earned)
{
    LedgerTransaction txn;
    txn.type = spent.value() > 0 ? TransactionType::Spend : TransactionType::Earn;
    txn.customerId = customerId;
    txn.merchantId = merchantId;
    txn.amount = bill;
    txn.spent = spent;
    txn.earned = earned;
    if (spent.value() > 0) {
        txn.postings.append({Account::customerWallet(customerId), negated(spent)});
        txn.postings.append({Account::merchantRedeemed(merchantId), spent});
    }
    if (earned.value() > 0) {
        txn.postings.append({Account::customerWallet(customerId), earned});
        txn.postings.append({Account::merchantIssued(merchantId), negated(earned)});
    }
    return txn;
}

LedgerTransaction Journal::referralBonus(const QString& customerId, Coins bonus)
{
    LedgerTransaction txn;
    txn.type = TransactionType::ReferralBonus;
    txn.customerId = customerId;
    txn.earned = bonus;
    txn.postings = {{Account::customerWallet(customerId), bonus}, {Account::platformBonus(), negated(bonus)}};
    return txn;
}

LedgerTransaction Journal::adjustment(const QString& customerId, Coins signedCoins, const QString& reason)
{
    LedgerTransaction txn;
    txn.type = TransactionType::Adjustment;
    txn.customerId = customerId;
    txn.reason = reason;
    if (signedCoins.value() >= 0) {
        txn.earned = signedCoins;
    } else {
        txn.spent = negated(signedCoins);
    }
    txn.postings = {{Account::customerWallet(customerId), signedCoins},
                    {Account::platformAdjustment(), negated(signedCoins)}};
    return txn;
}

LedgerTransaction Journal::expiry(const QString& customerId, Coins expired)
{
    LedgerTransaction txn;
    txn.type = TransactionType::Expiry;
    txn.customerId = customerId;
    txn.spent = expired;
    txn.postings = {{Account::customerWallet(customerId), negated(expired)},
                    {Account::platformExpired(), expired}};
    return txn;
}

LedgerTransaction Journal::reversal(const LedgerTransaction& original, const QString& reason)
{
    LedgerTransaction txn;
    txn.type = TransactionType::Void;
    txn.customerId = original.customerId;
    txn.merchantId = original.merchantId;
    txn.amount = original.amount;
    txn.earned = original.earned;
    txn.spent = original.spent;
    txn.voidsTxnId = original.id;
    txn.reason = reason;
    for (const Posting& posting : original.postings) {
        txn.postings.append({posting.account, negated(posting.coins)});
    }
    return txn;
}

} // namespace baartal::core
