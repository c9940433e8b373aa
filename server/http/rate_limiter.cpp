#include "server/http/rate_limiter.h"

#include <algorithm>

namespace baartal::server {

std::optional<qint64> RateLimiter::admit(const QString& key, const RateLimit& limit, const QDateTime& now)
{
    if (m_windows.size() > kPruneAbove) {
        prune(now, limit.window);
    }
    Window& window = m_windows[key];
    if (!window.start.isValid() || window.start.secsTo(now) >= limit.window.count() || now < window.start) {
        window = {now, 0};
    }
    if (window.count >= limit.requests) {
        return std::max<qint64>(1, limit.window.count() - window.start.secsTo(now));
    }
    ++window.count;
    return std::nullopt;
}

void RateLimiter::prune(const QDateTime& now, std::chrono::seconds window)
{
    m_windows.removeIf([&](const auto& entry) { return entry.value().start.secsTo(now) >= window.count(); });
}

} // namespace baartal::server
