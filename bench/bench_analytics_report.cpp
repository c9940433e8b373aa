// How long the owner's PDF report takes: laying out its texts and charts (the GUI thread's share, in
// AnalyticsReport's constructor) and painting them into the PDF (AnalyticsReport::write, which the
// screen runs on a worker thread), for four weeks drawn by day and a year drawn by week.
//
//   bench_analytics_report [--repeat N]
//
// Runs under any Qt platform; QT_QPA_PLATFORM=offscreen needs no display.

#include "core/analytics/analytics_calendar.h"
#include "ui/analytics/analytics_report.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace baartal;

namespace {

// A busy shop's answer over from..to: every period has trade, so every bar and point is drawn.
sync::MerchantAnalytics answer(QDate from, QDate to, core::Granularity granularity)
{
    sync::MerchantAnalytics analytics;
    analytics.merchantId = QStringLiteral("bench-shop");
    analytics.range = {from, to, granularity};
    qint64 n = 0;
    for (const QDate start : core::AnalyticsCalendar::periodStarts(from, to, granularity)) {
        ++n;
        const sync::AnalyticsPeriod period{start,
                                           40 + n % 17,
                                           30 + n % 11,
                                           25 + n % 7,
                                           core::Coins(900 + 37 * (n % 13)),
                                           core::Coins(300 + 53 * (n % 5))};
        analytics.periods.append(period);
        analytics.scans += period.scans;
        analytics.sales += period.sales;
        analytics.issued = core::Coins(analytics.issued.value() + period.issued.value());
        analytics.redeemed = core::Coins(analytics.redeemed.value() + period.redeemed.value());
    }
    analytics.uniqueCustomers = 412;
    analytics.redemptions = analytics.sales / 4;
    analytics.billed = core::Paise(analytics.sales * 84250);
    analytics.averageBill = core::Paise(84250);
    return analytics;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs per case."),
                                    QStringLiteral("N"), QStringLiteral("10"));
    parser.addOption(repeat);
    parser.process(app);
    const int runs = std::max(1, parser.value(repeat).toInt());

    QTemporaryDir dir;
    QTextStream out(stdout);
    const QDate today(2026, 11, 23);
    struct Case {
        const char* name;
        QDate from;
        core::Granularity lines;
    };
    for (const Case& c :
         {Case{"4 weeks, lines by day", today.addDays(-27), core::Granularity::Day},
          Case{"12 months, lines by week", today.addMonths(-12).addDays(1), core::Granularity::Week}}) {
        const ui::AnalyticsSnapshot snapshot{answer(c.from, today, core::Granularity::Week),
                                             answer(c.from, today, core::Granularity::Month),
                                             answer(c.from, today, c.lines), QDateTime::currentDateTimeUtc()};
        QList<qint64> layout;
        QList<qint64> write;
        qint64 bytes = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const ui::AnalyticsReport report(QStringLiteral("Bench Kirana"), snapshot,
                                             QDateTime::currentDateTimeUtc());
            layout.append(timer.nsecsElapsed() / 1000);
            timer.restart();
            const QString path = dir.filePath(QStringLiteral("report.pdf"));
            if (!report.write(path)) {
                out << "report not written\n";
                return 1;
            }
            write.append(timer.nsecsElapsed() / 1000);
            bytes = QFileInfo(path).size();
        }
        std::sort(layout.begin(), layout.end());
        std::sort(write.begin(), write.end());
        out << c.name << ": layout (GUI thread) median " << layout[layout.size() / 2] / 1000.0 << " ms, max "
            << layout.last() / 1000.0 << " ms; write (worker) median " << write[write.size() / 2] / 1000.0
            << " ms, max " << write.last() / 1000.0 << " ms; " << bytes / 1024 << " KiB, " << runs
            << " runs\n";
    }
    return 0;
}
