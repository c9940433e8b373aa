#pragma once

#include "core/result/result.h"
#include "core/spend/spend_request.h"

#include <QList>

#include <optional>

namespace baartal::core {

class Database;

// SQL of the spend_requests table.
class SpendRequestRepository {
public:
    explicit SpendRequestRepository(Database& database)
        : m_database(database)
    {
    }

    Status add(const SpendRequest& request);
    Result<std::optional<SpendRequest>> findById(const QString& id);
    // The customer's newest request at the shop that is still pending at `now`.
    Result<std::optional<SpendRequest>> findPending(const QString& customerId, const QString& merchantId,
                                                    const QDateTime& now);
    // The customer's requests of every status, newest first, at most `limit`.
    Result<QList<SpendRequestListing>> listByCustomer(const QString& customerId, int limit);
    // The shop's requests still pending at `now`, newest first, at most `limit`.
    Result<QList<SpendRequestListing>> listPending(const QString& merchantId, const QDateTime& now,
                                                   int limit);
    // Confirms (with the sale) or declines the shop's request, if it is still pending at `now`; false when
    // no row qualified.
    Result<bool> decide(const QString& id, const QString& merchantId, SpendRequestStatus status,
                        const QString& txnId, const QDateTime& now);
    // Cancels the customer's request, if it is still pending at `now`; false when no row qualified.
    Result<bool> cancel(const QString& id, const QString& customerId, const QDateTime& now);

private:
    Result<QList<SpendRequestListing>> listings(const QString& where, const QVariantList& values);
    Result<bool> close(const QString& id, const QString& ownerColumn, const QString& ownerId,
                       SpendRequestStatus status, const QString& txnId, const QDateTime& now);
    Database& m_database;
};

} // namespace baartal::core
