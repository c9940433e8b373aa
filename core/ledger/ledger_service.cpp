#include "core/ledger/ledger_service.h"

#include "core/customers/customer_repository.h"
#include "core/ids/ids.h"
#include "core/ledger/journal.h"
#include "core/ledger/lot_allocator.h"
#include "core/ledger/spend_hold_repository.h"
#include "core/merchants/merchant_repository.h"
#include "core/policy/earn_policy.h"
#include "core/storage/database.h"
#include "core/storage/transaction_guard.h"
#include "core/time/clock.h"

#include <QLoggingCategory>

#include <algorithm>

namespace baartal::core {

Q_LOGGING_CATEGORY(lcLedger, "baartal.core.ledger")

namespace {

Error customerNotFound(const QString& id)
{
    return Error::notFound(QStringLiteral("customer_not_found"), QStringLiteral("No customer %1").arg(id));
}

} // namespace

struct LedgerService::LockedCustomer {
    TransactionGuard transaction;
    Customer customer;
};

LedgerService::LedgerService(Database& database, const Clock& clock, LoyaltySettings settings)
    : m_database(database)
    , m_clock(clock)
    , m_settings(settings)
    , m_ledger(database)
{
}

Result<LedgerService::LockedCustomer> LedgerService::beginForCustomer(const QString& customerId)
{
    auto transaction = TransactionGuard::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    auto customer = CustomerRepository(m_database).lockById(customerId);
    if (!customer) {
        return customer.error();
    }
    if (!*customer) {
        return customerNotFound(customerId);
    }
    return LockedCustomer{std::move(*transaction), std::move(**customer)};
}

LedgerTransaction LedgerService::stamped(LedgerTransaction txn, const QString& createdBy) const
{
    txn.id = Ids::newId();
    txn.createdBy = createdBy;
    txn.createdAt = m_clock.now();
    return txn;
}

// Writes one movement: the transaction and postings, the lots it draws from, and the lot it creates.
Status LedgerService::post(const LedgerTransaction& txn, const QList<LotAllocation>& debits, Coins credit)
{
    if (Status valid = txn.validate(); !valid) {
        return valid;
    }
    if (Status inserted = m_ledger.insert(txn); !inserted) {
        return inserted;
    }
    if (Status allocated = m_ledger.allocate(txn.id, debits); !allocated) {
        return allocated;
    }
    if (credit.value() > 0) {
        const CoinLot lot{Ids::newId(), txn.customerId, credit,
                          credit,       txn.createdAt,  m_settings.expiry.expiresAt(txn.createdAt)};
        return m_ledger.insertLot(lot, txn.id);
    }
    return {};
}

Result<SaleResult> LedgerService::recordSale(const SaleRequest& request, const MovementHook& alongside)
{
    if (request.bill.value() <= 0) {
        return Error::invalid(QStringLiteral("invalid_amount"),
                              QStringLiteral("The bill amount must be above zero"));
    }
    if (request.bill > m_settings.maxBill) {
        return Error::invalid(
            QStringLiteral("invalid_amount"),
            QStringLiteral("The bill amount is above the largest bill a sale may record (%1)")
                .arg(m_settings.maxBill.formatIndian()));
    }
    if (request.redeem.value() < 0) {
        return Error::invalid(QStringLiteral("invalid_coins"),
                              QStringLiteral("Coins to redeem cannot be negative"));
    }
    auto locked = beginForCustomer(request.customerId);
    if (!locked) {
        return locked.error();
    }
    // Checked under the customer's lock so a retried upload finds the first attempt.
    if (!request.clientTxnId.isEmpty()) {
        auto existing = m_ledger.findByClientId(request.clientTxnId);
        if (!existing) {
            return existing.error();
        }
        if (*existing) {
            const LedgerTransaction& known = **existing;
            if (known.customerId != request.customerId || known.merchantId != request.merchantId ||
                known.amount != request.bill || known.spent != request.redeem) {
                return Error::conflict(
                    QStringLiteral("client_txn_mismatch"),
                    QStringLiteral("Transaction id %1 was already used for a different sale")
                        .arg(request.clientTxnId));
            }
            return SaleResult{known, true, {}};
        }
    }
    auto merchant = MerchantRepository(m_database).findById(request.merchantId);
    if (!merchant) {
        return merchant.error();
    }
    if (!*merchant) {
        return Error::notFound(QStringLiteral("merchant_not_found"),
                               QStringLiteral("No merchant %1").arg(request.merchantId));
    }
    if (!(*merchant)->approved) {
        return Error::forbidden(
            QStringLiteral("merchant_not_approved"),
            QStringLiteral("This shop is awaiting approval and cannot issue or redeem coins yet"));
    }
    auto spendPolicy = SpendPolicy::create(m_settings.platformSpendCapPercent, (*merchant)->spendCapPercent);
    auto earnPolicy = EarnPolicy::withRate((*merchant)->bcoinIssueRate);
    if (!spendPolicy || !earnPolicy) {
        return !spendPolicy ? spendPolicy.error() : earnPolicy.error();
    }
    const QDateTime now = m_clock.now();
    auto debits = saleDebits(request, *spendPolicy, now);
    if (!debits) {
        return debits.error();
    }
    auto firstEarn = m_ledger.hasEarned(request.customerId);
    if (!firstEarn) {
        return firstEarn.error();
    }
    const Coins earned = earnPolicy->coinsFor(SpendPolicy::netPayable(request.bill, request.redeem));
    LedgerTransaction sale =
        Journal::sale(request.customerId, request.merchantId, request.bill, request.redeem, earned);
    sale.clientTxnId = request.clientTxnId;
    sale = stamped(std::move(sale), request.createdBy);
    if (Status posted = post(sale, *debits, earned); !posted) {
        return posted.error();
    }
    if (!request.spendHoldId.isEmpty()) {
        if (Status redeemed = SpendHoldRepository(m_database).redeem(request.spendHoldId, sale.id, now);
            !redeemed) {
            return redeemed.error();
        }
    }
    SaleResult result{sale, false, {}};
    if (earned.value() > 0 && !*firstEarn && !locked->customer.referredBy.isEmpty()) {
        auto bonuses = referralBonuses(request.customerId, locked->customer.referredBy);
        if (!bonuses) {
            return bonuses.error();
        }
        result.bonuses = *bonuses;
    }
    if (alongside) {
        if (Status recorded = alongside(sale); !recorded) {
            return recorded.error();
        }
    }
    if (Status touched = CustomerRepository(m_database).touchActivity(request.customerId, now); !touched) {
        return touched.error();
    }
    if (m_saleHook) {
        if (Status hooked = m_saleHook(sale); !hooked) {
            return hooked.error();
        }
    }
    if (Status committed = locked->transaction.commit(); !committed) {
        return committed.error();
    }
    qCDebug(lcLedger) << "sale" << sale.id << "bill" << request.bill.value() << "spent"
                      << request.redeem.value() << "earned" << earned.value();
    return result;
}

// The lots a sale's redemption draws on: the coins of its spend token's hold, or else unreserved coins,
// soonest to expire first. Either way within the bill's cap.
Result<QList<LotAllocation>> LedgerService::saleDebits(const SaleRequest& request, const SpendPolicy& policy,
                                                       const QDateTime& now)
{
    if (request.spendHoldId.isEmpty()) {
        if (request.redeem == Coins()) {
            // Nothing to redeem: no lot is read, however long the customer's history.
            return QList<LotAllocation>();
        }
        auto lots = m_ledger.openLots(request.customerId, now);
        if (!lots) {
            return lots.error();
        }
        if (Status allowed = policy.check(request.bill, request.redeem, LotAllocator::spendable(*lots, now));
            !allowed) {
            return allowed.error();
        }
        return LotAllocator::consumeFifo(*lots, request.redeem, now);
    }
    SpendHoldRepository holds(m_database);
    auto hold = holds.findById(request.spendHoldId);
    if (!hold) {
        return hold.error();
    }
    if (!*hold) {
        return Error::notFound(QStringLiteral("spend_token_not_found"),
                               QStringLiteral("No such spend token"));
    }
    if ((*hold)->customerId != request.customerId) {
        return Error::forbidden(QStringLiteral("spend_token_wrong_customer"),
                                QStringLiteral("This spend token belongs to another customer"));
    }
    const SpendHold& held = **hold;
    if (!held.merchantId.isEmpty() && held.merchantId != request.merchantId) {
        return Error::forbidden(QStringLiteral("spend_token_wrong_merchant"),
                                QStringLiteral("This spend token is for another shop"));
    }
    if (held.status == SpendHoldStatus::Redeemed) {
        return Error::conflict(QStringLiteral("spend_token_used"),
                               QStringLiteral("This spend token has already been redeemed"));
    }
    if (!held.holdsAt(now)) {
        return Error::conflict(QStringLiteral("spend_token_not_active"),
                               QStringLiteral("This spend token was cancelled or has lapsed"));
    }
    if (request.redeem > held.coins) {
        return Error::invalid(
            QStringLiteral("spend_token_coins_mismatch"),
            QStringLiteral("A spend token redeems at most its %1 coins").arg(held.coins.formatIndian()));
    }
    // The held coins are the customer's whatever else happened meanwhile, so only the cap can refuse.
    if (Status allowed = policy.check(request.bill, request.redeem, held.coins); !allowed) {
        return allowed.error();
    }
    auto reserved = holds.lotsOf(held.id);
    if (!reserved) {
        return reserved.error();
    }
    // The sale uses the hold up: what it does not redeem is freed with it, so debit only the redeemed
    // coins, from the reserved lots that expire first.
    QList<LotAllocation> debits;
    Coins left = request.redeem;
    for (const LotAllocation& lot : std::as_const(*reserved)) {
        if (left == Coins()) {
            break;
        }
        const Coins taken(std::min(lot.coins.value(), left.value()));
        debits.append({lot.lotId, taken});
        left = Coins(left.value() - taken.value());
    }
    return debits;
}

Result<SpendHold> LedgerService::holdForSpend(const QString& customerId, const QString& merchantId,
                                              Coins coins, std::chrono::seconds lifetime)
{
    if (coins.value() <= 0) {
        return Error::invalid(QStringLiteral("invalid_coins"), QStringLiteral("Hold at least one coin"));
    }
    auto locked = beginForCustomer(customerId);
    if (!locked) {
        return locked.error();
    }
    if (!merchantId.isEmpty()) {
        auto merchant = MerchantRepository(m_database).findById(merchantId);
        if (!merchant) {
            return merchant.error();
        }
        if (!*merchant) {
            return Error::notFound(QStringLiteral("merchant_not_found"),
                                   QStringLiteral("No merchant %1").arg(merchantId));
        }
        if (!(*merchant)->approved) {
            return Error::forbidden(
                QStringLiteral("merchant_not_approved"),
                QStringLiteral("This shop is awaiting approval and cannot redeem coins yet"));
        }
    }
    const QDateTime now = m_clock.now();
    auto lots = m_ledger.openLots(customerId, now);
    if (!lots) {
        return lots.error();
    }
    auto reserved = LotAllocator::consumeFifo(*lots, coins, now);
    if (!reserved) {
        return reserved.error();
    }
    SpendHold hold;
    hold.id = Ids::newId();
    hold.customerId = customerId;
    hold.merchantId = merchantId;
    hold.coins = coins;
    hold.createdAt = now;
    hold.expiresAt = now.addSecs(lifetime.count());
    hold.lapsesAt = hold.expiresAt.addSecs(std::chrono::seconds(SpendHold::kRedemptionGrace).count());
    if (Status inserted = SpendHoldRepository(m_database).insert(hold, *reserved); !inserted) {
        return inserted.error();
    }
    if (Status committed = locked->transaction.commit(); !committed) {
        return committed.error();
    }
    qCDebug(lcLedger) << "hold" << hold.id << "of" << coins.value() << "for" << customerId;
    return hold;
}

Result<SpendHold> LedgerService::cancelHold(const QString& holdId, const QString& customerId)
{
    const Error notFound =
        Error::notFound(QStringLiteral("spend_token_not_found"), QStringLiteral("No such spend token"));
    auto locked = beginForCustomer(customerId);
    if (!locked) {
        return locked.error().code == QLatin1String("customer_not_found") ? notFound : locked.error();
    }
    SpendHoldRepository holds(m_database);
    auto hold = holds.findById(holdId);
    if (!hold) {
        return hold.error();
    }
    // Another customer's hold is answered as unknown, so hold ids cannot be probed.
    if (!*hold || (*hold)->customerId != customerId) {
        return notFound;
    }
    const QDateTime now = m_clock.now();
    if (!(*hold)->holdsAt(now)) {
        return Error::conflict(QStringLiteral("spend_token_not_active"),
                               QStringLiteral("This spend token was already used, cancelled or has lapsed"));
    }
    if (Status cancelled = holds.cancel(holdId, now); !cancelled) {
        return cancelled.error();
    }
    if (Status committed = locked->transaction.commit(); !committed) {
        return committed.error();
    }
    SpendHold ended = **hold;
    ended.status = SpendHoldStatus::Cancelled;
    ended.endedAt = now;
    return ended;
}

Result<QList<LedgerTransaction>> LedgerService::referralBonuses(const QString& customerId,
                                                                const QString& referrerId)
{
    auto alreadyPaid = m_ledger.hasReferralBonus(customerId);
    if (!alreadyPaid) {
        return alreadyPaid.error();
    }
    const ReferralFacts facts{referrerId, customerId, true, *alreadyPaid};
    if (!m_settings.referral.qualifies(facts)) {
        return QList<LedgerTransaction>();
    }
    QList<LedgerTransaction> bonuses;
    for (const QString& beneficiary : {customerId, referrerId}) {
        LedgerTransaction bonus =
            stamped(Journal::referralBonus(beneficiary, m_settings.referral.bonus()), {});
        bonus.reason = beneficiary == customerId ? QStringLiteral("referred by %1").arg(referrerId)
                                                 : QStringLiteral("referred %1").arg(customerId);
        if (Status posted = post(bonus, {}, m_settings.referral.bonus()); !posted) {
            return posted.error();
        }
        bonuses.append(bonus);
    }
    return bonuses;
}

Result<Coins> LedgerService::spendableBalance(const QString& customerId)
{
    return m_ledger.spendable(customerId, m_clock.now());
}

Result<WalletSummary> LedgerService::wallet(const QString& customerId)
{
    auto customer = CustomerRepository(m_database).findById(customerId);
    if (!customer) {
        return customer.error();
    }
    if (!*customer) {
        return customerNotFound(customerId);
    }
    const QDateTime now = m_clock.now();
    auto lots = m_ledger.openLots(customerId, now);
    if (!lots) {
        return lots.error();
    }
    auto held = SpendHoldRepository(m_database).heldCoins(customerId, now);
    if (!held) {
        return held.error();
    }
    auto totals = m_ledger.walletTotals(customerId);
    if (!totals) {
        return totals.error();
    }
    const QDateTime soon = now.addDays(7);
    qint64 expiring = 0;
    for (const CoinLot& lot : *lots) {
        if (!lot.isExpiredAt(now) && lot.expiresAt <= soon) {
            expiring += lot.remaining.value();
        }
    }
    return WalletSummary{customerId,     LotAllocator::spendable(*lots, now),
                         *held,          Coins(expiring),
                         totals->earned, totals->spent};
}

Result<LedgerTransaction> LedgerService::adjust(const QString& customerId, Coins signedCoins,
                                                const QString& reason, const QString& adminUserId,
                                                const MovementHook& alongside)
{
    if (signedCoins.value() == 0) {
        return Error::invalid(QStringLiteral("invalid_coins"),
                              QStringLiteral("An adjustment needs a non-zero amount"));
    }
    if (reason.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("missing_reason"),
                              QStringLiteral("An adjustment needs a reason"));
    }
    auto locked = beginForCustomer(customerId);
    if (!locked) {
        return locked.error();
    }
    QList<LotAllocation> debits;
    if (signedCoins.value() < 0) {
        const QDateTime now = m_clock.now();
        auto lots = m_ledger.openLots(customerId, now);
        if (!lots) {
            return lots.error();
        }
        auto taken = LotAllocator::consumeFifo(*lots, Coins(-signedCoins.value()), now);
        if (!taken) {
            return taken.error();
        }
        debits = *taken;
    }
    const LedgerTransaction txn =
        stamped(Journal::adjustment(customerId, signedCoins, reason.trimmed()), adminUserId);
    const Coins credit = signedCoins.value() > 0 ? signedCoins : Coins(0);
    if (Status posted = post(txn, debits, credit); !posted) {
        return posted.error();
    }
    if (alongside) {
        if (Status recorded = alongside(txn); !recorded) {
            return recorded.error();
        }
    }
    if (Status committed = locked->transaction.commit(); !committed) {
        return committed.error();
    }
    return txn;
}

