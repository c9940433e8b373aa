#include "core/money/coins.h"
#include "core/money/paise.h"
#include "tests/sync/support/counter_fixture.h"
#include "tests/testsupport/pdf_probe.h"
#include "tests/ui/analytics/analytics_history.h"
#include "ui/analytics/analytics_screen.h"
#include "ui/analytics/analytics_tile.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace baartal;
using testsupport::AnalyticsHistory;
using testsupport::CounterFixture;
using State = ui::AnalyticsScreen::State;

// The owner's analytics screen against a real server in the test process, holding six weeks of sales
// and scans; the server's clock says Thursday 15 January 2026, India.
class TestAnalyticsScreen : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CounterFixture> m_counter;
    std::unique_ptr<ui::AnalyticsScreen> m_screen;

    ui::AnalyticsTile* tile(const char* name) const
    {
        return m_screen->findChild<ui::AnalyticsTile*>(QLatin1String(name));
    }
    QString status() const { return m_screen->findChild<QLabel*>(QStringLiteral("status"))->text(); }
    QChart* chart(const char* name) const
    {
        return m_screen->findChild<QChartView*>(QLatin1String(name))->chart();
    }
    QDateEdit* dateEdit(const char* name) const
    {
        return m_screen->findChild<QDateEdit*>(QLatin1String(name));
    }

    static QBarSet* barSet(QChart* chart, const char* name)
    {
        const auto* series = qobject_cast<QBarSeries*>(chart->series().value(0));
        for (QBarSet* set : series ? series->barSets() : QList<QBarSet*>()) {
            if (set->objectName() == QLatin1String(name)) {
                return set;
            }
        }
        return nullptr;
    }
    static QLineSeries* line(QChart* chart, const char* name)
    {
        for (QAbstractSeries* series : chart->series()) {
            if (series->objectName() == QLatin1String(name)) {
                return qobject_cast<QLineSeries*>(series);
            }
        }
        return nullptr;
    }
    static QList<qreal> values(const QBarSet* set)
    {
        QList<qreal> values;
        for (int i = 0; i < set->count(); ++i) {
            values.append(set->at(i));
        }
        return values;
    }
    static QList<qreal> figures(const QJsonObject& answer, const char* series, const char* field)
    {
        QList<qreal> values;
        for (const QJsonValue& period : answer.value(QLatin1String(series)).toArray()) {
            values.append(period.toObject().value(QLatin1String(field)).toDouble());
        }
        return values;
    }

    bool waitUntilSettled() const
    {
        return QTest::qWaitFor([this] { return m_screen->state() != State::Loading; }, 20000);
    }

    // The tiles say what the server's JSON says for the range.
    void compareTilesWith(const QJsonObject& answer)
    {
        const auto coins = [&answer](const QJsonValue& value) {
            return core::Coins(value.toInteger()).formatIndian();
        };
        const auto money = [&answer](const QJsonValue& value) {
            return core::Paise::fromJsonNumber(value.toDouble()).value().formatIndian();
        };
        const QJsonObject redemptions = answer.value(QStringLiteral("total_redemptions")).toObject();
        const QJsonObject sales = answer.value(QStringLiteral("total_sales")).toObject();
        QCOMPARE(tile("tileIssued")->value(), coins(answer.value(QStringLiteral("total_bcoins_issued"))));
        QCOMPARE(tile("tileIssued")->detail(),
                 QStringLiteral("Bills: %1").arg(sales.value(QStringLiteral("count")).toInteger()));
        QCOMPARE(tile("tileRedeemed")->value(), coins(redemptions.value(QStringLiteral("coins"))));
        QCOMPARE(
            tile("tileRedeemed")->detail(),
            QStringLiteral("Redemptions: %1").arg(redemptions.value(QStringLiteral("count")).toInteger()));
        QCOMPARE(tile("tileCustomers")->value(),
                 QString::number(answer.value(QStringLiteral("unique_customers")).toInteger()));
        QCOMPARE(tile("tileCustomers")->detail(),
                 QStringLiteral("QR scans: %1").arg(answer.value(QStringLiteral("total_scans")).toInteger()));
        QCOMPARE(tile("tileAverageBill")->value(), money(answer.value(QStringLiteral("average_bill"))));
        QCOMPARE(tile("tileAverageBill")->detail(),
                 QStringLiteral("Total billed: %1").arg(money(sales.value(QStringLiteral("amount")))));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QStringLiteral("en_IN"))); }

    void init()
    {
        auto fixture = CounterFixture::start(5, true, CounterFixture::Device::NotEnrolled);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_counter = std::move(*fixture);
        const core::Status seeded = AnalyticsHistory::seed(*m_counter);
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
        m_screen = std::make_unique<ui::AnalyticsScreen>(m_counter->api(), m_counter->server().clock());
        m_screen->setMerchant(m_counter->merchant());
        m_screen->resize(1200, 900);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
        QVERIFY(waitUntilSettled());
    }

    void cleanup()
    {
        m_screen.reset();
        m_counter.reset();
    }

    void opensOnTheLastFourWeeks()
    {
        QCOMPARE(m_screen->state(), State::Ready);
        QCOMPARE(dateEdit("from")->date(), QDate(2025, 12, 22));
        QCOMPARE(dateEdit("to")->date(), QDate(2026, 1, 15));
        compareTilesWith(AnalyticsHistory::serverAnswer(*m_counter, QDate(2025, 12, 22), QDate(2026, 1, 15),
                                                        QStringLiteral("week")));
        // Ravi, Asha and Chetan came; 20 + 100 + 7 + Asha's coins on ₹550 paid were issued.
        QCOMPARE(tile("tileCustomers")->value(), QStringLiteral("3"));
        QCOMPARE(tile("tileRedeemed")->value(), QStringLiteral("50"));
        QCOMPARE(tile("tileRedeemed")->detail(), QStringLiteral("Redemptions: 1"));
        QCOMPARE(tile("tileAverageBill")->detail(), QStringLiteral("Total billed: ₹3,150.00"));
        QVERIFY2(status().startsWith(QStringLiteral("Figures as of")), qPrintable(status()));
    }

    void barsAndLinesFollowTheServersSeries()
    {
        const QJsonObject weekly = AnalyticsHistory::serverAnswer(*m_counter, QDate(2025, 12, 22),
                                                                  QDate(2026, 1, 15), QStringLiteral("week"));
        const QJsonObject monthly = AnalyticsHistory::serverAnswer(
            *m_counter, QDate(2025, 12, 22), QDate(2026, 1, 15), QStringLiteral("month"));
        const QJsonObject daily = AnalyticsHistory::serverAnswer(*m_counter, QDate(2025, 12, 22),
                                                                 QDate(2026, 1, 15), QStringLiteral("day"));

        QChart* weeks = chart("weeklyFootfall");
        QCOMPARE(barSet(weeks, "scans")->count(), 4);
        QCOMPARE(values(barSet(weeks, "scans")), figures(weekly, "footfall", "scans"));
        QCOMPARE(values(barSet(weeks, "customers")), figures(weekly, "footfall", "visitors"));
        QCOMPARE(values(barSet(weeks, "scans")), (QList<qreal>{2, 0, 1, 1}));
        auto* weekAxis = qobject_cast<QBarCategoryAxis*>(weeks->axes(Qt::Horizontal).value(0));
        QVERIFY(weekAxis);
        QCOMPARE(weekAxis->categories(), (QStringList{QStringLiteral("22 Dec"), QStringLiteral("29 Dec"),
                                                      QStringLiteral("5 Jan"), QStringLiteral("12 Jan")}));
        QCOMPARE(weeks->title(), QStringLiteral("Weekly footfall"));

        QChart* months = chart("monthlyFootfall");
        QCOMPARE(values(barSet(months, "scans")), figures(monthly, "footfall", "scans"));
        QCOMPARE(values(barSet(months, "customers")), (QList<qreal>{2, 3}));
        auto* monthAxis = qobject_cast<QBarCategoryAxis*>(months->axes(Qt::Horizontal).value(0));
        QCOMPARE(monthAxis->categories(),
                 (QStringList{QStringLiteral("Dec 2025"), QStringLiteral("Jan 2026")}));

        QChart* coins = chart("coinsChart");
        QLineSeries* issued = line(coins, "issued");
        QLineSeries* redeemed = line(coins, "redeemed");
        QVERIFY(issued && redeemed);
        QCOMPARE(issued->count(), 25); // a point a day, 22 December to 15 January
        QList<qreal> issuedValues;
        QList<qreal> redeemedValues;
        for (int i = 0; i < issued->count(); ++i) {
            issuedValues.append(issued->at(i).y());
            redeemedValues.append(redeemed->at(i).y());
        }
        QCOMPARE(issuedValues, figures(daily, "issued_vs_redeemed", "issued"));
        QCOMPARE(redeemedValues, figures(daily, "issued_vs_redeemed", "redeemed"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(issued->at(1).x())).date(),
                 QDate(2025, 12, 23));
        QCOMPARE(issued->at(1).y(), 20.0);
    }

    void presetKeysRequery_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("linePoints");
        QTest::newRow("Ctrl+1 last 7 days") << int(Qt::Key_1) << QDate(2026, 1, 9) << 2 << 1 << 7;
        QTest::newRow("Ctrl+3 this month") << int(Qt::Key_3) << QDate(2026, 1, 1) << 3 << 1 << 15;
        // A year is drawn by week: the lines have the weekly bars' points.
        QTest::newRow("Ctrl+4 last 12 months") << int(Qt::Key_4) << QDate(2025, 2, 1) << 51 << 12 << 51;
    }

    void presetKeysRequery()
    {
        QFETCH(int, key);
        QFETCH(QDate, from);
        QFETCH(int, weeks);
        QFETCH(int, months);
        QFETCH(int, linePoints);
        QTest::keyClick(m_screen.get(), Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(m_screen->state(), State::Loading);
        QVERIFY(waitUntilSettled());
        QCOMPARE(m_screen->state(), State::Ready);
        QCOMPARE(dateEdit("from")->date(), from);
        QCOMPARE(dateEdit("to")->date(), QDate(2026, 1, 15));
        QCOMPARE(barSet(chart("weeklyFootfall"), "scans")->count(), weeks);
        QCOMPARE(barSet(chart("monthlyFootfall"), "scans")->count(), months);
        QCOMPARE(line(chart("coinsChart"), "issued")->count(), linePoints);
        compareTilesWith(
            AnalyticsHistory::serverAnswer(*m_counter, from, QDate(2026, 1, 15), QStringLiteral("week")));
    }

    void typedDatesRequery()
    {
        QDateEdit* fromEdit = dateEdit("from");
        fromEdit->setFocus();
        fromEdit->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(fromEdit, QStringLiteral("1"));
        QTest::keyClick(fromEdit, Qt::Key_Tab);
        QCOMPARE(fromEdit->date(), QDate(2025, 12, 1));
        // The server is asked once the owner stops typing.
        QTRY_VERIFY_WITH_TIMEOUT(m_screen->snapshot()->weekly.range.from == QDate(2025, 12, 1), 20000);
        QCOMPARE(m_screen->state(), State::Ready);
        QCOMPARE(barSet(chart("weeklyFootfall"), "scans")->count(), 7); // 1 Dec was a Monday
        compareTilesWith(AnalyticsHistory::serverAnswer(*m_counter, QDate(2025, 12, 1), QDate(2026, 1, 15),
                                                        QStringLiteral("week")));
        QCOMPARE(tile("tileCustomers")->value(), QStringLiteral("3"));
    }

    void aQuietRangeSaysSo()
    {
        m_screen->setRange(QDate(2025, 3, 1), QDate(2025, 3, 31));
        QVERIFY(waitUntilSettled());
        QCOMPARE(m_screen->state(), State::Empty);
        QCOMPARE(status(), QStringLiteral("No sales or scans at the shop between 1 Mar 2025 – 31 Mar 2025."));
        QCOMPARE(tile("tileIssued")->value(), QStringLiteral("0"));
        QCOMPARE(values(barSet(chart("weeklyFootfall"), "scans")), (QList<qreal>{0, 0, 0, 0, 0, 0}));
    }

    void aBackwardsRangeIsNotAsked()
    {
        m_screen->setRange(QDate(2026, 1, 10), QDate(2026, 1, 2));
        QCOMPARE(m_screen->state(), State::Failed);
        QVERIFY2(status().startsWith(QStringLiteral("The first day is after the last day.")),
                 qPrintable(status()));
    }

    void offlineKeepsTheLastFigures()
    {
        const QString issued = tile("tileIssued")->value();
        const QString fetchedAt =
            QLocale().toString(m_screen->snapshot()->fetchedAt.toLocalTime(), QLocale::ShortFormat);
        m_counter->cutTheNetwork();
        QTest::keyClick(m_screen.get(), Qt::Key_F5);
        QVERIFY(waitUntilSettled());
        QCOMPARE(m_screen->state(), State::Offline);
        QVERIFY2(status().startsWith(QStringLiteral("Offline: the server cannot be reached")),
                 qPrintable(status()));
        QVERIFY2(status().contains(
                     QStringLiteral("Showing the figures for 22 Dec 2025 – 15 Jan 2026 as of ") + fetchedAt),
                 qPrintable(status()));
        QCOMPARE(tile("tileIssued")->value(), issued);
        QCOMPARE(barSet(chart("weeklyFootfall"), "scans")->count(), 4);

        m_counter->api().setBaseUrl(m_counter->server().api().baseUrl());
        QTest::keyClick(m_screen.get(), Qt::Key_F5);
        QVERIFY(waitUntilSettled());
        QCOMPARE(m_screen->state(), State::Ready);
    }

    void ctrlEWithNoFiguresExportsNothing()
    {
        m_screen.reset();
        m_counter->cutTheNetwork();
        m_screen = std::make_unique<ui::AnalyticsScreen>(m_counter->api(), m_counter->server().clock());
        m_screen->show();
        QVERIFY(waitUntilSettled());
        QCOMPARE(m_screen->state(), State::Offline);
        QCOMPARE(
            status(),
            QStringLiteral("Offline: the server cannot be reached, so the figures could not be updated."));
        QCOMPARE(tile("tileIssued")->value(), QStringLiteral("—"));
        QVERIFY(!m_screen->findChild<QWidget*>(QStringLiteral("export"))->isEnabled());
        QSignalSpy failed(m_screen.get(), &ui::AnalyticsScreen::reportFailed);
        QTemporaryDir dir;
        m_screen->exportReport(dir.filePath(QStringLiteral("report.pdf")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("report.pdf"))));
    }

    void exportWritesTheReport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("analytics.pdf"));
        QSignalSpy written(m_screen.get(), &ui::AnalyticsScreen::reportWritten);
        m_screen->exportReport(path);
        QVERIFY(written.wait(20000));
        QCOMPARE(written.first().first().toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto text = testsupport::PdfProbe(file.readAll()).text();
        QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().message));
        QVERIFY2(text->contains(m_counter->merchant().businessName), qPrintable(*text));
        QVERIFY(text->contains(tile("tileIssued")->value()));
        QVERIFY2(m_screen->findChild<QLabel*>(QStringLiteral("exportOutcome"))
                     ->text()
                     .startsWith(QStringLiteral("Report saved to ")),
                 "the screen says where the report went");
    }

    void followsTheLanguage()
    {
        QTranslator hindi;
        QVERIFY(hindi.load(QStringLiteral(":/i18n/baartal_hi.qm")));
        QCoreApplication::installTranslator(&hindi);
        const QString hindiTitle =
            QCoreApplication::translate("baartal::ui::AnalyticsCharts", "Weekly footfall");
        const QString hindiTile = QCoreApplication::translate("baartal::ui::AnalyticsTexts", "Coins issued");
        QVERIFY(hindiTitle != QStringLiteral("Weekly footfall"));
        QTRY_COMPARE(chart("weeklyFootfall")->title(), hindiTitle);
        QCOMPARE(tile("tileIssued")->title(), hindiTile);
        QCOMPARE(barSet(chart("weeklyFootfall"), "scans")->count(), 4);
        QCoreApplication::removeTranslator(&hindi);
        QTRY_COMPARE(chart("weeklyFootfall")->title(), QStringLiteral("Weekly footfall"));
        QCOMPARE(tile("tileIssued")->title(), QStringLiteral("Coins issued"));
    }
};

QTEST_MAIN(TestAnalyticsScreen)
#include "tst_analytics_screen.moc"
