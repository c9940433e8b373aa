// How long merchant analytics take for a busy shop in a database of many transactions: loads a year of
// sales and scans across several shops (one busy) straight into the tables in one database transaction,
// then times MerchantAnalyticsService for that shop over 30 days by day and a year by week and month.
//
//   bench_merchant_analytics [--transactions N] [--customers N] [--shops N] [--repeat N]
//                            [--database URL] [--skip-load]
//
// With --skip-load the database already holds an earlier load (a file or a server kept from a previous
// run), so the same data can be timed again, e.g. after trying an index.

#include "bench/bench_database.h"
#include "core/analytics/merchant_analytics_service.h"
#include "core/bundles/bundle_repository.h"
#include "core/customers/customer_repository.h"
#include "core/ids/ids.h"
#include "core/ledger/journal.h"
#include "core/merchants/merchant_repository.h"
#include "core/storage/database.h"
#include "core/storage/sql_values.h"
#include "core/storage/transaction_guard.h"
#include "core/time/clock.h"
#include "core/time/india_time.h"
#include "core/users/user_repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <random>

using namespace baartal::core;
using baartal::bench::BenchDatabase;

namespace {

// Rows per INSERT: well under both engines' limits on bound values (SQLite 32,766; PostgreSQL 65,535).
constexpr int kRowsPerInsert = 500;
// The load's last day; its year of data ends here.
const QDate kLastDay(2026, 1, 31);

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

int fail(const Error& error)
{
    QTextStream(stderr) << "bench_merchant_analytics: " << error.code << ": " << error.message << '\n';
    return 1;
}

// Collects rows for one table and writes them kRowsPerInsert at a time.
class BulkInsert {
public:
    BulkInsert(Database& database, QString table, QString columns, int width)
        : m_database(database)
        , m_table(std::move(table))
        , m_columns(std::move(columns))
        , m_width(width)
    {
    }

    Status add(const QVariantList& row)
    {
        m_values += row;
        ++m_rows;
        ++m_written;
        return m_rows == kRowsPerInsert ? flush() : Status();
    }

    Status flush()
    {
        if (m_rows == 0) {
            return {};
        }
        QStringList tuples;
        const QString tuple = QLatin1Char('(') + SqlValues::placeholders(m_width) + QLatin1Char(')');
        tuples.fill(tuple, m_rows);
        auto inserted = m_database.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                            .arg(m_table, m_columns, tuples.join(QLatin1Char(','))),
                                        m_values);
        m_values.clear();
        m_rows = 0;
        return inserted ? Status() : Status(inserted.error());
    }

    qint64 written() const { return m_written; }

private:
    Database& m_database;
    QString m_table;
    QString m_columns;
    int m_width;
    QVariantList m_values;
    int m_rows = 0;
    qint64 m_written = 0;
};

QString addUser(Database& db, UserRole role, const QDateTime& at)
{
    const QString id = Ids::newId();
    (void)UserRepository(db).add({id, id + QStringLiteral("@bench.in"), QStringLiteral("x"), role, at, {}});
    return id;
}

struct Load {
    QString busyShop;
    qint64 transactions = 0;
    qint64 scans = 0;
};

