// The counter's recent-sales panel and receipts: how long reading today's sales from a counter store
// with a long history takes (the panel reads them on the GUI thread), and how long one receipt takes to
// lay out and write as a PDF on each paper (the panel does that on a worker).
//
//   QT_QPA_PLATFORM=offscreen bench_receipts [--days N] [--per-day N] [--runs N]

#include "core/ids/ids.h"
#include "core/storage/transaction_guard.h"
#include "sync/client/counter_sale_repository.h"
#include "sync/client/counter_store.h"
#include "ui/counter/recent_sales_panel.h"
#include "ui/receipt/receipt.h"
#include "ui/receipt/receipt_printer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace baartal;

namespace {

int fail(const core::Error& error)
{
    QTextStream(stderr) << "bench_receipts: " << error.code << ": " << error.message << '\n';
    return 1;
}

// Best and median of `runs` timings of `work`, in microseconds.
template <typename Work>
QString timed(int runs, Work work)
{
    QList<qint64> micros;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        micros.append(timer.nsecsElapsed() / 1000);
    }
    std::sort(micros.begin(), micros.end());
    return QStringLiteral("best %1 µs, median %2 µs").arg(micros.first()).arg(micros.at(micros.size() / 2));
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("baartal.*.debug=false\nbaartal.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("days"), QStringLiteral("Days of history at the counter."),
                      QStringLiteral("n"), QStringLiteral("365")});
    parser.addOption({QStringLiteral("per-day"), QStringLiteral("Sales a day."), QStringLiteral("n"),
                      QStringLiteral("300")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs of each step."), QStringLiteral("n"),
                      QStringLiteral("20")});
    parser.process(app);
    const int days = parser.value(QStringLiteral("days")).toInt();
    const int perDay = parser.value(QStringLiteral("per-day")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    if (days < 1 || perDay < 1 || runs < 1) {
        QTextStream(stderr) << "bench_receipts: --days, --per-day and --runs must be positive\n";
        return 2;
    }

    QTemporaryDir dir;
    auto store = sync::CounterStore::open(dir.filePath(QStringLiteral("counter.sqlite")));
    if (!store) {
        return fail(store.error());
    }
    const QString merchant = core::Ids::newId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    sync::CounterSaleRepository sales((*store)->database());
    {
        auto transaction = core::TransactionGuard::begin((*store)->database());
        if (!transaction) {
            return fail(transaction.error());
        }
        for (int day = 0; day < days; ++day) {
            for (int i = 0; i < perDay; ++i) {
                sync::CounterSale sale;
                sale.clientTxnId = core::Ids::newId();
                sale.merchantId = merchant;
                sale.customerId = core::Ids::newId();
                sale.bill = core::Paise(10000 + i);
                sale.issueRate = 5;
                sale.coinsEarnedLocal = core::Coins(5);
                sale.createdAt = now.addDays(-day).addSecs(-i);
                sale.updatedAt = sale.createdAt;
                if (core::Status added = sales.add(sale); !added) {
                    return fail(added.error());
                }
            }
        }
        if (core::Status committed = transaction->commit(); !committed) {
            return fail(committed.error());
        }
    }
    QTextStream out(stdout);
    out << "counter store: " << days * perDay << " sales over " << days << " days, " << perDay << " today\n";

    const QDateTime startOfDay(now.toLocalTime().date(), QTime(0, 0));
    qsizetype listed = 0;
    const QString query = timed(runs, [&] {
        auto today = sales.since(merchant, startOfDay, ui::RecentSalesPanel::kMaxSales);
        listed = today ? today->size() : -1;
    });
    out << "today's sales (" << listed << " rows): " << query << '\n';

    auto newest = sales.recent(merchant, 1);
    if (!newest || newest->isEmpty()) {
        return fail(newest ? core::Error::internal(QStringLiteral("no_sale"), QStringLiteral("no sale"))
                           : newest.error());
    }
    sync::MerchantProfile shop;
    shop.businessName = QStringLiteral("Sharma General Store");
    const ui::Receipt receipt = ui::Receipt::of(newest->first(), shop);
    for (ui::ReceiptPaper paper :
         {ui::ReceiptPaper::Roll58mm, ui::ReceiptPaper::Roll80mm, ui::ReceiptPaper::A4}) {
        const ui::ReceiptPrinter printer(QString(), paper);
        const QString path = dir.filePath(QStringLiteral("receipt-%1.pdf").arg(ui::toText(paper)));
        core::Status written;
        const QString figure = timed(runs, [&] { written = printer.writePdf(receipt, path); });
        if (!written) {
            return fail(written.error());
        }
        out << "receipt PDF, " << ui::toText(paper) << ": " << figure << '\n';
    }
    return 0;
}
