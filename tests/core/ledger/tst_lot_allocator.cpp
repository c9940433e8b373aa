#include "core/ledger/coin_lot.h"
#include "core/ledger/expiry_policy.h"
#include "core/ledger/lot_allocator.h"

#include <QTest>
#include <QTimeZone>

#include <limits>

using baartal::core::CoinLot;
using baartal::core::Coins;
using baartal::core::ExpiryPolicy;
using baartal::core::LotAllocation;
using baartal::core::LotAllocator;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

CoinLot lot(const char* id, qint64 remaining, const char* earnedAt, const char* expiresAt)
{
    return CoinLot{QString::fromLatin1(id),
                   QStringLiteral("cus_1"),
                   Coins(remaining),
                   Coins(remaining),
                   earnedAt ? utc(earnedAt) : QDateTime(),
                   expiresAt ? utc(expiresAt) : QDateTime()};
}

// One customer's lots, deliberately out of order. At kNow: a and g are expired (g exactly at kNow),
// c and b share an expiry (c earned first), e and f share both dates (ordered by id), d and h are empty.
QList<CoinLot> customerLots()
{
    return {
        lot("e", 40, "2024-05-01T09:00:00Z", "2024-06-30T09:00:00Z"),
        lot("a", 30, "2024-04-01T09:00:00Z", "2024-05-31T09:00:00Z"),
        lot("f", 7, "2024-05-01T09:00:00Z", "2024-06-30T09:00:00Z"),
        lot("b", 10, "2024-04-10T09:00:00Z", "2024-06-09T09:00:00Z"),
        lot("d", 0, "2024-04-20T09:00:00Z", "2024-06-19T09:00:00Z"),
        lot("g", 8, "2024-04-02T12:00:00Z", "2024-06-01T12:00:00Z"),
        lot("c", 5, "2024-04-05T09:00:00Z", "2024-06-09T09:00:00Z"),
        lot("h", 0, "2024-03-01T09:00:00Z", "2024-04-30T09:00:00Z"),
    };
}

const char* const kNow = "2024-06-01T12:00:00Z";

QString describe(const QList<LotAllocation>& allocations)
{
    QStringList parts;
    for (const LotAllocation& allocation : allocations) {
        parts.append(allocation.lotId % u':' % QString::number(allocation.coins.value()));
    }
    return parts.join(u',');
}

} // namespace

class TstLotAllocator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void expiresAt_data();
    void expiresAt();
    void expiryDays_data();
    void expiryDays();
    void isExpiredAt_data();
    void isExpiredAt();
    void balances_data();
    void balances();
    void consumeFifo_data();
    void consumeFifo();
    void insufficientBalanceNamesBothNumbers();
    void lotWithoutExpiryIsDrawnLast();
    void expire_data();
    void expire();
    void spendableSaturates();
};

void TstLotAllocator::expiresAt_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("earnedAt");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("default 60 days across a leap February")
        << ExpiryPolicy::kDefaultDays << utc("2024-01-01T10:00:00Z") << utc("2024-03-01T10:00:00Z");
    QTest::newRow("60 days in a common year")
        << 60 << utc("2023-01-01T10:00:00Z") << utc("2023-03-02T10:00:00Z");
    QTest::newRow("one day") << 1 << utc("2024-12-31T23:59:59Z") << utc("2025-01-01T23:59:59Z");
    QTest::newRow("IST earn expires in UTC")
        << 60 << QDateTime(QDate(2024, 1, 1), QTime(0, 30), QTimeZone(19800)) << utc("2024-02-29T19:00:00Z");
}

void TstLotAllocator::expiresAt()
{
    QFETCH(int, days);
    QFETCH(QDateTime, earnedAt);
    QFETCH(QDateTime, expected);

    const QDateTime expiresAt = ExpiryPolicy(days).expiresAt(earnedAt);
    QCOMPARE(expiresAt, expected);
    QCOMPARE(expiresAt.timeSpec(), Qt::UTC);
}

void TstLotAllocator::expiryDays_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("0") << 0 << false;
    QTest::newRow("negative") << -5 << false;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("60") << 60 << true;
    QTest::newRow("ten years") << ExpiryPolicy::kMaxDays << true;
    QTest::newRow("past ten years") << ExpiryPolicy::kMaxDays + 1 << false;
}

void TstLotAllocator::expiryDays()
{
    QFETCH(int, days);
    QFETCH(bool, accepted);

    QCOMPARE(ExpiryPolicy().days(), 60);
    const auto policy = ExpiryPolicy::withDays(days);
    QCOMPARE(policy.ok(), accepted);
    if (accepted) {
        QCOMPARE(policy->days(), days);
    } else {
        QCOMPARE(policy.error().code, QStringLiteral("invalid_expiry_days"));
    }
}

void TstLotAllocator::isExpiredAt_data()
{
    QTest::addColumn<QDateTime>("expiresAt");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("expired");

    const QDateTime expiry = utc("2024-06-01T12:00:00Z");
    QTest::newRow("a second before") << expiry << expiry.addSecs(-1) << false;
    QTest::newRow("at the instant") << expiry << expiry << true;
    QTest::newRow("after") << expiry << expiry.addDays(1) << true;
    QTest::newRow("same instant in IST") << expiry << expiry.toTimeZone(QTimeZone(19800)) << true;
    QTest::newRow("no expiry never lapses") << QDateTime() << expiry.addYears(100) << false;
}

void TstLotAllocator::isExpiredAt()
{
    QFETCH(QDateTime, expiresAt);
    QFETCH(QDateTime, now);
    QFETCH(bool, expired);

    CoinLot coinLot;
    coinLot.expiresAt = expiresAt;
    QCOMPARE(coinLot.isExpiredAt(now), expired);
}

