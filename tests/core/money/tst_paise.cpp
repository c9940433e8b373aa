#include "core/money/paise.h"

#include <QTest>

#include <limits>

using baartal::core::Paise;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

} // namespace

class TstPaise : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseRupees_data();
    void parseRupees();
    void fromJsonNumber_data();
    void fromJsonNumber();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void arithmetic_data();
    void arithmetic();
    void ordering();
    void toDecimalString_data();
    void toDecimalString();
    void formatIndian_data();
    void formatIndian();
};

void TstPaise::parseRupees_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("errorCode");

    const QString ok;
    const QString invalid = QStringLiteral("invalid_amount");
    const QString overflow = QStringLiteral("amount_overflow");

    QTest::newRow("two decimals") << "1771.20" << qint64{177120} << ok;
    QTest::newRow("one decimal") << "1771.2" << qint64{177120} << ok;
    QTest::newRow("whole rupees") << "1771" << qint64{177100} << ok;
    QTest::newRow("five paise") << "0.05" << qint64{5} << ok;
    QTest::newRow("zero") << "0" << qint64{0} << ok;
    QTest::newRow("zero with decimals") << "0.00" << qint64{0} << ok;
    QTest::newRow("leading zeros") << "007.50" << qint64{750} << ok;
    QTest::newRow("surrounding whitespace") << "  12.5\t\n" << qint64{1250} << ok;
    QTest::newRow("largest amount") << "92233720368547758.07" << kMax << ok;
    QTest::newRow("largest whole rupees") << "92233720368547758" << qint64{9223372036854775800} << ok;

    QTest::newRow("one paisa past the largest") << "92233720368547758.08" << qint64{0} << overflow;
    QTest::newRow("one rupee past the largest") << "92233720368547759" << qint64{0} << overflow;
    QTest::newRow("twenty digits") << "100000000000000000000" << qint64{0} << overflow;

    QTest::newRow("three decimals") << "1.234" << qint64{0} << invalid;
    QTest::newRow("three zero decimals") << "1.000" << qint64{0} << invalid;
    QTest::newRow("negative") << "-5" << qint64{0} << invalid;
    QTest::newRow("plus sign") << "+5" << qint64{0} << invalid;
    QTest::newRow("exponent") << "1e3" << qint64{0} << invalid;
    QTest::newRow("empty") << "" << qint64{0} << invalid;
    QTest::newRow("only whitespace") << "   " << qint64{0} << invalid;
    QTest::newRow("no whole part") << ".5" << qint64{0} << invalid;
    QTest::newRow("no decimals after point") << "5." << qint64{0} << invalid;
    QTest::newRow("thousands comma") << "1,000" << qint64{0} << invalid;
    QTest::newRow("inner space") << "1 000" << qint64{0} << invalid;
    QTest::newRow("rupee sign") << QStringLiteral("₹5") << qint64{0} << invalid;
    QTest::newRow("two points") << "1.2.3" << qint64{0} << invalid;
    QTest::newRow("letters") << "abc" << qint64{0} << invalid;
    QTest::newRow("hex") << "0x10" << qint64{0} << invalid;
    QTest::newRow("devanagari digits") << QStringLiteral("५०") << qint64{0} << invalid;
    QTest::newRow("malformed and huge") << "99999999999999999999.999" << qint64{0} << invalid;
}

void TstPaise::parseRupees()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QFETCH(QString, errorCode);

    const auto result = Paise::parseRupees(text);
    if (errorCode.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->value(), expected);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, errorCode);
        QCOMPARE(result.error().kind, baartal::core::ErrorKind::Invalid);
        QVERIFY(!result.error().message.isEmpty());
    }
}

