#pragma once

#include "core/result/result.h"
#include "server/notifications/outgoing_request.h"

#include <QString>

namespace baartal::server {

struct NotificationConfig;

// Turns a notification into a WhatsApp Cloud API text message: POST {base}/{phone_number_id}/messages
// with the bearer token and {"messaging_product":"whatsapp","recipient_type":"individual","to":…,
// "type":"text","text":{"body":…}}.
class WhatsAppAdapter {
public:
    // The longest text body the Cloud API accepts.
    static constexpr qsizetype kMaxText = 4096;

    explicit WhatsAppAdapter(const NotificationConfig& config)
        : m_config(config)
    {
    }

    // `to` is the recipient's number in international format, digits only ("919876543210").
    OutgoingRequest message(const QString& to, const QString& text) const;

    // "+91 98765-43210" and "919876543210" to "919876543210": 8 to 15 digits with the country code, as
    // the API wants; Invalid "invalid_whatsapp_number" otherwise.
    static core::Result<QString> normaliseNumber(const QString& text);

private:
    const NotificationConfig& m_config;
};

} // namespace baartal::server
