#pragma once

#include "core/notifications/notification_queue.h"
#include "core/result/result.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

class QNetworkReply;

namespace baartal::core {
class Clock;
class Database;
} // namespace baartal::core

namespace baartal::server {

struct NotificationConfig;
struct OutgoingRequest;

// Sends the merchant notification queue: periodically claims due deliveries and POSTs each to the shop's
// webhook or through the WhatsApp Cloud API, asynchronously, recording every outcome as the answer comes
// in. Request handling never waits on it. Any number of these, in any number of processes, share one
// queue; a delivery is claimed by one of them at a time.
class NotificationJob final : public QObject {
    Q_OBJECT

public:
    static constexpr int kBatch = 50;
    static constexpr std::chrono::seconds kRequestTimeout{15};

    NotificationJob(core::Database& database, const core::Clock& clock, const NotificationConfig& config,
                    QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(NotificationJob)
    // Abandons the requests still in flight; their leases run out and the deliveries are retried.
    ~NotificationJob() override;

    // Claims one batch of due deliveries and starts sending them; returns how many were claimed.
    core::Result<int> runOnce();
    // Runs soon after the event loop starts, then every interval.
    void start(std::chrono::milliseconds interval);
    // Requests sent and not answered yet.
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    // One attempt's outcome was recorded: status is "delivered", "pending" (to be retried) or "dead".
    void settled(const QString& deliveryId, const QString& status);
    void failed(const baartal::core::Error& error);

private:
    void runScheduled();
    void send(const core::Delivery& delivery);
    // The request for a delivery, or the reason it can never be sent (its channel was turned off).
    core::Result<std::optional<OutgoingRequest>> requestFor(const core::Delivery& delivery);
    void finish(const core::Delivery& delivery, QNetworkReply* reply);
    void record(const core::Delivery& delivery, const core::DeliveryAttempt& attempt);

    core::Database& m_database;
    const core::Clock& m_clock;
    const NotificationConfig& m_config;
    core::NotificationQueue m_queue;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    int m_inFlight = 0;
};

} // namespace baartal::server
