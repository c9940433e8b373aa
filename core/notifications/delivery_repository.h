#pragma once

#include "core/notifications/notification.h"
#include "core/result/result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace baartal::core {

class Database;

// SQL of the notification_deliveries table: the durable queue of outgoing merchant notifications.
class DeliveryRepository {
public:
    explicit DeliveryRepository(Database& database)
        : m_database(database)
    {
    }

    Status insert(const Delivery& delivery);

    // Ids of up to `limit` pending rows due at `now` and not leased, oldest due first, locked for the
    // caller's transaction; on PostgreSQL rows another claimer holds are skipped, not waited for.
    Result<QStringList> lockDue(const QDateTime& now, int limit);
    // Leases the rows to `claimToken` until `leaseUntil` and counts the attempt about to be made.
    Status lease(const QStringList& ids, const QString& claimToken, const QDateTime& leaseUntil);
    Result<QList<Delivery>> leasedTo(const QString& claimToken);

    // Records an attempt's outcome and releases the lease; false (nothing written) when the row is no
    // longer leased to this token because the lease ran out and another runner took it.
    Result<bool> settle(const Delivery& delivery);

    // A shop's deliveries, newest first, optionally of one status.
    Result<QList<Delivery>> listByMerchant(const QString& merchantId, std::optional<DeliveryStatus> status,
                                           int limit);

private:
    Result<QList<Delivery>> select(const QString& where, const QVariantList& values);

    Database& m_database;
};

} // namespace baartal::core