// Coins to claw back for a void: first from the lot the voided transaction created, then oldest first.
Result<QList<LotAllocation>> LedgerService::takeBack(const QString& customerId, const QString& preferredLotId,
                                                     Coins coins)
{
    const QDateTime now = m_clock.now();
    auto lots = m_ledger.openLots(customerId, now);
    if (!lots) {
        return lots.error();
    }
    QList<LotAllocation> taken;
    QList<CoinLot> others;
    qint64 left = coins.value();
    for (const CoinLot& lot : *lots) {
        if (lot.id == preferredLotId && left > 0) {
            const qint64 part = std::min(left, lot.remaining.value());
            taken.append({lot.id, Coins(part)});
            left -= part;
            continue;
        }
        others.append(lot);
    }
    auto rest = LotAllocator::consumeFifo(others, Coins(left), now);
    if (!rest) {
        return Error::unprocessable(
            QStringLiteral("insufficient_balance"),
            QStringLiteral("The customer has already spent the coins this transaction gave"));
    }
    taken.append(*rest);
    return taken;
}

Result<LedgerTransaction> LedgerService::voidTransaction(const QString& txnId, const QString& reason,
                                                         const QString& userId)
{
    if (reason.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("missing_reason"), QStringLiteral("A void needs a reason"));
    }
    auto transaction = TransactionGuard::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    auto original = m_ledger.findById(txnId);
    if (!original) {
        return original.error();
    }
    if (!*original) {
        return Error::notFound(QStringLiteral("transaction_not_found"),
                               QStringLiteral("No transaction %1").arg(txnId));
    }
    const LedgerTransaction& txn = **original;
    if (txn.type == TransactionType::Void || txn.type == TransactionType::Expiry) {
        return Error::unprocessable(
            QStringLiteral("not_voidable"),
            QStringLiteral("A %1 transaction cannot be voided").arg(toText(txn.type)));
    }
    auto customer = CustomerRepository(m_database).lockById(txn.customerId);
    if (!customer) {
        return customer.error();
    }
    auto voided = m_ledger.isVoided(txnId);
    if (!voided) {
        return voided.error();
    }
    if (*voided) {
        return Error::conflict(QStringLiteral("already_voided"),
                               QStringLiteral("This transaction is already voided"));
    }
    // Coins the original drew from lots go back to those same lots, keeping their expiry dates.
    auto drawn = m_ledger.allocationsOf(txnId);
    if (!drawn) {
        return drawn.error();
    }
    if (Status restored = m_ledger.restore(*drawn); !restored) {
        return restored.error();
    }
    // Coins the original credited are taken back, from its own lot first.
    qint64 credited = 0;
    for (const Posting& posting : txn.postings) {
        if (posting.account == Account::customerWallet(txn.customerId) && posting.coins.value() > 0) {
            credited += posting.coins.value();
        }
    }
    QList<LotAllocation> debits;
    if (credited > 0) {
        auto ownLot = m_ledger.lotOf(txnId);
        if (!ownLot) {
            return ownLot.error();
        }
        auto taken = takeBack(txn.customerId, *ownLot ? (*ownLot)->id : QString(), Coins(credited));
        if (!taken) {
            return taken.error();
        }
        debits = *taken;
    }
    const LedgerTransaction reversal = stamped(Journal::reversal(txn, reason.trimmed()), userId);
    if (Status posted = post(reversal, debits, Coins(0)); !posted) {
        return posted.error();
    }
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcLedger) << "void" << reversal.id << "of" << txnId;
    return reversal;
}

