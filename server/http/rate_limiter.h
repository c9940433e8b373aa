#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>
#include <optional>

namespace baartal::server {

// At most `requests` per `window` from one client.
struct RateLimit {
    int requests = 0;
    std::chrono::seconds window{60};
};

// Fixed-window request counting per key (a client address and a route class). Keys whose window has
// passed are dropped as the table grows, so a scan from many addresses cannot exhaust memory.
class RateLimiter {
public:
    static constexpr qsizetype kPruneAbove = 10'000;

    // Counts the request; nothing when admitted, else how many seconds until the window reopens.
    std::optional<qint64> admit(const QString& key, const RateLimit& limit, const QDateTime& now);

private:
    struct Window {
        QDateTime start;
        int count = 0;
    };
    void prune(const QDateTime& now, std::chrono::seconds window);

    QHash<QString, Window> m_windows;
};

} // namespace baartal::server
