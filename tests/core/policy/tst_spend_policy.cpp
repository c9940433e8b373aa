#include "core/policy/earn_policy.h"
#include "core/policy/spend_policy.h"

#include <QTest>

#include <limits>

using baartal::core::Coins;
using baartal::core::EarnPolicy;
using baartal::core::Paise;
using baartal::core::SpendPolicy;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

SpendPolicy policyWithCap(int capPercent)
{
    return SpendPolicy::create(capPercent).value();
}

} // namespace

class TstSpendPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultCap();
    void create_data();
    void create();
    void maxRedeemable_data();
    void maxRedeemable();
    void check_data();
    void check();
    void netPayable_data();
    void netPayable();
    void earnIsOnNetPayable();
};

void TstSpendPolicy::defaultCap()
{
    QCOMPARE(SpendPolicy().capPercent(), 20);
    QCOMPARE(SpendPolicy::kDefaultCapPercent, 20);
}

void TstSpendPolicy::create_data()
{
    QTest::addColumn<int>("platformCap");
    QTest::addColumn<bool>("hasMerchantCap");
    QTest::addColumn<int>("merchantCap");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("effectiveCap");

    QTest::newRow("platform default") << 20 << false << 0 << true << 20;
    QTest::newRow("platform 0") << 0 << false << 0 << true << 0;
    QTest::newRow("platform 100") << 100 << false << 0 << true << 100;
    QTest::newRow("platform 101") << 101 << false << 0 << false << 0;
    QTest::newRow("platform negative") << -1 << false << 0 << false << 0;
    QTest::newRow("merchant lowers") << 20 << true << 10 << true << 10;
    QTest::newRow("merchant lowers to 0") << 20 << true << 0 << true << 0;
    QTest::newRow("merchant equal") << 20 << true << 20 << true << 20;
    QTest::newRow("merchant higher is clamped") << 20 << true << 30 << true << 20;
    QTest::newRow("merchant above 100 is clamped") << 100 << true << 150 << true << 100;
    QTest::newRow("merchant negative") << 20 << true << -1 << false << 0;
    QTest::newRow("bad platform with merchant") << -1 << true << 10 << false << 0;
}

void TstSpendPolicy::create()
{
    QFETCH(int, platformCap);
    QFETCH(bool, hasMerchantCap);
    QFETCH(int, merchantCap);
    QFETCH(bool, accepted);
    QFETCH(int, effectiveCap);

    const auto policy =
        SpendPolicy::create(platformCap, hasMerchantCap ? std::optional<int>(merchantCap) : std::nullopt);
    QCOMPARE(policy.ok(), accepted);
    if (accepted) {
        QCOMPARE(policy->capPercent(), effectiveCap);
    } else {
        QCOMPARE(policy.error().code, QStringLiteral("invalid_cap"));
        QCOMPARE(policy.error().kind, baartal::core::ErrorKind::Invalid);
    }
}

void TstSpendPolicy::maxRedeemable_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<qint64>("billPaise");
    QTest::addColumn<qint64>("spendable");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("cap binds") << 20 << qint64{10000} << qint64{1000} << qint64{20};
    QTest::newRow("cap floors to whole rupees") << 20 << qint64{9999} << qint64{1000} << qint64{19};
    QTest::newRow("balance binds") << 20 << qint64{10000} << qint64{5} << qint64{5};
    QTest::newRow("balance equals cap") << 20 << qint64{10000} << qint64{20} << qint64{20};
    QTest::newRow("small bill allows nothing") << 20 << qint64{499} << qint64{1000} << qint64{0};
    QTest::newRow("merchant cap 10") << 10 << qint64{177120} << qint64{1000} << qint64{177};
    QTest::newRow("cap 0") << 0 << qint64{10000} << qint64{1000} << qint64{0};
    QTest::newRow("cap 100") << 100 << qint64{5050} << qint64{1000} << qint64{50};
    QTest::newRow("zero bill") << 20 << qint64{0} << qint64{1000} << qint64{0};
    QTest::newRow("negative bill") << 20 << qint64{-10000} << qint64{1000} << qint64{0};
    QTest::newRow("no balance") << 20 << qint64{10000} << qint64{0} << qint64{0};
    QTest::newRow("negative balance") << 20 << qint64{10000} << qint64{-5} << qint64{0};
    QTest::newRow("max bill at 100%") << 100 << kMax << kMax << qint64{92233720368547758};
}

void TstSpendPolicy::maxRedeemable()
{
    QFETCH(int, cap);
    QFETCH(qint64, billPaise);
    QFETCH(qint64, spendable);
    QFETCH(qint64, expected);

    QCOMPARE(policyWithCap(cap).maxRedeemable(Paise(billPaise), Coins(spendable)).value(), expected);
}

