#include "core/ledger/ledger_service.h"
#include "tests/sync/support/counter_fixture.h"
#include "ui/history/history_export.h"
#include "ui/history/history_screen.h"
#include "ui/history/history_table_model.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace baartal;
using testsupport::CounterFixture;

namespace {

const QString kVoidReason = QStringLiteral("Keyed twice, \"wrong\" bill — ग्राहक ने कहा");
constexpr int kEarlySales = 55;

} // namespace

// The history screen against a real server in the test process, with sales seeded over two days of
// the fake clock (15 and 16 January 2026, India time), driven as a shopkeeper would.
class TestHistoryScreen : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CounterFixture> m_counter;
    std::unique_ptr<ui::HistoryScreen> m_screen;
    QString m_phoneCustomer;
    QString m_voided;
    QTemporaryDir m_dir;

    template <typename T>
    T* child(const char* name) const
    {
        return m_screen->findChild<T*>(QLatin1String(name));
    }
    QString status() const { return child<QLabel>("historyStatus")->text(); }
    int rows() const { return m_screen->model().rowCount(); }
    QString cell(int row, int column) const { return m_screen->model().index(row, column).data().toString(); }

    // Sets the day range and the other filters with keystrokes, then Enter in the customer field.
    bool searchFor(QDate from, QDate to, const QString& customer = {}, int typeIndex = 0)
    {
        child<QDateEdit>("historyFrom")->setDate(from);
        child<QDateEdit>("historyTo")->setDate(to);
        child<QComboBox>("historyType")->setCurrentIndex(typeIndex);
        QLineEdit* field = child<QLineEdit>("historyCustomer");
        field->clear();
        QTest::keyClicks(field, customer);
        QSignalSpy shown(m_screen.get(), &ui::HistoryScreen::pageShown);
        QTest::keyClick(field, Qt::Key_Return);
        return !shown.isEmpty() || shown.wait(10'000);
    }

    static QList<QStringList> parseCsv(const QByteArray& bytes);

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto counter = CounterFixture::start();
        QVERIFY2(counter.ok(), qPrintable(counter.ok() ? QString() : counter.error().message));
        m_counter = std::move(*counter);
        testsupport::ServerFixture& server = m_counter->server();
        auto phone = server.registerCustomer(QStringLiteral("98200 12345"));
        QVERIFY(phone.ok());
        m_phoneCustomer = *phone;
        const QString shop = m_counter->merchant().id;
        core::LedgerService ledger(server.database(), server.clock());
        auto sale = [&](const QString& customer, qint64 paise, qint64 redeem) {
            auto sold =
                ledger.recordSale({{}, customer, shop, core::Paise(paise), core::Coins(redeem), {}, {}});
            server.clock().advanceSecs(60);
            return sold ? sold->transaction.id : QString();
        };
        // 15 January (India time): many small sales, then a big one to the phone customer.
        for (int i = 0; i < kEarlySales; ++i) {
            QVERIFY(!sale(m_counter->customerId(), 10'000, 0).isEmpty());
        }
        QVERIFY(!sale(m_phoneCustomer, 12'345'650, 0).isEmpty());
        // 16 January: a redemption and a void with a reason a spreadsheet must quote.
        server.clock().advanceDays(1);
        m_voided = sale(m_counter->customerId(), 20'000, 0);
        QVERIFY(!sale(m_counter->customerId(), 20'000, 20).isEmpty());
        QVERIFY(ledger.voidTransaction(m_voided, kVoidReason, {}).ok());
    }

    void init()
    {
        m_screen = std::make_unique<ui::HistoryScreen>(m_counter->api());
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    }

    void cleanup()
    {
        m_screen.reset();
        m_counter->restoreTheNetwork();
    }

    void cleanupTestCase() { m_counter.reset(); }

    void startsWithTheLastSevenDaysAndAPrompt()
    {
        const QDate today = child<QDateEdit>("historyTo")->date();
        QCOMPARE(child<QDateEdit>("historyFrom")->date(), today.addDays(-6));
        QCOMPARE(rows(), 0);
        QVERIFY(status().contains(QStringLiteral("press Enter")));
        QVERIFY(!child<QPushButton>("historyLoadMore")->isEnabled());
    }

    void filtersNarrowTheTable()
    {
        const QDate day15(2026, 1, 15);
        const QDate day16(2026, 1, 16);
        QVERIFY(searchFor(day16, day16));
        QCOMPARE(rows(), 3);
        QCOMPARE(cell(0, ui::HistoryTableModel::Type), QStringLiteral("Void"));
        QCOMPARE(cell(0, ui::HistoryTableModel::Status), QStringLiteral("Reverses an earlier sale"));
        QCOMPARE(cell(1, ui::HistoryTableModel::Type), QStringLiteral("Redeem"));
        QCOMPARE(cell(1, ui::HistoryTableModel::Redeemed), QStringLiteral("20"));
        QCOMPARE(cell(2, ui::HistoryTableModel::Status), QStringLiteral("Voided"));
        QCOMPARE(cell(2, ui::HistoryTableModel::Customer), QStringLiteral("as•••@example.in"));
        QCOMPARE(status(), QStringLiteral("Showing 3 of 3 transactions."));

        QVERIFY(searchFor(day15, day16, {}, 3)); // voids only
        QCOMPARE(rows(), 1);
        QCOMPARE(cell(0, ui::HistoryTableModel::Bill), QStringLiteral("₹200.00"));

        // The phone as a cashier types it, +91 and all.
        QVERIFY(searchFor(day15, day16, QStringLiteral("+91 98200-12345")));
        QCOMPARE(rows(), 1);
        QCOMPARE(cell(0, ui::HistoryTableModel::Customer), QStringLiteral("98•••••345"));
        QCOMPARE(cell(0, ui::HistoryTableModel::Bill), QStringLiteral("₹1,23,456.50"));
        QCOMPARE(cell(0, ui::HistoryTableModel::Earned), QStringLiteral("6,172"));

        QVERIFY(searchFor(QDate(2026, 1, 17), QDate(2026, 1, 20)));
        QCOMPARE(rows(), 0);
        QCOMPARE(status(), QStringLiteral("No transactions match these filters."));

        QVERIFY(searchFor(day15, day16, QStringLiteral("not a phone")));
        QCOMPARE(rows(), 0);
        QVERIFY(status().contains(QStringLiteral("refused")));
    }

    void startAfterEndIsRefusedWithoutAsking()
    {
        QVERIFY(searchFor(QDate(2026, 1, 16), QDate(2026, 1, 15)));
        QCOMPARE(status(), QStringLiteral("The start date is after the end date."));
    }

    void loadMoreAppendsTheNextPage()
    {
        QVERIFY(searchFor(QDate(2026, 1, 15), QDate(2026, 1, 16)));
        QCOMPARE(rows(), 50);
        const int total = kEarlySales + 4;
        QCOMPARE(status(), QStringLiteral("Showing 50 of %1 transactions.").arg(total));
        QPushButton* more = child<QPushButton>("historyLoadMore");
        QVERIFY(more->isEnabled());
        const QString firstOfSecondPage = cell(49, ui::HistoryTableModel::Time);
        QSignalSpy shown(m_screen.get(), &ui::HistoryScreen::pageShown);
        QTest::keyClick(more, Qt::Key_Space);
        QVERIFY(shown.wait(10'000));
        QCOMPARE(rows(), total);
        QVERIFY(!more->isEnabled());
        QCOMPARE(cell(49, ui::HistoryTableModel::Time), firstOfSecondPage);
        QCOMPARE(cell(total - 1, ui::HistoryTableModel::Bill), QStringLiteral("₹100.00"));
    }

    // The whole filtered listing, every page of it, with a header, quoting and Devanagari intact.
    void exportWritesEveryRowOfTheFilter()
    {
        child<QDateEdit>("historyFrom")->setDate(QDate(2026, 1, 15));
        child<QDateEdit>("historyTo")->setDate(QDate(2026, 1, 16));
        const QString path = m_dir.filePath(QStringLiteral("all.csv"));
        QSignalSpy finished(m_screen.get(), &ui::HistoryScreen::exportFinished);
        m_screen->exportTo(path);
        QVERIFY(finished.wait(20'000));
        QVERIFY(finished.at(0).at(0).value<core::Status>().ok());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> csv = parseCsv(bytes.mid(3));
        QCOMPARE(csv.size(), 1 + kEarlySales + 4);
        QCOMPARE(csv.first(), ui::HistoryExport::header());
        QSet<QString> ids;
        for (qsizetype i = 1; i < csv.size(); ++i) {
            QCOMPARE(csv.at(i).size(), csv.first().size());
            ids.insert(csv.at(i).at(1));
        }
        QCOMPARE(ids.size(), kEarlySales + 4);

        const QStringList voidRow = csv.at(1);
        QCOMPARE(voidRow.at(2), QStringLiteral("void"));
        QCOMPARE(voidRow.at(5), QStringLiteral("200.00"));
        QCOMPARE(voidRow.at(9), m_voided);
        QCOMPARE(voidRow.last(), kVoidReason);
        QVERIFY(bytes.contains(
            QStringLiteral(",\"Keyed twice, \"\"wrong\"\" bill — ग्राहक ने कहा\"\r\n").toUtf8()));
        const QStringList voidedRow = csv.at(3);
        QCOMPARE(voidedRow.at(8), QStringLiteral("voided"));
        QVERIFY2(voidedRow.at(0).startsWith(QStringLiteral("2026-01-16T16:")), qPrintable(voidedRow.at(0)));
        QVERIFY(voidedRow.at(0).endsWith(QStringLiteral("+05:30")));
        const QStringList big = csv.at(4);
        QCOMPARE(big.at(3), QStringLiteral("98•••••345"));
        QCOMPARE(big.at(5), QStringLiteral("123456.50"));
        QVERIFY(!bytes.contains("9820012345"));
        QVERIFY(child<QLabel>("historyExportStatus")->text().contains(path));
    }

    void exportFollowsTheFilters()
    {
        child<QDateEdit>("historyFrom")->setDate(QDate(2026, 1, 15));
        child<QDateEdit>("historyTo")->setDate(QDate(2026, 1, 15));
        const QString path = m_dir.filePath(QStringLiteral("day15.csv"));
        QSignalSpy finished(m_screen.get(), &ui::HistoryScreen::exportFinished);
        m_screen->exportTo(path);
        QVERIFY(finished.wait(20'000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(file.readAll().mid(3)).size(), 1 + kEarlySales + 1);
    }

    void cancelledExportLeavesNoFile()
    {
        child<QDateEdit>("historyFrom")->setDate(QDate(2026, 1, 15));
        child<QDateEdit>("historyTo")->setDate(QDate(2026, 1, 16));
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        QSignalSpy finished(m_screen.get(), &ui::HistoryScreen::exportFinished);
        m_screen->exportTo(path);
        QVERIFY(child<QPushButton>("historyCancelExport")->isVisibleTo(m_screen.get()));
        QTest::keyClick(child<QPushButton>("historyCancelExport"), Qt::Key_Space);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<core::Status>().error().code, QStringLiteral("export_cancelled"));
        QTest::qWait(200);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files), QStringList());
    }

    void offlineSaysHistoryNeedsTheServer()
    {
        m_counter->cutTheNetwork();
        QVERIFY(searchFor(QDate(2026, 1, 15), QDate(2026, 1, 16)));
        QCOMPARE(rows(), 0);
        QVERIFY2(status().contains(QStringLiteral("needs the server")), qPrintable(status()));

        const QString path = m_dir.filePath(QStringLiteral("offline.csv"));
        QSignalSpy finished(m_screen.get(), &ui::HistoryScreen::exportFinished);
        m_screen->exportTo(path);
        QVERIFY(finished.wait(20'000));
        QVERIFY(!finished.at(0).at(0).value<core::Status>().ok());
        QVERIFY(!QFile::exists(path));
        QVERIFY(child<QLabel>("historyExportStatus")->text().contains(QStringLiteral("no file was written")));
    }
};

// RFC 4180 read back: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> TestHistoryScreen::parseCsv(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

QTEST_MAIN(TestHistoryScreen)
#include "tst_history_screen.moc"
