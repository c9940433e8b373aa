#pragma once

#include "core/result/result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace baartal::testsupport {

class CounterFixture;

// Six weeks of trade at the counter fixture's shop, before its server's clock (Thursday 15 January
// 2026, India): three customers' sales (one redeeming coins) and QR scans spread over December and
// January, recorded straight into the server's ledger with clocks of their own, so the server's clock
// and the counter's session stay as they were.
class AnalyticsHistory {
public:
    AnalyticsHistory() = delete;

    static core::Status seed(CounterFixture& counter);
    // The server's own answer for the range, read with the shop owner's token.
    static QJsonObject serverAnswer(CounterFixture& counter, QDate from, QDate to,
                                    const QString& granularity);
};

} // namespace baartal::testsupport