Result<int> LedgerService::expireDue(int maxCustomers)
{
    const QDateTime now = m_clock.now();
    auto customers = m_ledger.customersWithExpiredLots(now, maxCustomers);
    if (!customers) {
        return customers.error();
    }
    int posted = 0;
    for (const QString& customerId : *customers) {
        auto transaction = TransactionGuard::begin(m_database);
        if (!transaction) {
            return transaction.error();
        }
        auto customer = CustomerRepository(m_database).lockById(customerId);
        if (!customer) {
            return customer.error();
        }
        // Re-read under the lock: another job run may have expired these lots already.
        auto lots = m_ledger.openLots(customerId, now);
        if (!lots) {
            return lots.error();
        }
        const QList<LotAllocation> expired = LotAllocator::expire(*lots, now);
        if (expired.isEmpty()) {
            continue;
        }
        qint64 total = 0;
        for (const LotAllocation& allocation : expired) {
            total += allocation.coins.value();
        }
        const LedgerTransaction txn = stamped(Journal::expiry(customerId, Coins(total)), {});
        if (Status done = post(txn, expired, Coins(0)); !done) {
            return done.error();
        }
        if (Status committed = transaction->commit(); !committed) {
            return committed.error();
        }
        ++posted;
    }
    return posted;
}

} // namespace baartal::core
