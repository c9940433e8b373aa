#include "core/policy/earn_policy.h"

#include <QTest>

#include <limits>

using baartal::core::EarnPolicy;
using baartal::core::Paise;

class TstEarnPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultRate();
    void withRate_data();
    void withRate();
    void coinsFor_data();
    void coinsFor();
};

void TstEarnPolicy::defaultRate()
{
    QCOMPARE(EarnPolicy().rate(), EarnPolicy::kDefaultRate);
    QCOMPARE(EarnPolicy::kDefaultRate, 5);
}

void TstEarnPolicy::withRate_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("0") << 0 << false;
    QTest::newRow("1 (minimum)") << 1 << true;
    QTest::newRow("5 (default)") << 5 << true;
    QTest::newRow("10") << 10 << true;
    QTest::newRow("20 (maximum)") << 20 << true;
    QTest::newRow("21") << 21 << false;
    QTest::newRow("-1") << -1 << false;
    QTest::newRow("int min") << std::numeric_limits<int>::min() << false;
    QTest::newRow("int max") << std::numeric_limits<int>::max() << false;
}

void TstEarnPolicy::withRate()
{
    QFETCH(int, rate);
    QFETCH(bool, accepted);

    const auto policy = EarnPolicy::withRate(rate);
    QCOMPARE(policy.ok(), accepted);
    if (accepted) {
        QCOMPARE(policy->rate(), rate);
    } else {
        QCOMPARE(policy.error().code, QStringLiteral("invalid_rate"));
        QCOMPARE(policy.error().kind, baartal::core::ErrorKind::Invalid);
    }
}

void TstEarnPolicy::coinsFor_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<qint64>("netPaidPaise");
    QTest::addColumn<qint64>("coins");

    const qint64 max = std::numeric_limits<qint64>::max();

    QTest::newRow("5 on 100") << 5 << qint64{10000} << qint64{5};
    QTest::newRow("5 on 99.99 floors to 4") << 5 << qint64{9999} << qint64{4};
    QTest::newRow("5 on 19.99 floors to 0") << 5 << qint64{1999} << qint64{0};
    QTest::newRow("5 on 20.00 is 1") << 5 << qint64{2000} << qint64{1};
    QTest::newRow("10 on 1771.20") << 10 << qint64{177120} << qint64{177};
    QTest::newRow("1 on 99.99 is 0") << 1 << qint64{9999} << qint64{0};
    QTest::newRow("1 on 100 is 1") << 1 << qint64{10000} << qint64{1};
    QTest::newRow("20 on 4.99 is 0") << 20 << qint64{499} << qint64{0};
    QTest::newRow("20 on 5.00 is 1") << 20 << qint64{500} << qint64{1};
    QTest::newRow("20 on 12,34,567.89") << 20 << qint64{123456789} << qint64{246913};
    QTest::newRow("zero bill") << 5 << qint64{0} << qint64{0};
    QTest::newRow("negative never earns") << 5 << qint64{-10000} << qint64{0};
    QTest::newRow("qint64 max at 20") << 20 << max << qint64{18446744073709551};
    QTest::newRow("qint64 max at 1") << 1 << max << qint64{922337203685477};
}

void TstEarnPolicy::coinsFor()
{
    QFETCH(int, rate);
    QFETCH(qint64, netPaidPaise);
    QFETCH(qint64, coins);

    const auto policy = EarnPolicy::withRate(rate);
    QVERIFY(policy.ok());
    QCOMPARE(policy->coinsFor(Paise(netPaidPaise)).value(), coins);
}

QTEST_GUILESS_MAIN(TstEarnPolicy)
#include "tst_earn_policy.moc"