// A year of trade: sales between 09:00 and 22:00 in India, a third of them at the busy shop and the rest
// spread over the others; one in five redeems coins; one in two hundred is voided an hour later; half
// the sales follow a counter scan and some scans buy nothing; a few percent of the rows are the
// platform's (referral bonuses, expiry) with no shop. Postings and coin lots are not written: analytics
// reads neither.
Result<Load> load(Database& db, qint64 count, int customerCount, int shopCount)
{
    auto transaction = TransactionGuard::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    const QDateTime start = IndiaTime::startOfDay(kLastDay.addDays(-364));
    QStringList shops;
    for (int i = 0; i < shopCount; ++i) {
        const QString bundleId = Ids::newId();
        if (Status added = BundleRepository(db).add(
                {bundleId, QStringLiteral("Bench"), QStringLiteral("400001"), true, start});
            !added) {
            return added.error();
        }
        Merchant merchant;
        merchant.id = Ids::newId();
        merchant.userId = addUser(db, UserRole::Merchant, start);
        merchant.businessName = QStringLiteral("Bench shop %1").arg(i);
        merchant.category = QStringLiteral("grocery");
        merchant.pincode = QStringLiteral("400001");
        merchant.address = QStringLiteral("Bench Road");
        merchant.qrCodeUrl = QStringLiteral("http://127.0.0.1/scan/") + merchant.id;
        merchant.bundleId = bundleId;
        merchant.approved = true;
        merchant.createdAt = start;
        if (Status added = MerchantRepository(db).add(merchant); !added) {
            return added.error();
        }
        shops << merchant.id;
    }
    QStringList customers;
    for (int i = 0; i < customerCount; ++i) {
        const QString id = Ids::newId();
        if (Status added = CustomerRepository(db).add(
                {id, addUser(db, UserRole::Customer, start), {}, id, {}, {}, start});
            !added) {
            return added.error();
        }
        customers << id;
    }

    std::mt19937_64 random(20260131);
    const auto below = [&random](qint64 n) {
        return qint64(std::uniform_int_distribution<qint64>(0, n - 1)(random));
    };
    constexpr qint64 kDayMs = 86'400'000;
    constexpr qint64 kOpenMs = 9 * 3'600'000;
    constexpr qint64 kOpenHoursMs = 13 * 3'600'000;
    BulkInsert transactions(
        db, QStringLiteral("transactions"),
        QStringLiteral("txn_id, type, customer_id, merchant_id, amount_paise, bcoins_earned, "
                       "bcoins_spent, voids_txn_id, created_at"),
        9);
    BulkInsert scans(db, QStringLiteral("scans"), QStringLiteral("id, customer_id, merchant_id, created_at"),
                     4);
    const auto insert = [&transactions](const LedgerTransaction& t, const QDateTime& at) {
        return transactions.add({t.id.isEmpty() ? Ids::newId() : t.id, toText(t.type), t.customerId,
                                 SqlValues::fromOptionalText(t.merchantId), t.amount.value(),
                                 t.earned.value(), t.spent.value(), SqlValues::fromOptionalText(t.voidsTxnId),
                                 SqlValues::fromTime(at)});
    };
    while (transactions.written() < count) {
        const QDateTime at = start.addMSecs(below(365) * kDayMs + kOpenMs + below(kOpenHoursMs));
        const QString customer = customers.at(below(customerCount));
        const qint64 kind = below(100);
        if (kind < 3) {
            const LedgerTransaction platform = kind < 1 ? Journal::referralBonus(customer, Coins(50))
                                                        : Journal::expiry(customer, Coins(1 + below(200)));
            if (Status added = insert(platform, at); !added) {
                return added.error();
            }
            continue;
        }
        const QString shop = below(3) == 0 ? shops.first() : shops.at(1 + below(shopCount - 1));
        const Paise bill(2000 + below(300000));
        const Coins redeem(below(5) == 0 ? 1 + below(bill.value() / 500) : 0);
        const Coins earned((bill.value() - redeem.value() * Coins::kPaisePerCoin) * 5 / 10000);
        LedgerTransaction sale = Journal::sale(customer, shop, bill, redeem, earned);
        sale.id = Ids::newId();
        if (below(2) == 0) {
            if (Status added =
                    scans.add({Ids::newId(), customer, shop, SqlValues::fromTime(at.addSecs(-60))});
                !added) {
                return added.error();
            }
        }
        if (below(10) == 0) {
            if (Status added = scans.add({Ids::newId(), customers.at(below(customerCount)), shop,
                                          SqlValues::fromTime(at.addSecs(-30))});
                !added) {
                return added.error();
            }
        }
        if (Status added = insert(sale, at); !added) {
            return added.error();
        }
        if (below(200) == 0) {
            if (Status added = insert(Journal::reversal(sale, QStringLiteral("bench")), at.addSecs(3600));
                !added) {
                return added.error();
            }
        }
    }
    for (BulkInsert* table : {&transactions, &scans}) {
        if (Status flushed = table->flush(); !flushed) {
            return flushed.error();
        }
    }
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return Load{shops.first(), transactions.written(), scans.written()};
}

