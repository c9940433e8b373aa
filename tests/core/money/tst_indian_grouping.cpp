#include "core/money/indian_grouping.h"

#include <QTest>

#include <limits>

class TstIndianGrouping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void groupIndian_data();
    void groupIndian();
};

void TstIndianGrouping::groupIndian_data()
{
    QTest::addColumn<quint64>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("0") << quint64{0} << "0";
    QTest::newRow("5") << quint64{5} << "5";
    QTest::newRow("99") << quint64{99} << "99";
    QTest::newRow("999") << quint64{999} << "999";
    QTest::newRow("1000") << quint64{1000} << "1,000";
    QTest::newRow("9999") << quint64{9999} << "9,999";
    QTest::newRow("10000") << quint64{10000} << "10,000";
    QTest::newRow("99999") << quint64{99999} << "99,999";
    QTest::newRow("100000 (one lakh)") << quint64{100000} << "1,00,000";
    QTest::newRow("1000000") << quint64{1000000} << "10,00,000";
    QTest::newRow("10000000 (one crore)") << quint64{10000000} << "1,00,00,000";
    QTest::newRow("12345678") << quint64{12345678} << "1,23,45,678";
    QTest::newRow("quint64 max") << std::numeric_limits<quint64>::max() << "1,84,46,74,40,73,70,95,51,615";
}

void TstIndianGrouping::groupIndian()
{
    QFETCH(quint64, value);
    QFETCH(QString, expected);

    QCOMPARE(baartal::core::groupIndian(value), expected);
}

QTEST_GUILESS_MAIN(TstIndianGrouping)
#include "tst_indian_grouping.moc"
