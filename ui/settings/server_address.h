#pragma once

#include "core/result/result.h"

#include <QCoreApplication>
#include <QUrl>

namespace baartal::ui {

// The address of baartal-server as a user types it in the login window or the settings.
class ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(baartal::ui::ServerAddress)

public:
    ServerAddress() = delete;

    // The URL when text is an http or https address with a host ("127.0.0.1:8080" reads as http);
    // otherwise "invalid_server" with a message for the user.
    static core::Result<QUrl> parse(const QString& text);
};

} // namespace baartal::ui
