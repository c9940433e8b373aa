#include "core/analytics/analytics_calendar.h"
#include "core/time/india_time.h"

#include <QTest>

using baartal::core::AnalyticsCalendar;
using baartal::core::Granularity;
using baartal::core::IndiaTime;

Q_DECLARE_METATYPE(Granularity)

class TestAnalyticsCalendar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void periodStartsCoverTheRange_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<Granularity>("granularity");
        QTest::addColumn<QStringList>("starts");
        QTest::addRow("one day") << QDate(2026, 3, 2) << QDate(2026, 3, 2) << Granularity::Day
                                 << QStringList{"2026-03-02"};
        QTest::addRow("days over a month end")
            << QDate(2026, 2, 27) << QDate(2026, 3, 2) << Granularity::Day
            << QStringList{"2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"};
        QTest::addRow("a Sunday belongs to the week of the Monday before")
            << QDate(2026, 3, 1) << QDate(2026, 3, 2) << Granularity::Week
            << QStringList{"2026-02-23", "2026-03-02"};
        QTest::addRow("weeks across a year end")
            << QDate(2025, 12, 31) << QDate(2026, 1, 12) << Granularity::Week
            << QStringList{"2025-12-29", "2026-01-05", "2026-01-12"};
        QTest::addRow("months from mid-month, through a leap February")
            << QDate(2024, 1, 31) << QDate(2024, 3, 1) << Granularity::Month
            << QStringList{"2024-01-01", "2024-02-01", "2024-03-01"};
        QTest::addRow("from after to")
            << QDate(2026, 3, 2) << QDate(2026, 3, 1) << Granularity::Day << QStringList();
    }

    void periodStartsCoverTheRange()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(Granularity, granularity);
        QFETCH(QStringList, starts);
        QStringList actual;
        for (const QDate& start : AnalyticsCalendar::periodStarts(from, to, granularity)) {
            actual.append(start.toString(Qt::ISODate));
        }
        QCOMPARE(actual, starts);
    }

    // India's day begins at 18:30 UTC the evening before.
    void indianDaysTurnAtIndianMidnight()
    {
        const QDateTime midnight = IndiaTime::startOfDay(QDate(2026, 3, 2));
        QCOMPARE(midnight, QDateTime(QDate(2026, 3, 1), QTime(18, 30), Qt::UTC));
        QCOMPARE(IndiaTime::dayOf(midnight), QDate(2026, 3, 2));
        QCOMPARE(IndiaTime::dayOf(midnight.addMSecs(-1)), QDate(2026, 3, 1));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsCalendar)
#include "tst_analytics_calendar.moc"