void TstLotAllocator::balances_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("spendable");
    QTest::addColumn<qint64>("expired");

    QTest::newRow("before any expiry") << utc("2024-05-01T00:00:00Z") << qint64{100} << qint64{0};
    QTest::newRow("now") << utc(kNow) << qint64{62} << qint64{38};
    QTest::newRow("b and c lapse at their instant")
        << utc("2024-06-09T09:00:00Z") << qint64{47} << qint64{53};
    QTest::newRow("everything expired") << utc("2024-07-01T00:00:00Z") << qint64{0} << qint64{100};
}

void TstLotAllocator::balances()
{
    QFETCH(QDateTime, now);
    QFETCH(qint64, spendable);
    QFETCH(qint64, expired);

    QCOMPARE(LotAllocator::spendable(customerLots(), now).value(), spendable);
    QCOMPARE(LotAllocator::expiredRemaining(customerLots(), now).value(), expired);
    QCOMPARE(LotAllocator::spendable({}, now).value(), qint64{0});
}

void TstLotAllocator::consumeFifo_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("allocations");
    QTest::addColumn<QString>("errorCode");

    const QString ok;
    QTest::newRow("nothing") << qint64{0} << "" << ok;
    QTest::newRow("part of the soonest lot") << qint64{3} << "c:3" << ok;
    QTest::newRow("exactly the soonest lot") << qint64{5} << "c:5" << ok;
    QTest::newRow("spills into the tie") << qint64{6} << "c:5,b:1" << ok;
    QTest::newRow("two lots exactly") << qint64{15} << "c:5,b:10" << ok;
    QTest::newRow("into the later lots") << qint64{16} << "c:5,b:10,e:1" << ok;
    QTest::newRow("id breaks the full tie") << qint64{56} << "c:5,b:10,e:40,f:1" << ok;
    QTest::newRow("whole spendable balance") << qint64{62} << "c:5,b:10,e:40,f:7" << ok;
    QTest::newRow("one more than spendable") << qint64{63} << "" << QStringLiteral("insufficient_balance");
    QTest::newRow("all lots including expired")
        << qint64{100} << "" << QStringLiteral("insufficient_balance");
    QTest::newRow("negative") << qint64{-1} << "" << QStringLiteral("invalid_amount");
}

void TstLotAllocator::consumeFifo()
{
    QFETCH(qint64, amount);
    QFETCH(QString, allocations);
    QFETCH(QString, errorCode);

    const auto result = LotAllocator::consumeFifo(customerLots(), Coins(amount), utc(kNow));
    if (errorCode.isEmpty()) {
        QVERIFY(result.ok());
        QCOMPARE(describe(*result), allocations);
        qint64 total = 0;
        for (const LotAllocation& allocation : *result) {
            total += allocation.coins.value();
        }
        QCOMPARE(total, amount);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, errorCode);
    }
}

void TstLotAllocator::insufficientBalanceNamesBothNumbers()
{
    const auto result = LotAllocator::consumeFifo(customerLots(), Coins(1500), utc(kNow));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, baartal::core::ErrorKind::Unprocessable);
    QVERIFY2(result.error().message.contains(u"1,500"), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(u"62"), qPrintable(result.error().message));

    const auto empty = LotAllocator::consumeFifo({}, Coins(1), utc(kNow));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, QStringLiteral("insufficient_balance"));
    QVERIFY(LotAllocator::consumeFifo({}, Coins(), utc(kNow)).ok());
}

void TstLotAllocator::lotWithoutExpiryIsDrawnLast()
{
    const QList<CoinLot> lots = {
        lot("forever", 10, "2024-01-01T00:00:00Z", nullptr),
        lot("soon", 4, "2024-05-01T00:00:00Z", "2024-06-30T00:00:00Z"),
    };
    const auto result = LotAllocator::consumeFifo(lots, Coins(6), utc(kNow));
    QVERIFY(result.ok());
    QCOMPARE(describe(*result), QStringLiteral("soon:4,forever:2"));
    QCOMPARE(LotAllocator::expire(lots, utc("2100-01-01T00:00:00Z")).size(), 1);
}

void TstLotAllocator::expire_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("allocations");

    QTest::newRow("before any expiry") << utc("2024-05-01T00:00:00Z") << "";
    QTest::newRow("now: oldest first, empty lots skipped") << utc(kNow) << "a:30,g:8";
    QTest::newRow("everything") << utc("2024-07-01T00:00:00Z") << "a:30,g:8,c:5,b:10,e:40,f:7";
}

void TstLotAllocator::expire()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, allocations);

    QCOMPARE(describe(LotAllocator::expire(customerLots(), now)), allocations);
}

void TstLotAllocator::spendableSaturates()
{
    const qint64 max = std::numeric_limits<qint64>::max();
    const QList<CoinLot> lots = {
        lot("x", max, "2024-05-01T00:00:00Z", "2024-06-30T00:00:00Z"),
        lot("y", max, "2024-05-01T00:00:00Z", "2024-06-30T00:00:00Z"),
    };
    QCOMPARE(LotAllocator::spendable(lots, utc(kNow)).value(), max);
    const auto result = LotAllocator::consumeFifo(lots, Coins(max), utc(kNow));
    QVERIFY(result.ok());
    QCOMPARE(describe(*result), QStringLiteral("x:%1").arg(max));
}

QTEST_GUILESS_MAIN(TstLotAllocator)
#include "tst_lot_allocator.moc"
