#include "core/notifications/retry_policy.h"

#include <QtGlobal>

#include <algorithm>

namespace baartal::core {

RetryPolicy::RetryPolicy(int maxAttempts, std::chrono::milliseconds baseDelay,
                         std::chrono::milliseconds maxDelay)
    : m_maxAttempts(std::max(1, maxAttempts))
    , m_baseDelay(std::max(std::chrono::milliseconds(1), baseDelay))
    , m_maxDelay(std::max(m_baseDelay, maxDelay))
{
}

std::chrono::milliseconds RetryPolicy::nominalDelay(int failedAttempts) const
{
    // Doubling stops at the cap long before the shift could overflow.
    std::chrono::milliseconds delay = m_baseDelay;
    for (int i = 1; i < failedAttempts && delay < m_maxDelay; ++i) {
        delay *= 2;
    }
    return std::min<std::chrono::milliseconds>(delay, m_maxDelay);
}

std::chrono::milliseconds RetryPolicy::delay(int failedAttempts, double jitter) const
{
    const std::chrono::milliseconds nominal = nominalDelay(failedAttempts);
    const double clamped = std::clamp(jitter, 0.0, 1.0);
    return nominal / 2 + std::chrono::milliseconds(static_cast<qint64>(clamped * (nominal.count() / 2)));
}

bool RetryPolicy::isFinal(int httpStatus)
{
    return httpStatus >= 400 && httpStatus < 500 && httpStatus != 408 && httpStatus != 429;
}

} // namespace baartal::core
