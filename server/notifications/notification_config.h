#pragma once

#include "core/notifications/retry_policy.h"

#include <QByteArray>
#include <QString>

#include <chrono>

namespace baartal::server {

// How merchant notifications leave this server: which webhook URLs merchants may register, the WhatsApp
// Cloud API account that sends their messages, and how often the queue is polled and retried.
struct NotificationConfig {
    static constexpr std::chrono::seconds kDefaultPollInterval{5};

    // Also admits http:// URLs on loopback addresses (127.0.0.0/8, ::1, localhost): for tests and local
    // development; production webhooks are https:// to public hosts only.
    bool allowLoopbackWebhooks = false;
    // The Graph API base, without the phone number id.
    QString whatsappApiUrl = QStringLiteral("https://graph.facebook.com/v17.0");
    QString whatsappTokenFile;
    // Read from whatsappTokenFile; WhatsApp is off while this or the phone number id is empty.
    QByteArray whatsappToken;
    QString whatsappPhoneNumberId;
    std::chrono::milliseconds pollInterval = kDefaultPollInterval;
    core::RetryPolicy retry;

    bool whatsappEnabled() const { return !whatsappToken.isEmpty() && !whatsappPhoneNumberId.isEmpty(); }
};

} // namespace baartal::server
