#include "tests/sync/support/counter_fixture.h"
#include "tests/testsupport/pdf_probe.h"
#include "tests/ui/analytics/analytics_history.h"
#include "ui/analytics/analytics_report.h"
#include "ui/analytics/analytics_texts.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace baartal;
using testsupport::AnalyticsHistory;
using testsupport::CounterFixture;

// The PDF report of the owner's analytics, made from a real server's answers and read back with
// poppler's tools.
class TestAnalyticsReport : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CounterFixture> m_counter;
    QTemporaryDir m_dir;

    ui::AnalyticsSnapshot snapshot(QDate from, QDate to, const QString& lines)
    {
        const auto read = [&](const QString& granularity) {
            auto parsed = sync::MerchantAnalytics::fromJson(
                AnalyticsHistory::serverAnswer(*m_counter, from, to, granularity));
            if (!parsed) {
                qWarning().noquote() << "analytics not read:" << parsed.error().message;
            }
            return parsed.valueOr(sync::MerchantAnalytics());
        };
        return {read(QStringLiteral("week")), read(QStringLiteral("month")), read(lines),
                m_counter->server().clock().now()};
    }

    static QString pdfText(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        auto text = testsupport::PdfProbe(file.readAll()).text();
        return text ? *text : text.error().message;
    }

    static int pages(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return -1;
        }
        auto info = testsupport::PdfProbe(file.readAll()).info();
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info ? *info : QString());
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    // pdftotext lays columns out with runs of spaces and keeps the font's ligatures ("ﬁ"); one space
    // and plain letters are enough to find words.
    static QString squeezed(const QString& text)
    {
        return text.normalized(QString::NormalizationForm_KC).simplified();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto fixture = CounterFixture::start(5, true, CounterFixture::Device::NotEnrolled);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_counter = std::move(*fixture);
        const core::Status seeded = AnalyticsHistory::seed(*m_counter);
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
    }

    void init() { QLocale::setDefault(QLocale(QStringLiteral("en_IN"))); }

    void cleanupTestCase() { m_counter.reset(); }

    void printsTheShopRangeTilesAndWeeks()
    {
        const ui::AnalyticsSnapshot figures =
            snapshot(QDate(2025, 12, 22), QDate(2026, 1, 15), QStringLiteral("day"));
        QCOMPARE(figures.weekly.periods.size(), 4);
        const QString path = m_dir.filePath(QStringLiteral("four-weeks.pdf"));
        const ui::AnalyticsReport report(QStringLiteral("Asha Kirana Stores"), figures,
                                         QDateTime(QDate(2026, 1, 15), QTime(11, 0), Qt::UTC));
        const core::Status written = report.write(path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));

        const QString text = squeezed(pdfText(path));
        QVERIFY2(text.contains(QStringLiteral("Asha Kirana Stores: shop analytics")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Range: 22 Dec 2025 – 15 Jan 2026")));
        QVERIFY(text.contains(QStringLiteral("Report made at")));
        for (const ui::AnalyticsTexts::Tile& tile : ui::AnalyticsTexts::tiles(figures.weekly)) {
            QVERIFY2(text.contains(tile.title), qPrintable(tile.title));
            QVERIFY2(text.contains(tile.value), qPrintable(tile.value));
            QVERIFY2(text.contains(tile.detail), qPrintable(tile.detail));
        }
        QVERIFY(text.contains(QStringLiteral("Total billed: ₹3,150.00")));
        // The charts are there as text too: vectors, not pictures.
        QVERIFY(text.contains(QStringLiteral("Weekly footfall")));
        QVERIFY(text.contains(QStringLiteral("Monthly footfall")));
        QVERIFY(text.contains(QStringLiteral("Coins issued and redeemed")));
        QVERIFY(text.contains(QStringLiteral("Jan 2026")));
        // The weekly table: each week from Monday with its scans, customers and bills.
        QVERIFY(text.contains(QStringLiteral("Weekly figures")));
        QVERIFY2(text.contains(QStringLiteral("22 Dec 2025 2 2 1 20 0")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("29 Dec 2025 0 0 0 0 0")));
        QCOMPARE(pages(path), 2);
    }

    void aYearRunsOntoMorePages()
    {
        const ui::AnalyticsSnapshot figures =
            snapshot(QDate(2025, 2, 1), QDate(2026, 1, 15), QStringLiteral("week"));
        const QString path = m_dir.filePath(QStringLiteral("year.pdf"));
        QVERIFY(ui::AnalyticsReport(QStringLiteral("Asha Kirana Stores"), figures,
                                    m_counter->server().clock().now())
                    .write(path)
                    .ok());
        const QString text = squeezed(pdfText(path));
        QVERIFY(text.contains(QStringLiteral("27 Jan 2025 0 0 0 0 0")));
        QVERIFY(text.contains(QStringLiteral("12 Jan 2026")));
        const int count = pages(path);
        QVERIFY2(count >= 3 && count <= 4, qPrintable(QString::number(count)));
    }

    void writesInHindi()
    {
        QTranslator hindi;
        QVERIFY(hindi.load(QStringLiteral(":/i18n/baartal_hi.qm")));
        QCoreApplication::installTranslator(&hindi);
        QLocale::setDefault(QLocale(QStringLiteral("hi_IN")));
        const ui::AnalyticsSnapshot figures =
            snapshot(QDate(2025, 12, 22), QDate(2026, 1, 15), QStringLiteral("day"));
        const QString path = m_dir.filePath(QStringLiteral("hindi.pdf"));
        const core::Status written =
            ui::AnalyticsReport(QStringLiteral("आशा किराना"), figures, m_counter->server().clock().now())
                .write(path);
        QCoreApplication::removeTranslator(&hindi);
        QVERIFY(written.ok());
        const QString text = squeezed(pdfText(path));
        QVERIFY2(text.contains(QStringLiteral("₹3,150.00")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("3")));
        QCOMPARE(pages(path), 2);
        // Devanagari came out as Devanagari, not as boxes: poppler reads the shop's name back (a word
        // without vowel signs, which pdftotext returns in the order they are drawn).
        QVERIFY2(text.contains(QStringLiteral("आशा")), qPrintable(text));
    }

    void replacesAnOldReportWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("again.pdf"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an older report");
        }
        const ui::AnalyticsSnapshot figures =
            snapshot(QDate(2026, 1, 9), QDate(2026, 1, 15), QStringLiteral("day"));
        QVERIFY(ui::AnalyticsReport(QStringLiteral("Asha Kirana Stores"), figures,
                                    m_counter->server().clock().now())
                    .write(path)
                    .ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
        // No temporary file is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("again*")}, QDir::Files),
                 QStringList{QStringLiteral("again.pdf")});
    }

    void aMissingFolderIsAnError()
    {
        const ui::AnalyticsSnapshot figures =
            snapshot(QDate(2026, 1, 9), QDate(2026, 1, 15), QStringLiteral("day"));
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
        const core::Status written = ui::AnalyticsReport(QStringLiteral("Asha Kirana Stores"), figures,
                                                         m_counter->server().clock().now())
                                         .write(path);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("report_not_written"));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestAnalyticsReport)
#include "tst_analytics_report.moc"
