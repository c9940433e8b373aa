#include "core/analytics/granularity.h"

#include <array>
#include <utility>

namespace baartal::core {

namespace {

constexpr std::array<std::pair<Granularity, const char*>, 3> kNames{{
    {Granularity::Day, "day"},
    {Granularity::Week, "week"},
    {Granularity::Month, "month"},
}};

} // namespace

QString toText(Granularity granularity)
{
    for (const auto& [value, name] : kNames) {
        if (value == granularity) {
            return QLatin1String(name);
        }
    }
    return {};
}

std::optional<Granularity> granularityFromString(QStringView text)
{
    for (const auto& [value, name] : kNames) {
        if (text == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace baartal::core
