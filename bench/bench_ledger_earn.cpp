// Earn transactions committed per second through LedgerService on a real SQLite file
// (WAL, synchronous=FULL): each sale is its own durable transaction, as at the counter.
//
//   bench_ledger_earn [--count N] [--customers N] [--database URL]

#include "bench/bench_database.h"
#include "core/bundles/bundle_repository.h"
#include "core/customers/customer_repository.h"
#include "core/ids/ids.h"
#include "core/ledger/ledger_invariant_checker.h"
#include "core/ledger/ledger_service.h"
#include "core/merchants/merchant_repository.h"
#include "core/storage/database.h"
#include "core/time/clock.h"
#include "core/users/user_repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>

using namespace baartal::core;
using baartal::bench::BenchDatabase;

namespace {

int fail(const Error& error)
{
    QTextStream(stderr) << "bench_ledger_earn: " << error.code << ": " << error.message << '\n';
    return 1;
}

QString addUser(Database& db, UserRole role)
{
    const QString id = Ids::newId();
    (void)UserRepository(db).add({id,
                                  id + QStringLiteral("@bench.in"),
                                  QStringLiteral("x"),
                                  role,
                                  QDateTime::currentDateTimeUtc(),
                                  {}});
    return id;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("baartal.*.debug=false\nbaartal.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"), QStringLiteral("Sales to record."), QStringLiteral("n"),
                      QStringLiteral("5000")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Distinct customers."), QStringLiteral("n"),
                      QStringLiteral("200")});
    BenchDatabase::addOption(parser);
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int customerCount = std::max(1, parser.value(QStringLiteral("customers")).toInt());

    BenchDatabase database;
    auto opened = database.open(parser);
    if (!opened) {
        return fail(opened.error());
    }
    Database& db = **opened;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString bundleId = Ids::newId();
    (void)BundleRepository(db).add({bundleId, QStringLiteral("Bench"), QStringLiteral("400001"), true, now});
    Merchant merchant;
    merchant.id = Ids::newId();
    merchant.userId = addUser(db, UserRole::Merchant);
    merchant.businessName = QStringLiteral("Bench Grocer");
    merchant.category = QStringLiteral("grocery");
    merchant.pincode = QStringLiteral("400001");
    merchant.address = QStringLiteral("Bench Road");
    merchant.qrCodeUrl = QStringLiteral("http://127.0.0.1/scan/") + merchant.id;
    merchant.bundleId = bundleId;
    merchant.approved = true;
    merchant.createdAt = now;
    if (Status added = MerchantRepository(db).add(merchant); !added) {
        return fail(added.error());
    }
    QStringList customers;
    for (int i = 0; i < customerCount; ++i) {
        const QString id = Ids::newId();
        (void)CustomerRepository(db).add({id, addUser(db, UserRole::Customer), {}, id.left(8), {}, {}, now});
        customers << id;
    }

    SystemClock clock;
    LedgerService ledger(db, clock);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        // Bills from ₹20 to ₹2,019.99; after everyone has earned once, every fifth sale redeems a coin.
        const SaleRequest sale{Ids::newId(),
                               customers.at(i % customerCount),
                               merchant.id,
                               Paise(2000 + (i * 7919) % 200000),
                               Coins(i >= customerCount && i % 5 == 4 ? 1 : 0),
                               {},
                               {}};
        if (auto recorded = ledger.recordSale(sale); !recorded) {
            return fail(recorded.error());
        }
    }
    const qint64 elapsedMs = std::max<qint64>(1, timer.elapsed());

    auto report = LedgerInvariantChecker(db).check(clock.now());
    if (!report) {
        return fail(report.error());
    }
    QTextStream out(stdout);
    out << "backend:            " << (db.dialect() == Dialect::Sqlite ? "sqlite" : "postgresql") << '\n'
        << "sales committed:    " << count << '\n'
        << "elapsed:            " << elapsedMs << " ms\n"
        << "earn txns / second: " << (qint64(count) * 1000 / elapsedMs) << '\n'
        << "ledger invariants:  " << (report->ok() ? "ok" : "VIOLATED") << '\n';
    return report->ok() ? 0 : 1;
}
