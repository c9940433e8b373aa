#include "core/money/coins.h"

#include <QTest>

#include <limits>

using baartal::core::Coins;
using baartal::core::Paise;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

} // namespace

class TstCoins : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void arithmetic_data();
    void arithmetic();
    void ordering();
    void toPaise_data();
    void toPaise();
    void percentOf_data();
    void percentOf();
    void fromJson_data();
    void fromJson();
    void formatIndian_data();
    void formatIndian();
};

void TstCoins::arithmetic_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<qint64>("left");
    QTest::addColumn<qint64>("right");
    QTest::addColumn<bool>("overflows");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("plus") << "plus" << qint64{50} << qint64{25} << false << qint64{75};
    QTest::newRow("plus reaching max") << "plus" << kMax - 1 << qint64{1} << false << kMax;
    QTest::newRow("plus past max") << "plus" << kMax << qint64{1} << true << qint64{0};
    QTest::newRow("minus") << "minus" << qint64{50} << qint64{20} << false << qint64{30};
    QTest::newRow("minus below zero") << "minus" << qint64{20} << qint64{50} << false << qint64{-30};
    QTest::newRow("minus past min") << "minus" << kMin << qint64{1} << true << qint64{0};
    QTest::newRow("times") << "times" << qint64{50} << qint64{2} << false << qint64{100};
    QTest::newRow("times past max") << "times" << kMax << qint64{2} << true << qint64{0};
    QTest::newRow("min times minus one") << "times" << kMin << qint64{-1} << true << qint64{0};
}

void TstCoins::arithmetic()
{
    QFETCH(QString, op);
    QFETCH(qint64, left);
    QFETCH(qint64, right);
    QFETCH(bool, overflows);
    QFETCH(qint64, expected);

    const Coins a(left);
    const auto result = op == u"plus"    ? a.plus(Coins(right))
                        : op == u"minus" ? a.minus(Coins(right))
                                         : a.times(right);
    QCOMPARE(result.ok(), !overflows);
    if (overflows) {
        QCOMPARE(result.error().code, QStringLiteral("amount_overflow"));
    } else {
        QCOMPARE(result->value(), expected);
    }
}

void TstCoins::ordering()
{
    QVERIFY(Coins(50) == Coins(50));
    QVERIFY(Coins(49) < Coins(50));
    QVERIFY(Coins(-1) < Coins());
    QCOMPARE(Coins().value(), qint64{0});
}

void TstCoins::toPaise_data()
{
    QTest::addColumn<qint64>("coins");
    QTest::addColumn<bool>("overflows");
    QTest::addColumn<qint64>("paise");

    QTest::newRow("zero") << qint64{0} << false << qint64{0};
    QTest::newRow("one coin is one rupee") << qint64{1} << false << qint64{100};
    QTest::newRow("fifty") << qint64{50} << false << qint64{5000};
    QTest::newRow("negative") << qint64{-5} << false << qint64{-500};
    QTest::newRow("largest that fits") << kMax / 100 << false << qint64{9223372036854775800};
    QTest::newRow("one more overflows") << kMax / 100 + 1 << true << qint64{0};
    QTest::newRow("min overflows") << kMin << true << qint64{0};
}

void TstCoins::toPaise()
{
    QFETCH(qint64, coins);
    QFETCH(bool, overflows);
    QFETCH(qint64, paise);

    const auto result = Coins(coins).toPaise();
    QCOMPARE(result.ok(), !overflows);
    if (overflows) {
        QCOMPARE(result.error().code, QStringLiteral("amount_overflow"));
    } else {
        QCOMPARE(result->value(), paise);
    }
}