void TstPaise::fromJsonNumber_data()
{
    QTest::addColumn<double>("rupees");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("errorCode");

    const QString ok;
    const QString invalid = QStringLiteral("invalid_amount");
    const QString overflow = QStringLiteral("amount_overflow");

    QTest::newRow("1771.2") << 1771.2 << qint64{177120} << ok;
    QTest::newRow("0.1") << 0.1 << qint64{10} << ok;
    QTest::newRow("0.05") << 0.05 << qint64{5} << ok;
    QTest::newRow("whole") << 100.0 << qint64{10000} << ok;
    QTest::newRow("zero") << 0.0 << qint64{0} << ok;
    QTest::newRow("negative zero") << -0.0 << qint64{0} << ok;
    QTest::newRow("0.1 + 0.2 is not 0.3") << 0.1 + 0.2 << qint64{0} << invalid;
    QTest::newRow("large with paise") << 123456789012.34 << qint64{12345678901234} << ok;
    QTest::newRow("1e15 in fixed notation") << 1e15 << qint64{100000000000000000} << ok;
    QTest::newRow("1.005 is not rounded") << 1.005 << qint64{0} << invalid;
    QTest::newRow("tenth of a paisa") << 0.001 << qint64{0} << invalid;
    QTest::newRow("negative") << -5.0 << qint64{0} << invalid;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << qint64{0} << invalid;
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << qint64{0} << invalid;
    QTest::newRow("minus infinity") << -std::numeric_limits<double>::infinity() << qint64{0} << invalid;
    QTest::newRow("1e17 rupees") << 1e17 << qint64{0} << overflow;
    QTest::newRow("1e300 rupees") << 1e300 << qint64{0} << overflow;
}

void TstPaise::fromJsonNumber()
{
    QFETCH(double, rupees);
    QFETCH(qint64, expected);
    QFETCH(QString, errorCode);

    const auto result = Paise::fromJsonNumber(rupees);
    if (errorCode.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->value(), expected);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, errorCode);
    }
}

void TstPaise::jsonRoundTrip_data()
{
    QTest::addColumn<qint64>("paise");
    QTest::addColumn<double>("json");

    QTest::newRow("zero") << qint64{0} << 0.0;
    QTest::newRow("one paisa") << qint64{1} << 0.01;
    QTest::newRow("ten paise") << qint64{10} << 0.1;
    QTest::newRow("99 paise") << qint64{99} << 0.99;
    QTest::newRow("1771.20") << qint64{177120} << 1771.2;
    QTest::newRow("1,23,45,678.90") << qint64{1234567890} << 12345678.9;
    QTest::newRow("just below 10^13 rupees") << qint64{999999999999999} << 9999999999999.99;
}

void TstPaise::jsonRoundTrip()
{
    QFETCH(qint64, paise);
    QFETCH(double, json);

    QCOMPARE(Paise(paise).toJsonNumber(), json);
    const auto back = Paise::fromJsonNumber(Paise(paise).toJsonNumber());
    QVERIFY(back.ok());
    QCOMPARE(back->value(), paise);
}

void TstPaise::arithmetic_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<qint64>("left");
    QTest::addColumn<qint64>("right");
    QTest::addColumn<bool>("overflows");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("plus") << "plus" << qint64{150} << qint64{250} << false << qint64{400};
    QTest::newRow("plus negative") << "plus" << qint64{150} << qint64{-250} << false << qint64{-100};
    QTest::newRow("plus reaching max") << "plus" << kMax - 1 << qint64{1} << false << kMax;
    QTest::newRow("plus past max") << "plus" << kMax << qint64{1} << true << qint64{0};
    QTest::newRow("plus past min") << "plus" << kMin << qint64{-1} << true << qint64{0};
    QTest::newRow("minus") << "minus" << qint64{500} << qint64{120} << false << qint64{380};
    QTest::newRow("minus below zero") << "minus" << qint64{5} << qint64{10} << false << qint64{-5};
    QTest::newRow("minus reaching min") << "minus" << kMin + 1 << qint64{1} << false << kMin;
    QTest::newRow("minus past min") << "minus" << kMin << qint64{1} << true << qint64{0};
    QTest::newRow("minus min from zero") << "minus" << qint64{0} << kMin << true << qint64{0};
    QTest::newRow("times") << "times" << qint64{177120} << qint64{3} << false << qint64{531360};
    QTest::newRow("times zero") << "times" << kMax << qint64{0} << false << qint64{0};
    QTest::newRow("times minus one") << "times" << kMax << qint64{-1} << false << -kMax;
    QTest::newRow("times past max") << "times" << kMax / 2 + 1 << qint64{2} << true << qint64{0};
    QTest::newRow("min times minus one") << "times" << kMin << qint64{-1} << true << qint64{0};
}

