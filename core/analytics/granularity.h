#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace baartal::core {

// The width of one bucket of an analytics series: an Indian calendar day, a week from Monday, or a
// calendar month.
enum class Granularity { Day, Week, Month };

QString toText(Granularity granularity);
std::optional<Granularity> granularityFromString(QStringView text);

} // namespace baartal::core
