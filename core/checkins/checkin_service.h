#pragma once

#include "core/checkins/checkin.h"
#include "core/merchants/merchant.h"
#include "core/result/result.h"

#include <QList>

#include <chrono>

namespace baartal::core {

class Clock;
class Database;
struct LedgerTransaction;

struct ScanOutcome {
    Merchant merchant;
    Checkin checkin;
    bool created = false; // false: the customer's check-in already pending at this shop, returned again
};

// Check-ins: a customer scans a shop's counter QR, the cashier sees them waiting and keys the bill, and
// the sale uses the check-in. A scan while the customer's check-in at that shop is pending is the same
// visit: it returns that check-in and records no second scan, so footfall counts visits, not taps.
class CheckinService {
public:
    // How long a cashier has to key the bill after the scan.
    static constexpr std::chrono::minutes kLifetime{30};
    // The most pending check-ins one listing shows; a counter never has more people waiting.
    static constexpr int kMaxListed = 100;

    CheckinService(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    // Records the scan and a pending check-in: "merchant_not_found", "merchant_not_approved" (Conflict),
    // "customer_not_found".
    Result<ScanOutcome> scan(const QString& customerId, const QString& merchantId);
    // The shop's pending check-ins, newest first.
    Result<QList<CheckinListing>> pending(const QString& merchantId);
    // The shop's check-in a sale is about to use: "checkin_not_found" (also for another shop's, so ids
    // cannot be probed), "checkin_lapsed", and "checkin_used" unless `replay`: a sale that carries a
    // client id may be a retry of the one that used it, which the ledger answers as a duplicate.
    Result<Checkin> claimable(const QString& id, const QString& merchantId, bool replay);
    // Marks the check-in used by the sale. Meant to run inside the sale's database transaction, where it
    // is decided for good: a check-in earns once. The refusals of claimable() without replay.
    Status use(const QString& id, const QString& merchantId, const LedgerTransaction& sale);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace baartal::core
