#include "core/policy/spend_policy.h"

#include <algorithm>

namespace baartal::core {

namespace {

constexpr int kMaxCapPercent = 100;

Error invalidCap(const QString& message)
{
    return Error::invalid(QStringLiteral("invalid_cap"), message);
}

} // namespace

Result<SpendPolicy> SpendPolicy::create(int platformCapPercent, std::optional<int> merchantCapPercent)
{
    if (platformCapPercent < 0 || platformCapPercent > kMaxCapPercent) {
        return invalidCap(
            QStringLiteral("The platform spend cap must be 0 to 100%, not %1%.").arg(platformCapPercent));
    }
    if (merchantCapPercent && *merchantCapPercent < 0) {
        return invalidCap(
            QStringLiteral("A merchant spend cap cannot be negative (%1%).").arg(*merchantCapPercent));
    }
    return SpendPolicy(std::min(platformCapPercent, merchantCapPercent.value_or(platformCapPercent)));
}

Coins SpendPolicy::capFor(Paise bill) const
{
    return Coins::percentOf(bill, m_capPercent);
}

Coins SpendPolicy::maxRedeemable(Paise bill, Coins spendable) const
{
    return std::max(Coins(), std::min(spendable, capFor(bill)));
}

Status SpendPolicy::check(Paise bill, Coins requested, Coins spendable) const
{
    if (bill.value() <= 0) {
        return Error::invalid(
            QStringLiteral("invalid_amount"),
            QStringLiteral("The bill must be more than \u20B90, not %1.").arg(bill.formatIndian()));
    }
    if (requested.value() < 0) {
        return Error::invalid(
            QStringLiteral("invalid_amount"),
            QStringLiteral("Coins to redeem cannot be negative (%1).").arg(requested.formatIndian()));
    }
    if (requested > spendable) {
        return Error::unprocessable(
            QStringLiteral("insufficient_balance"),
            QStringLiteral("Only %1 coins are spendable; %2 were asked for.")
                .arg(std::max(Coins(), spendable).formatIndian(), requested.formatIndian()));
    }
    const Coins cap = capFor(bill);
    if (requested > cap) {
        return Error::unprocessable(
            QStringLiteral("spend_over_cap"),
            QStringLiteral("At most %1 coins (%2% of %3) can be redeemed on this bill, not %4.")
                .arg(cap.formatIndian())
                .arg(m_capPercent)
                .arg(bill.formatIndian(), requested.formatIndian()));
    }
    return {};
}

Paise SpendPolicy::netPayable(Paise bill, Coins redeemed)
{
    const qint64 ceiling = std::max<qint64>(bill.value(), 0);
    if (redeemed.value() <= 0) {
        return Paise(ceiling);
    }
    // Redeeming at least the whole bill leaves nothing to pay; below that the product cannot overflow.
    if (redeemed.value() >= ceiling / Coins::kPaisePerCoin + 1) {
        return Paise();
    }
    return Paise(ceiling - redeemed.value() * Coins::kPaisePerCoin);
}

} // namespace baartal::core
