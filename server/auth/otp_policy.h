#pragma once

#include <chrono>

namespace baartal::server {

// The rules of phone login codes. Only the per-address limit is configurable: many phones on one mobile
// network can share a carrier's address.
struct OtpPolicy {
    static constexpr int kDigits = 6;
    static constexpr int kDefaultSendsPerAddressPerHour = 20;
    // The period the send limits count codes over; older codes and send locks serve no limit.
    static constexpr std::chrono::seconds kLimitWindow{60 * 60};

    std::chrono::seconds lifetime{5 * 60};
    // Wrong tries one code allows; after the last of them it is dead, even for the right digits.
    int maxFailedAttempts = 5;
    // Between two codes for one phone.
    std::chrono::seconds resendCooldown{30};
    int sendsPerPhonePerHour = 5;
    int sendsPerAddressPerHour = kDefaultSendsPerAddressPerHour;
};

} // namespace baartal::server
