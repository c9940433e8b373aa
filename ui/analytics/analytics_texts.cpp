#include "ui/analytics/analytics_texts.h"

#include "core/money/indian_grouping.h"

#include <QLocale>

namespace baartal::ui {

QList<AnalyticsTexts::Tile> AnalyticsTexts::tiles(const sync::MerchantAnalytics& analytics)
{
    return {
        {tr("Coins issued"), analytics.issued.formatIndian(), tr("Bills: %1").arg(count(analytics.sales))},
        {tr("Coins redeemed"), analytics.redeemed.formatIndian(),
         tr("Redemptions: %1").arg(count(analytics.redemptions))},
        {tr("Unique customers"), count(analytics.uniqueCustomers),
         tr("QR scans: %1").arg(count(analytics.scans))},
        {tr("Average bill"), analytics.averageBill.formatIndian(),
         tr("Total billed: %1").arg(analytics.billed.formatIndian())},
    };
}

QString AnalyticsTexts::count(qint64 value)
{
    // Counts are never negative: MerchantAnalytics::fromJson refuses them.
    return core::groupIndian(static_cast<quint64>(value));
}

QString AnalyticsTexts::periodLabel(QDate start, core::Granularity granularity)
{
    return QLocale().toString(start, granularity == core::Granularity::Month ? QStringLiteral("MMM yyyy")
                                                                             : QStringLiteral("d MMM"));
}

QString AnalyticsTexts::range(QDate from, QDate to)
{
    return tr("%1 – %2").arg(date(from), date(to));
}

QString AnalyticsTexts::date(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString AnalyticsTexts::time(const QDateTime& instant)
{
    return QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat);
}

} // namespace baartal::ui
