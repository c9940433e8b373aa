#pragma once

namespace baartal::sync {

// The OS keychain the counter keeps its secrets in: the freedesktop Secret Service (gnome-keyring…).
class SecretService {
public:
    SecretService() = delete;

    // Whether a Secret Service runs, or can be started, on the session bus. QtKeychain reports a missing
    // service as a generic error, and the login window disables "keep me signed in" without one. Two
    // short calls to the local bus.
    static bool reachable();
};

} // namespace baartal::sync
