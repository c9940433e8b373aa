#pragma once

#include <chrono>

namespace baartal::core {

// When a failed delivery is tried again, and when it is given up. Back-off doubles from the base delay
// up to the cap; the actual wait is drawn from the upper half of it ("equal jitter"), so receivers that
// fail together are not retried in lock-step yet every retry waits at least half the nominal delay.
class RetryPolicy {
public:
    static constexpr int kDefaultMaxAttempts = 10;
    static constexpr std::chrono::seconds kDefaultBaseDelay{30};
    static constexpr std::chrono::seconds kDefaultMaxDelay{3600};

    RetryPolicy() = default;
    RetryPolicy(int maxAttempts, std::chrono::milliseconds baseDelay, std::chrono::milliseconds maxDelay);

    int maxAttempts() const { return m_maxAttempts; }

    // The nominal wait after the given number of failed attempts (1, 2, ...): the longest the jittered
    // wait can be.
    std::chrono::milliseconds nominalDelay(int failedAttempts) const;
    // nominalDelay with jitter: jitter in [0, 1] picks a point in its upper half.
    std::chrono::milliseconds delay(int failedAttempts, double jitter) const;

    // A 4xx answer other than 408 (timeout) and 429 (too many requests) says the receiver understood
    // and refused: the same bytes will be refused again, so it is final.
    static bool isFinal(int httpStatus);
    static bool isSuccess(int httpStatus) { return httpStatus >= 200 && httpStatus < 300; }

private:
    int m_maxAttempts = kDefaultMaxAttempts;
    std::chrono::milliseconds m_baseDelay = kDefaultBaseDelay;
    std::chrono::milliseconds m_maxDelay = kDefaultMaxDelay;
};

} // namespace baartal::core
