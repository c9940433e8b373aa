#pragma once

#include "core/result/result.h"
#include "core/spend/spend_request.h"

#include <QList>

#include <chrono>
#include <functional>

namespace baartal::core {

class Clock;
class Database;
class LedgerService;
struct LedgerTransaction;

// Spend requests: a customer asks to spend coins at a shop, the shop confirms with the bill (the coins
// then move through the ledger's sale, which checks the cap and the balance) or declines, and the customer
// may cancel while it is pending. One pending request per customer and shop.
class SpendRequestService {
public:
    // How long the shop has to confirm.
    static constexpr std::chrono::minutes kLifetime{30};
    // The most requests one listing shows.
    static constexpr int kMaxListed = 100;

    SpendRequestService(Database& database, const Clock& clock, LedgerService& ledger)
        : m_database(database)
        , m_clock(clock)
        , m_ledger(ledger)
    {
    }

    // Runs inside a new request's transaction once it is written; a failure rolls it back. For what must
    // exist exactly when the request does (the shop's notification).
    using CreatedHook = std::function<Status(const SpendRequest&)>;

    // "invalid_coins" (not above zero), "merchant_not_found", "merchant_not_approved" (Conflict),
    // "spend_request_pending" (the customer already has one pending at this shop), and, checked now as a
    // courtesy and again at confirmation, "insufficient_balance".
    Result<SpendRequest> create(const QString& customerId, const QString& merchantId, Coins coins,
                                const CreatedHook& alongside = {});
    Result<QList<SpendRequestListing>> forCustomer(const QString& customerId);
    Result<QList<SpendRequestListing>> pendingAt(const QString& merchantId);
    // The shop's request a sale is about to confirm: "spend_request_not_found" (also for another shop's),
    // "spend_request_<status>" when it is no longer pending, except a confirmed one when `replay` (a sale
    // with a client id may be a retry the ledger answers as a duplicate).
    Result<SpendRequest> claimable(const QString& id, const QString& merchantId, bool replay);
    // Confirms the request with the sale that spent its coins. Meant to run inside the sale's database
    // transaction, where it is decided for good: a request spends once. The refusals of claimable().
    Status confirm(const QString& id, const QString& merchantId, const LedgerTransaction& sale);
    Result<SpendRequest> decline(const QString& id, const QString& merchantId);
    Result<SpendRequest> cancel(const QString& id, const QString& customerId);

private:
    // The request after a closing update, or why the update changed nothing.
    Result<SpendRequest> closed(const QString& id, Result<bool> updated, const QString& ownerId,
                                bool byMerchant);

    Database& m_database;
    const Clock& m_clock;
    LedgerService& m_ledger;
};

} // namespace baartal::core
