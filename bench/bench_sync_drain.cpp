// Counter sync: how fast the counter queues sales offline (each its own durable local commit, WAL and
// synchronous=FULL), then how fast SyncUploader drains them as signed batches to a real server on
// loopback (in this process, SQLite), enrolled and signed in as the POS would be.
//
//   bench_sync_drain [--count N] [--batch-size N] [--customers N]

#include "sync/client/counter_store.h"
#include "sync/client/outbox_repository.h"
#include "sync/client/sale_recorder.h"
#include "sync/client/sync_uploader.h"
#include "tests/sync/support/counter_fixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

using namespace baartal;
using testsupport::CounterFixture;

namespace {

int fail(const core::Error& error)
{
    QTextStream(stderr) << "bench_sync_drain: " << error.code << ": " << error.message << '\n';
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("baartal.*.debug=false\nbaartal.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"), QStringLiteral("Sales to queue."), QStringLiteral("n"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("batch-size"), QStringLiteral("Outbox rows per batch."),
                      QStringLiteral("n"), QStringLiteral("500")});
    // The server reads a customer's open coin lots on every sale: spread the sales so that the figure is
    // the sync path's, not one customer's history.
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Distinct customers."), QStringLiteral("n"),
                      QStringLiteral("100")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int batchSize = parser.value(QStringLiteral("batch-size")).toInt();
    const int customerCount = parser.value(QStringLiteral("customers")).toInt();
    if (count < 1 || batchSize < 1 || customerCount < 1) {
        QTextStream(stderr) << "bench_sync_drain: --count, --batch-size and --customers must be positive\n";
        return 2;
    }

    auto fixture = CounterFixture::start();
    if (!fixture) {
        return fail(fixture.error());
    }
    CounterFixture& counter = **fixture;
    QStringList customers{counter.customerId()};
    for (int i = 1; i < customerCount; ++i) {
        auto id = counter.server().registerCustomer(QStringLiteral("bench%1@example.in").arg(i));
        if (!id) {
            return fail(id.error());
        }
        customers.append(*id);
    }

    // A store of the bench's own, with no uploader attached while it fills: the counter is offline.
    QTemporaryDir dir;
    auto store = sync::CounterStore::open(dir.filePath(QStringLiteral("counter.sqlite")));
    if (!store) {
        return fail(store.error());
    }
    sync::SaleRecorder recorder(**store, counter.server().clock());
    recorder.setDeviceId(counter.device().deviceId);
    QElapsedTimer queueing;
    queueing.start();
    for (int i = 0; i < count; ++i) {
        auto sale = recorder.recordEarn(counter.merchant(), customers.at(i % customers.size()),
                                        core::Paise(5'000 + (i % 50) * 1'000));
        if (!sale) {
            return fail(sale.error());
        }
    }
    const double queueSeconds = double(queueing.nsecsElapsed()) / 1e9;

    counter.api().setTimeout(std::chrono::minutes(5));
    sync::SyncUploader uploader(counter.api(), (*store)->path(), counter.device(), counter.server().clock());
    uploader.setBatchSize(batchSize);
    std::optional<core::Error> refused;
    QEventLoop loop;
    QObject::connect(&uploader, &sync::SyncUploader::drained, &loop, &QEventLoop::quit);
    QObject::connect(&uploader, &sync::SyncUploader::stateChanged, &loop,
                     [&loop, &refused](const sync::SyncState& state) {
                         if (state.lastError) {
                             refused = state.lastError;
                             loop.quit();
                         }
                     });
    QElapsedTimer draining;
    draining.start();
    uploader.start();
    loop.exec();
    const double drainSeconds = double(draining.nsecsElapsed()) / 1e9;
    if (refused) {
        return fail(*refused);
    }
    const qint64 left = sync::OutboxRepository((*store)->database()).queuedCountAll().valueOr(-1);
    const qint64 onServer = counter.server().rowCount(QStringLiteral("transactions")).valueOr(-1);

    QTextStream out(stdout);
    out << "queued " << count << " sales in " << QString::number(queueSeconds, 'f', 2)
        << " s: " << QString::number(count / queueSeconds, 'f', 0) << " local commits/s\n"
        << "drained " << count << " in batches of " << batchSize << " in "
        << QString::number(drainSeconds, 'f', 2) << " s: " << QString::number(count / drainSeconds, 'f', 0)
        << " transactions/s\n"
        << "outbox rows left " << left << ", server transactions " << onServer << "\n";
    return left == 0 && onServer == count ? 0 : 1;
}
