#pragma once

#include "core/analytics/granularity.h"
#include "sync/client/merchant_analytics.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace baartal::ui {

// The words and figures the analytics screen and its PDF report share, in the current language and
// locale: money and counts grouped the Indian way, periods named by their first day.
class AnalyticsTexts {
    Q_DECLARE_TR_FUNCTIONS(baartal::ui::AnalyticsTexts)

public:
    AnalyticsTexts() = delete;

    struct Tile {
        QString title;
        QString value;
        QString detail;
    };

    // Coins issued, coins redeemed, unique customers, average bill, in that order.
    static QList<Tile> tiles(const sync::MerchantAnalytics& analytics);
    // "1,23,456" for a count (never negative).
    static QString count(qint64 value);
    // "18 Nov" for a day or a week, "Nov 2026" for a month.
    static QString periodLabel(QDate start, core::Granularity granularity);
    // "1 Nov 2026 – 30 Nov 2026".
    static QString range(QDate from, QDate to);
    // A date in the current locale's medium form ("18 Nov 2026").
    static QString date(QDate date);
    // An instant in the current locale, on this computer's clock.
    static QString time(const QDateTime& instant);
};

} // namespace baartal::ui
