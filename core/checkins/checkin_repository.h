#pragma once

#include "core/checkins/checkin.h"
#include "core/result/result.h"

#include <QList>

#include <optional>

namespace baartal::core {

class Database;

// SQL of the scans and checkins tables. Writes that go together (a scan and its check-in) run in the
// caller's transaction.
class CheckinRepository {
public:
    explicit CheckinRepository(Database& database)
        : m_database(database)
    {
    }

    // One row of footfall: a customer scanned a shop's counter QR.
    Status addScan(const QString& scanId, const QString& customerId, const QString& merchantId,
                   const QDateTime& at);
    Status add(const Checkin& checkin);
    Result<std::optional<Checkin>> findById(const QString& id);
    // The customer's newest check-in at the shop that is still pending at `now`.
    Result<std::optional<Checkin>> findPending(const QString& customerId, const QString& merchantId,
                                               const QDateTime& now);
    // The shop's check-ins still pending at `now`, newest first, at most `limit`.
    Result<QList<CheckinListing>> listPending(const QString& merchantId, const QDateTime& now, int limit);
    // Marks the shop's check-in used by the sale, if it is still pending at `now`; false when no row
    // qualified (unknown, another shop's, used or lapsed).
    Result<bool> markUsed(const QString& id, const QString& merchantId, const QString& txnId,
                          const QDateTime& now);

private:
    Database& m_database;
};

} // namespace baartal::core
