#include "core/ledger/spend_hold.h"

#include <array>
#include <utility>

namespace baartal::core {

namespace {

constexpr std::array<std::pair<SpendHoldStatus, const char*>, 3> kNames{{
    {SpendHoldStatus::Active, "active"},
    {SpendHoldStatus::Redeemed, "redeemed"},
    {SpendHoldStatus::Cancelled, "cancelled"},
}};

} // namespace

QString toText(SpendHoldStatus status)
{
    for (const auto& [value, name] : kNames) {
        if (value == status) {
            return QLatin1String(name);
        }
    }
    return {};
}

std::optional<SpendHoldStatus> spendHoldStatusFromString(QStringView text)
{
    for (const auto& [value, name] : kNames) {
        if (text == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace baartal::core
