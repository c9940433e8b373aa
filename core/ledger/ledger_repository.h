#pragma once

#include "core/ledger/coin_lot.h"
#include "core/ledger/ledger_transaction.h"
#include "core/ledger/lot_allocator.h"
#include "core/result/result.h"

#include <QList>

#include <optional>

namespace baartal::core {

class Database;

// Lifetime totals of one customer's wallet, derived from the transactions.
struct WalletTotals {
    Coins earned{0};
    Coins spent{0};
};

// One page of a customer's transaction history, newest first. Unset filters match everything; `from`
// is inclusive and `until` exclusive. `after` is the (created_at, txn_id) of the last row of the
// previous page: the page continues strictly below it, so rows inserted meanwhile never shift a page.
struct HistoryQuery {
    QString customerId;
    std::optional<TransactionType> type;
    QString merchantId;
    QDateTime from;
    QDateTime until;
    struct Position {
        QDateTime createdAt;
        QString txnId;
    };
    std::optional<Position> after;
    int limit = 20;
};

// One page of a shop's transactions, newest first (created_at, then txn_id, descending). Unset filters
// match everything; `from` is inclusive and `until` exclusive.
struct ShopHistoryQuery {
    QString merchantId;
    QString customerId;
    std::optional<TransactionType> type;
    QDateTime from;
    QDateTime until;
    int limit = 20;
    int offset = 0;
};

// A shop's transaction with what its history shows beside it: the customer's login (for the shop to
// show masked) and the void that reversed it, if any.
struct ShopTransaction {
    LedgerTransaction transaction;
    QString customerLogin;
    QString voidedByTxnId;
};

struct ShopHistoryPage {
    QList<ShopTransaction> transactions;
    qint64 total = 0; // every transaction the filters match, over all pages
};

// A customer who traded at a shop: their login (for the shop to show masked) and their latest
// transaction there.
struct ShopCustomer {
    QString customerId;
    QString login;
    QDateTime lastVisitAt;
};

// SQL of the ledger: transactions, postings, coin lots and lot allocations. Callers hold the
// transaction (TransactionGuard) that makes a movement atomic.
class LedgerRepository {
public:
    explicit LedgerRepository(Database& database)
        : m_database(database)
    {
    }

    // Inserts the transaction row and its postings. A repeated client id is Conflict "duplicate_client_txn".
    Status insert(const LedgerTransaction& txn);
    Result<std::optional<LedgerTransaction>> findById(const QString& txnId);
    Result<std::optional<LedgerTransaction>> findByClientId(const QString& clientTxnId);
    Result<bool> isVoided(const QString& txnId);
    // Up to query.limit transactions (without their postings), ordered by created_at then txn_id, both
    // descending.
    Result<QList<LedgerTransaction>> history(const HistoryQuery& query);

    // The page of the shop's transactions that query asks for, and how many match in all.
    Result<ShopHistoryPage> shopHistory(const ShopHistoryQuery& query);

    // Up to `limit` customers with a transaction at the shop at or after `since`, latest visit first.
    Result<QList<ShopCustomer>> customersOfShop(const QString& merchantId, const QDateTime& since, int limit);

    Status insertLot(const CoinLot& lot, const QString& txnId);
    // The customer's lots that still hold coins no spend hold reserves at `now`, oldest expiry first; each
    // lot's `remaining` leaves out the reserved coins, so every debit drawing on these lots respects holds.
    // The coins the customer can spend at now: what openLots() leaves unexpired, summed in SQL so the
    // cost does not grow with the number of lots read into memory.
    Result<Coins> spendable(const QString& customerId, const QDateTime& now);
    Result<QList<CoinLot>> openLots(const QString& customerId, const QDateTime& now);
    // Customers holding unreserved coins in lots that expired at or before `now`.
    Result<QStringList> customersWithExpiredLots(const QDateTime& now, int limit);
    Status allocate(const QString& txnId, const QList<LotAllocation>& allocations);
    Result<QList<LotAllocation>> allocationsOf(const QString& txnId);
    // Puts coins back into the lots a voided debit drew from.
    Status restore(const QList<LotAllocation>& allocations);
    Result<std::optional<CoinLot>> lotOf(const QString& txnId);

    Result<Coins> balance(const Account& account);
    Result<WalletTotals> walletTotals(const QString& customerId);
    Result<bool> hasEarned(const QString& customerId);
    Result<bool> hasReferralBonus(const QString& customerId);

private:
    Result<std::optional<LedgerTransaction>> findOne(const QString& column, const QString& value);
    Database& m_database;
};

} // namespace baartal::core
