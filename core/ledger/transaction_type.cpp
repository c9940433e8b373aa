#include "core/ledger/transaction_type.h"

#include <array>
#include <utility>

namespace baartal::core {

namespace {

constexpr std::array<std::pair<TransactionType, const char*>, 6> kNames{{
    {TransactionType::Earn, "earn"},
    {TransactionType::Spend, "spend"},
    {TransactionType::ReferralBonus, "referral_bonus"},
    {TransactionType::Adjustment, "adjustment"},
    {TransactionType::Expiry, "expiry"},
    {TransactionType::Void, "void"},
}};

} // namespace

QString toText(TransactionType type)
{
    for (const auto& [value, name] : kNames) {
        if (value == type) {
            return QLatin1String(name);
        }
    }
    return {};
}

std::optional<TransactionType> transactionTypeFromString(QStringView text)
{
    for (const auto& [value, name] : kNames) {
        if (text == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace baartal::core