// The shop with the most transactions, in a database loaded by an earlier run.
Result<Load> loaded(Database& db)
{
    auto busiest =
        db.exec(QStringLiteral("SELECT merchant_id, COUNT(*) FROM transactions WHERE merchant_id IS NOT "
                               "NULL GROUP BY merchant_id ORDER BY COUNT(*) DESC LIMIT 1"));
    if (!busiest) {
        return busiest.error();
    }
    if (!(*busiest)->next()) {
        return Error::notFound(QStringLiteral("nothing_loaded"),
                               QStringLiteral("The database holds no sales."));
    }
    Load found{(*busiest)->value(0).toString()};
    for (const auto& [table, total] : {std::pair{QStringLiteral("transactions"), &found.transactions},
                                       std::pair{QStringLiteral("scans"), &found.scans}}) {
        auto rows = db.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        if (!rows) {
            return rows.error();
        }
        *total = (*rows)->next() ? (*rows)->value(0).toLongLong() : 0;
    }
    return found;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("baartal.*.debug=false\nbaartal.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("transactions"), QStringLiteral("Transactions to load."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Distinct customers."), QStringLiteral("n"),
                      QStringLiteral("20000")});
    parser.addOption({QStringLiteral("shops"), QStringLiteral("Shops, the first one busy (at least 2)."),
                      QStringLiteral("n"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Timed runs of each query."),
                      QStringLiteral("n"), QStringLiteral("5")});
    BenchDatabase::addOption(parser);
    parser.addOption({QStringLiteral("skip-load"), QStringLiteral("Time the data an earlier run loaded.")});
    parser.process(app);
    const qint64 count = parser.value(QStringLiteral("transactions")).toLongLong();
    const int customerCount = std::max(1, parser.value(QStringLiteral("customers")).toInt());
    const int shopCount = std::max(2, parser.value(QStringLiteral("shops")).toInt());
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    BenchDatabase database;
    auto opened = database.open(parser);
    if (!opened) {
        return fail(opened.error());
    }
    Database& db = **opened;

    QTextStream out(stdout);
    out << "backend:       " << (db.dialect() == Dialect::Sqlite ? "sqlite" : "postgresql") << '\n';
    QElapsedTimer timer;
    timer.start();
    auto data =
        parser.isSet(QStringLiteral("skip-load")) ? loaded(db) : load(db, count, customerCount, shopCount);
    if (!data) {
        return fail(data.error());
    }
    if (!parser.isSet(QStringLiteral("skip-load"))) {
        out << "loaded in:     " << timer.elapsed() << " ms\n";
    }
    // Fresh statistics and, on PostgreSQL, a visibility map (so index-only scans skip the heap), as a
    // production database has once autovacuum has been by.
    const QString analyse =
        db.dialect() == Dialect::Sqlite ? QStringLiteral("ANALYZE") : QStringLiteral("VACUUM ANALYZE");
    if (Status analysed = db.execDirect(analyse); !analysed) {
        return fail(analysed.error());
    }
    out << "transactions:  " << data->transactions << '\n' << "scans:         " << data->scans << '\n';

    FixedClock clock(IndiaTime::startOfDay(kLastDay).addSecs(12 * 3600));
    MerchantAnalyticsService service(db, clock);
    const struct {
        const char* name;
        int days;
        Granularity granularity;
    } queries[] = {{"30 days by day", 30, Granularity::Day},
                   {"1 year by week", 365, Granularity::Week},
                   {"1 year by month", 365, Granularity::Month}};
    for (const auto& query : queries) {
        QList<qint64> times;
        qint64 sales = 0;
        const std::clock_t cpuStart = std::clock();
        for (int run = 0; run < repeat; ++run) {
            timer.restart();
            auto analytics = service.analyse(
                {data->busyShop, kLastDay.addDays(1 - query.days), kLastDay, query.granularity});
            if (!analytics) {
                return fail(analytics.error());
            }
            times.append(timer.nsecsElapsed() / 1000);
            sales = analytics->totals.sales;
        }
        // This process's CPU per run: on a shared machine wall time also counts waiting for a core. (On
        // PostgreSQL the server's own CPU is not in it.)
        const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC / repeat;
        std::sort(times.begin(), times.end());
        out << QStringLiteral("%1: %2 sales, best %3 ms, median %4 ms, client cpu %5 ms\n")
                   .arg(QLatin1String(query.name), -16)
                   .arg(sales)
                   .arg(times.first() / 1000.0, 0, 'f', 1)
                   .arg(times.at(times.size() / 2) / 1000.0, 0, 'f', 1)
                   .arg(cpuMs, 0, 'f', 1);
    }
    return 0;
}