void TstSpendPolicy::check_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<qint64>("billPaise");
    QTest::addColumn<qint64>("requested");
    QTest::addColumn<qint64>("spendable");
    QTest::addColumn<QString>("errorCode");

    const QString ok;
    const QString invalid = QStringLiteral("invalid_amount");
    const QString overCap = QStringLiteral("spend_over_cap");
    const QString insufficient = QStringLiteral("insufficient_balance");

    QTest::newRow("exactly the cap") << 20 << qint64{10000} << qint64{20} << qint64{100} << ok;
    QTest::newRow("cap plus one") << 20 << qint64{10000} << qint64{21} << qint64{100} << overCap;
    QTest::newRow("under the cap") << 20 << qint64{10000} << qint64{1} << qint64{100} << ok;
    QTest::newRow("nothing redeemed") << 20 << qint64{10000} << qint64{0} << qint64{0} << ok;
    QTest::newRow("whole balance within cap") << 20 << qint64{10000} << qint64{15} << qint64{15} << ok;
    QTest::newRow("floored cap allowed") << 20 << qint64{9999} << qint64{19} << qint64{100} << ok;
    QTest::newRow("floored cap plus one") << 20 << qint64{9999} << qint64{20} << qint64{100} << overCap;
    QTest::newRow("merchant cap 10 exact") << 10 << qint64{10000} << qint64{10} << qint64{100} << ok;
    QTest::newRow("merchant cap 10 plus one") << 10 << qint64{10000} << qint64{11} << qint64{100} << overCap;
    QTest::newRow("cap 0 refuses any") << 0 << qint64{10000} << qint64{1} << qint64{100} << overCap;
    QTest::newRow("more than balance") << 20 << qint64{10000} << qint64{16} << qint64{15} << insufficient;
    QTest::newRow("over both reports balance")
        << 20 << qint64{10000} << qint64{50} << qint64{30} << insufficient;
    QTest::newRow("empty wallet") << 20 << qint64{10000} << qint64{1} << qint64{0} << insufficient;
    QTest::newRow("zero bill") << 20 << qint64{0} << qint64{0} << qint64{100} << invalid;
    QTest::newRow("negative bill") << 20 << qint64{-100} << qint64{0} << qint64{100} << invalid;
    QTest::newRow("negative request") << 20 << qint64{10000} << qint64{-1} << qint64{100} << invalid;
}

void TstSpendPolicy::check()
{
    QFETCH(int, cap);
    QFETCH(qint64, billPaise);
    QFETCH(qint64, requested);
    QFETCH(qint64, spendable);
    QFETCH(QString, errorCode);

    const SpendPolicy policy = policyWithCap(cap);
    const auto status = policy.check(Paise(billPaise), Coins(requested), Coins(spendable));
    if (errorCode.isEmpty()) {
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        QVERIFY(Coins(requested) <= policy.maxRedeemable(Paise(billPaise), Coins(spendable)));
    } else {
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, errorCode);
        QCOMPARE(status.error().kind, errorCode == u"invalid_amount"
                                          ? baartal::core::ErrorKind::Invalid
                                          : baartal::core::ErrorKind::Unprocessable);
        QVERIFY(!status.error().message.isEmpty());
    }
}

void TstSpendPolicy::netPayable_data()
{
    QTest::addColumn<qint64>("billPaise");
    QTest::addColumn<qint64>("redeemed");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("100 less 20 coins") << qint64{10000} << qint64{20} << qint64{8000};
    QTest::newRow("1771.20 less 354 coins") << qint64{177120} << qint64{354} << qint64{141720};
    QTest::newRow("no coins") << qint64{177120} << qint64{0} << qint64{177120};
    QTest::newRow("coins cover the bill exactly") << qint64{500} << qint64{5} << qint64{0};
    QTest::newRow("paise left over") << qint64{550} << qint64{5} << qint64{50};
    QTest::newRow("more coins than bill clamps to 0") << qint64{550} << qint64{6} << qint64{0};
    QTest::newRow("negative coins clamp to bill") << qint64{10000} << qint64{-5} << qint64{10000};
    QTest::newRow("negative bill clamps to 0") << qint64{-10000} << qint64{0} << qint64{0};
    QTest::newRow("max bill, max coins") << kMax << kMax << qint64{0};
    QTest::newRow("max bill, whole-rupee coins") << kMax << kMax / 100 << qint64{7};
}

void TstSpendPolicy::netPayable()
{
    QFETCH(qint64, billPaise);
    QFETCH(qint64, redeemed);
    QFETCH(qint64, expected);

    QCOMPARE(SpendPolicy::netPayable(Paise(billPaise), Coins(redeemed)).value(), expected);
}

void TstSpendPolicy::earnIsOnNetPayable()
{
    // ₹1,000 bill, 200 coins redeemed at the 20% cap: the customer pays ₹800 and earns 5 per ₹100 of that.
    const SpendPolicy spend;
    const Paise bill(100000);
    const Coins redeemed(200);
    QVERIFY(spend.check(bill, redeemed, Coins(500)).ok());
    const Paise net = SpendPolicy::netPayable(bill, redeemed);
    QCOMPARE(net.value(), qint64{80000});
    QCOMPARE(EarnPolicy().coinsFor(net).value(), qint64{40});
}

QTEST_GUILESS_MAIN(TstSpendPolicy)
#include "tst_spend_policy.moc"
