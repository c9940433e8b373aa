#pragma once

#include <QString>
#include <QUrl>

#include <chrono>

namespace baartal::server {

// Which SMS provider carries login codes, and how to reach it (sms_* keys of the server config).
struct SmsSettings {
    enum class Provider {
        Console, // writes codes to the server log: development and browser tests
        Http,    // POSTs each code as JSON to httpUrl: an SMS gateway or a relay in front of one
    };

    static constexpr std::chrono::seconds kDefaultTimeout{10};

    Provider provider = Provider::Console;
    QUrl httpUrl;
    // A file holding the bearer token sent to httpUrl; none sends no Authorization header.
    QString httpTokenFile;
    std::chrono::seconds timeout = kDefaultTimeout;
};

} // namespace baartal::server
