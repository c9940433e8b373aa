#pragma once

#include "core/result/result.h"

#include <QDateTime>

namespace baartal::core {

// When earned coins expire: each earn is a lot that lapses a fixed number of days after it was earned.
class ExpiryPolicy {
public:
    static constexpr int kDefaultDays = 60;
    static constexpr int kMaxDays = 3650;

    explicit ExpiryPolicy(int days = kDefaultDays)
        : m_days(days)
    {
    }

    // For days read from configuration: "invalid_expiry_days" outside 1–kMaxDays.
    static Result<ExpiryPolicy> withDays(int days);

    int days() const { return m_days; }

    // earnedAt plus the policy's days, in UTC so the instant does not depend on the device's time zone.
    QDateTime expiresAt(const QDateTime& earnedAt) const;

private:
    int m_days;
};

} // namespace baartal::core
