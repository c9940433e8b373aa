// Counter: from the cashier's Enter to the sale committed at the counter (its own durable SQLite
// transaction with the outbox row, WAL and synchronous=FULL), and on to the server's answer settling it
// (the uploader's signed batch to a real server on loopback, SQLite, in this process). The counter
// screen is driven with keystrokes on the offscreen platform, as the GUI tests do.
//
//   QT_QPA_PLATFORM=offscreen bench_counter_confirm [--sales N]

#include "sync/client/sale_recorder.h"
#include "tests/sync/support/counter_fixture.h"
#include "ui/counter/counter_screen.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace baartal;
using testsupport::CounterFixture;

namespace {

QString summary(QList<double> milliseconds)
{
    std::sort(milliseconds.begin(), milliseconds.end());
    const auto at = [&](double share) {
        return milliseconds.at(std::min<qsizetype>(milliseconds.size() - 1,
                                                   static_cast<qsizetype>(share * milliseconds.size())));
    };
    return QStringLiteral("median %1 ms, p95 %2 ms, max %3 ms")
        .arg(at(0.5), 0, 'f', 1)
        .arg(at(0.95), 0, 'f', 1)
        .arg(milliseconds.constLast(), 0, 'f', 1);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("baartal.*.debug=false\nbaartal.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sales"), QStringLiteral("Sales to time."), QStringLiteral("n"),
                      QStringLiteral("200")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("sales")).toInt();

    auto fixture = CounterFixture::start(10);
    if (!fixture) {
        QTextStream(stderr) << "bench_counter_confirm: " << fixture.error().message << '\n';
        return 1;
    }
    CounterFixture& counter = **fixture;
    ui::CounterScreen screen(counter.store(), counter.recorder(), counter.api());
    screen.setMerchant(counter.merchant());
    screen.show();
    auto* customer = screen.findChild<QLineEdit*>(QStringLiteral("customer"));
    auto* bill = screen.findChild<QLineEdit*>(QStringLiteral("bill"));

    QElapsedTimer clock;
    clock.start();
    qint64 pressedAt = 0;
    QList<double> committed;
    QList<double> settled;
    QObject::connect(
        &counter.recorder(), &sync::SaleRecorder::saleSettled, &app,
        [&](const sync::CounterSale&) { settled.append((clock.nsecsElapsed() - pressedAt) / 1e6); });
    for (int sale = 0; sale < count; ++sale) {
        QTest::keyClicks(customer, counter.customerId());
        QTest::keyClick(customer, Qt::Key_Return);
        QTest::keyClicks(bill, QString::number(100 + sale));
        pressedAt = clock.nsecsElapsed();
        QTest::keyClick(bill, Qt::Key_Return); // records the sale before it returns
        committed.append((clock.nsecsElapsed() - pressedAt) / 1e6);
        if (!QTest::qWaitFor([&] { return settled.size() == sale + 1; }, 15000)) {
            QTextStream(stderr) << "bench_counter_confirm: sale " << sale << " was not settled\n";
            return 1;
        }
    }
    QTextStream out(stdout);
    out << count << " sales, one at a time\n";
    out << "Enter to committed at the counter: " << summary(committed) << '\n';
    out << "Enter to settled by the server:    " << summary(settled) << '\n';
    return 0;
}
