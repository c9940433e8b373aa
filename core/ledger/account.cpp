#include "core/ledger/account.h"

#include <array>
#include <utility>

namespace baartal::core {

namespace {

constexpr std::array<std::pair<AccountType, const char*>, 6> kNames{{
    {AccountType::CustomerWallet, "customer_wallet"},
    {AccountType::MerchantIssued, "merchant_issued"},
    {AccountType::MerchantRedeemed, "merchant_redeemed"},
    {AccountType::PlatformBonus, "platform_bonus"},
    {AccountType::PlatformAdjustment, "platform_adjustment"},
    {AccountType::PlatformExpired, "platform_expired"},
}};

} // namespace

QString toText(AccountType type)
{
    for (const auto& [value, name] : kNames) {
        if (value == type) {
            return QLatin1String(name);
        }
    }
    return {};
}

std::optional<AccountType> accountTypeFromString(QStringView text)
{
    for (const auto& [value, name] : kNames) {
        if (text == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace baartal::core
