#include "ui/analytics/analytics_charts.h"

#include "ui/analytics/analytics_texts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace baartal::ui {

namespace {

constexpr int kMaxDateTicks = 8;

QChart* newChart(const QString& title)
{
    auto* chart = new QChart();
    chart->setTitle(title);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// A count axis from zero, with whole-number ticks however small the figures.
QValueAxis* countAxis(const QString& title, qint64 highest)
{
    auto* axis = new QValueAxis();
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setRange(0, std::max<qint64>(highest, 4));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

QChart* AnalyticsCharts::footfall(const sync::MerchantAnalytics& analytics)
{
    const bool monthly = analytics.range.granularity == core::Granularity::Month;
    QChart* chart = newChart(monthly ? tr("Monthly footfall") : tr("Weekly footfall"));
    auto* scans = new QBarSet(tr("QR scans"));
    auto* customers = new QBarSet(tr("Customers"));
    scans->setObjectName(QStringLiteral("scans"));
    customers->setObjectName(QStringLiteral("customers"));
    QStringList categories;
    qint64 highest = 0;
    for (const sync::AnalyticsPeriod& period : analytics.periods) {
        categories.append(AnalyticsTexts::periodLabel(period.start, analytics.range.granularity));
        scans->append(static_cast<qreal>(period.scans));
        customers->append(static_cast<qreal>(period.visitors));
        highest = std::max({highest, period.scans, period.visitors});
    }
    auto* series = new QBarSeries();
    series->append(scans);
    series->append(customers);
    chart->addSeries(series);

    auto* periods = new QBarCategoryAxis();
    periods->setObjectName(QStringLiteral("periods"));
    periods->setTitleText(monthly ? tr("Month") : tr("Week from Monday"));
    periods->append(categories);
    chart->addAxis(periods, Qt::AlignBottom);
    series->attachAxis(periods);
    // No title on the counts: the chart's title and legend say what is counted, and Qt Charts elides a
    // short Devanagari title on this axis to nothing.
    QValueAxis* visits = countAxis(QString(), highest);
    chart->addAxis(visits, Qt::AlignLeft);
    series->attachAxis(visits);
    return chart;
}

QChart* AnalyticsCharts::coins(const sync::MerchantAnalytics& analytics)
{
    QChart* chart = newChart(tr("Coins issued and redeemed"));
    auto* issued = new QLineSeries();
    auto* redeemed = new QLineSeries();
    issued->setName(tr("Issued"));
    redeemed->setName(tr("Redeemed"));
    issued->setObjectName(QStringLiteral("issued"));
    redeemed->setObjectName(QStringLiteral("redeemed"));
    qint64 highest = 0;
    for (const sync::AnalyticsPeriod& period : analytics.periods) {
        const auto x = static_cast<qreal>(period.start.startOfDay().toMSecsSinceEpoch());
        issued->append(x, static_cast<qreal>(period.issued.value()));
        redeemed->append(x, static_cast<qreal>(period.redeemed.value()));
        highest = std::max({highest, period.issued.value(), period.redeemed.value()});
    }
    chart->addSeries(issued);
    chart->addSeries(redeemed);

    auto* days = new QDateTimeAxis();
    days->setObjectName(QStringLiteral("days"));
    days->setFormat(QStringLiteral("d MMM"));
    days->setTitleText(analytics.range.granularity == core::Granularity::Day ? tr("Day")
                                                                             : tr("Week from Monday"));
    const QDate first = analytics.periods.isEmpty() ? analytics.range.from : analytics.periods.first().start;
    const QDate last = analytics.periods.isEmpty() ? analytics.range.to : analytics.periods.last().start;
    // A single day still needs an axis of some width.
    days->setRange(first.startOfDay(), std::max(last, first.addDays(1)).startOfDay());
    days->setTickCount(std::clamp(static_cast<int>(analytics.periods.size()), 2, kMaxDateTicks));
    chart->addAxis(days, Qt::AlignBottom);
    issued->attachAxis(days);
    redeemed->attachAxis(days);
    QValueAxis* coins = countAxis(tr("B-Coins"), highest);
    chart->addAxis(coins, Qt::AlignLeft);
    issued->attachAxis(coins);
    redeemed->attachAxis(coins);
    return chart;
}

} // namespace baartal::ui