void TstCoins::percentOf_data()
{
    QTest::addColumn<qint64>("paise");
    QTest::addColumn<int>("percent");
    QTest::addColumn<qint64>("coins");

    QTest::newRow("5% of 100") << qint64{10000} << 5 << qint64{5};
    QTest::newRow("5% of 99.99 floors") << qint64{9999} << 5 << qint64{4};
    QTest::newRow("20% of 99.99 floors") << qint64{9999} << 20 << qint64{19};
    QTest::newRow("20% of 4.99 is zero") << qint64{499} << 20 << qint64{0};
    QTest::newRow("20% of 5.00 is one") << qint64{500} << 20 << qint64{1};
    QTest::newRow("100% keeps whole rupees") << qint64{5050} << 100 << qint64{50};
    QTest::newRow("0%") << qint64{10000} << 0 << qint64{0};
    QTest::newRow("zero amount") << qint64{0} << 20 << qint64{0};
    QTest::newRow("negative amount") << qint64{-10000} << 20 << qint64{0};
    QTest::newRow("percent above 100 clamps") << qint64{10000} << 150 << qint64{100};
    QTest::newRow("negative percent clamps") << qint64{10000} << -5 << qint64{0};
    QTest::newRow("max at 20%") << kMax << 20 << qint64{18446744073709551};
    QTest::newRow("max at 100%") << kMax << 100 << qint64{92233720368547758};
}

void TstCoins::percentOf()
{
    QFETCH(qint64, paise);
    QFETCH(int, percent);
    QFETCH(qint64, coins);

    QCOMPARE(Coins::percentOf(Paise(paise), percent).value(), coins);
}

void TstCoins::fromJson_data()
{
    QTest::addColumn<double>("json");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("errorCode");

    const QString ok;
    const QString invalid = QStringLiteral("invalid_coins");

    QTest::newRow("zero") << 0.0 << qint64{0} << ok;
    QTest::newRow("negative zero") << -0.0 << qint64{0} << ok;
    QTest::newRow("fifty") << 50.0 << qint64{50} << ok;
    QTest::newRow("2^53") << 9007199254740992.0 << qint64{9007199254740992} << ok;
    QTest::newRow("largest double below 2^63") << 9223372036854774784.0 << qint64{9223372036854774784} << ok;
    QTest::newRow("2^63 overflows") << 9223372036854775808.0 << qint64{0}
                                    << QStringLiteral("amount_overflow");
    QTest::newRow("fraction") << 0.5 << qint64{0} << invalid;
    QTest::newRow("almost whole") << 49.999999 << qint64{0} << invalid;
    QTest::newRow("negative") << -1.0 << qint64{0} << invalid;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << qint64{0} << invalid;
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << qint64{0} << invalid;
}

void TstCoins::fromJson()
{
    QFETCH(double, json);
    QFETCH(qint64, expected);
    QFETCH(QString, errorCode);

    const auto result = Coins::fromJson(json);
    if (errorCode.isEmpty()) {
        QVERIFY(result.ok());
        QCOMPARE(result->value(), expected);
        QCOMPARE(Coins::fromJson(result->toJson())->value(), expected);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, errorCode);
        QCOMPARE(result.error().kind, baartal::core::ErrorKind::Invalid);
    }
}

void TstCoins::formatIndian_data()
{
    QTest::addColumn<qint64>("coins");
    QTest::addColumn<QString>("expected");

    QTest::newRow("0") << qint64{0} << "0";
    QTest::newRow("5") << qint64{5} << "5";
    QTest::newRow("999") << qint64{999} << "999";
    QTest::newRow("1000") << qint64{1000} << "1,000";
    QTest::newRow("100000") << qint64{100000} << "1,00,000";
    QTest::newRow("123456") << qint64{123456} << "1,23,456";
    QTest::newRow("12345678") << qint64{12345678} << "1,23,45,678";
    QTest::newRow("negative") << qint64{-5} << "-5";
    QTest::newRow("negative lakh") << qint64{-123456} << "-1,23,456";
    QTest::newRow("max") << kMax << "92,23,37,20,36,85,47,75,807";
    QTest::newRow("min") << kMin << "-92,23,37,20,36,85,47,75,808";
}

void TstCoins::formatIndian()
{
    QFETCH(qint64, coins);
    QFETCH(QString, expected);

    QCOMPARE(Coins(coins).formatIndian(), expected);
}

QTEST_GUILESS_MAIN(TstCoins)
#include "tst_coins.moc"