void TstPaise::arithmetic()
{
    QFETCH(QString, op);
    QFETCH(qint64, left);
    QFETCH(qint64, right);
    QFETCH(bool, overflows);
    QFETCH(qint64, expected);

    const Paise a(left);
    const auto result = op == u"plus"    ? a.plus(Paise(right))
                        : op == u"minus" ? a.minus(Paise(right))
                                         : a.times(right);
    QCOMPARE(result.ok(), !overflows);
    if (overflows) {
        QCOMPARE(result.error().code, QStringLiteral("amount_overflow"));
    } else {
        QCOMPARE(result->value(), expected);
    }
}

void TstPaise::ordering()
{
    QVERIFY(Paise(5) == Paise(5));
    QVERIFY(Paise(5) != Paise(6));
    QVERIFY(Paise(-1) < Paise(0));
    QVERIFY(Paise(kMax) > Paise(kMin));
    QVERIFY(Paise(7) <= Paise(7));
    QCOMPARE(Paise().value(), qint64{0});
}

void TstPaise::toDecimalString_data()
{
    QTest::addColumn<qint64>("paise");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64{0} << "0.00";
    QTest::newRow("five paise") << qint64{5} << "0.05";
    QTest::newRow("one rupee") << qint64{100} << "1.00";
    QTest::newRow("1771.20") << qint64{177120} << "1771.20";
    QTest::newRow("negative rupees") << qint64{-500} << "-5.00";
    QTest::newRow("negative paise") << qint64{-5} << "-0.05";
    QTest::newRow("max") << kMax << "92233720368547758.07";
    QTest::newRow("min") << kMin << "-92233720368547758.08";
}

void TstPaise::toDecimalString()
{
    QFETCH(qint64, paise);
    QFETCH(QString, expected);

    QCOMPARE(Paise(paise).toDecimalString(), expected);
    if (paise >= 0) {
        const auto back = Paise::parseRupees(expected);
        QVERIFY(back.ok());
        QCOMPARE(back->value(), paise);
    }
}

void TstPaise::formatIndian_data()
{
    QTest::addColumn<qint64>("paise");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64{0} << QStringLiteral("₹0.00");
    QTest::newRow("five paise") << qint64{5} << QStringLiteral("₹0.05");
    QTest::newRow("five rupees") << qint64{500} << QStringLiteral("₹5.00");
    QTest::newRow("999") << qint64{99900} << QStringLiteral("₹999.00");
    QTest::newRow("1000") << qint64{100000} << QStringLiteral("₹1,000.00");
    QTest::newRow("100000") << qint64{10000000} << QStringLiteral("₹1,00,000.00");
    QTest::newRow("123456.50") << qint64{12345650} << QStringLiteral("₹1,23,456.50");
    QTest::newRow("12345678.90") << qint64{1234567890} << QStringLiteral("₹1,23,45,678.90");
    QTest::newRow("negative") << qint64{-500} << QStringLiteral("-₹5.00");
    QTest::newRow("negative thousands") << qint64{-12345650} << QStringLiteral("-₹1,23,456.50");
    QTest::newRow("max") << kMax << QStringLiteral("₹92,23,37,20,36,85,47,758.07");
    QTest::newRow("min") << kMin << QStringLiteral("-₹92,23,37,20,36,85,47,758.08");
}

void TstPaise::formatIndian()
{
    QFETCH(qint64, paise);
    QFETCH(QString, expected);

    QCOMPARE(Paise(paise).formatIndian(), expected);
}

QTEST_GUILESS_MAIN(TstPaise)
#include "tst_paise.moc"
