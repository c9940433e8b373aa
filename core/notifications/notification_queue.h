#pragma once

#include "core/notifications/notification.h"
#include "core/notifications/retry_policy.h"
#include "core/result/result.h"

#include <QList>

#include <chrono>

namespace baartal::core {

class Clock;
class Database;

// What happened to one delivery attempt: the receiver's HTTP status (0 when none arrived) and, for a
// failure, what went wrong. `final` gives up at once whatever the status (the shop turned the channel off).
struct DeliveryAttempt {
    int httpStatus = 0;
    QString error;
    bool final = false;
};

// The durable queue of merchant notifications: events go in with the transaction that caused them, runners
// (in any number of server processes) claim due deliveries, send them and record the outcome; failures
// come back after an exponential back-off until the policy's last attempt, then stay dead.
class NotificationQueue {
public:
    // How long a runner holds a claimed delivery; far longer than a request may take, and short enough that
    // a delivery whose runner died is retried soon after.
    static constexpr std::chrono::minutes kLease{5};

    NotificationQueue(Database& database, const Clock& clock, RetryPolicy policy = {});

    // Queues the event for every channel the shop has turned on (nothing when none). Call it inside the
    // transaction of the event's cause, so the event is queued exactly when its cause commits.
    Status enqueue(const MerchantEvent& event);

    // In a transaction of its own: leases up to `limit` due deliveries to this caller and counts the attempt.
    Result<QList<Delivery>> claimDue(int limit, std::chrono::milliseconds lease = kLease);

    // Records an attempt on a claimed delivery and returns it as stored: delivered, pending again with its
    // next attempt, or dead. Nothing is written when the lease was lost meanwhile (Conflict "lease_lost").
    Result<Delivery> recordAttempt(Delivery claimed, const DeliveryAttempt& attempt);

    const RetryPolicy& policy() const { return m_policy; }

private:
    Database& m_database;
    const Clock& m_clock;
    RetryPolicy m_policy;
};

} // namespace baartal::core
