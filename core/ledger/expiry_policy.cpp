#include "core/ledger/expiry_policy.h"

namespace baartal::core {

Result<ExpiryPolicy> ExpiryPolicy::withDays(int days)
{
    if (days < 1 || days > kMaxDays) {
        return Error::invalid(
            QStringLiteral("invalid_expiry_days"),
            QStringLiteral("Coins must expire after 1 to %1 days, not %2.").arg(kMaxDays).arg(days));
    }
    return ExpiryPolicy(days);
}

QDateTime ExpiryPolicy::expiresAt(const QDateTime& earnedAt) const
{
    return earnedAt.toUTC().addDays(m_days);
}

} // namespace baartal::core
