#include "ui/counter/amount_edit.h"

#include <QApplication>
#include <QClipboard>
#include <QTest>

using namespace baartal;

// The bill field as a cashier types into it: grouped the Indian way as the digits come, read as exact
// paise, and edits that would not be an amount undone.
class TestAmountEdit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void typingGroupsTheIndianWay_data()
    {
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<qint64>("paise"); // -1: no amount
        QTest::newRow("empty") << ""
                               << "" << qint64(-1);
        QTest::newRow("hundreds") << "450"
                                  << "450" << qint64(45000);
        QTest::newRow("thousands") << "1234.5"
                                   << "1,234.5" << qint64(123450);
        QTest::newRow("lakhs") << "123456.50"
                               << "1,23,456.50" << qint64(12345650);
        QTest::newRow("crore") << "10000000"
                               << "1,00,00,000" << qint64(1000000000);
        QTest::newRow("over the maximum is refused") << "100000001"
                                                     << "1,00,00,000" << qint64(1000000000);
        QTest::newRow("third decimal is refused") << "12.345"
                                                  << "12.34" << qint64(1234);
        QTest::newRow("second point is refused") << "1.2.3"
                                                 << "1.23" << qint64(123);
        QTest::newRow("letters and signs are refused") << "-1e3x"
                                                       << "13" << qint64(1300);
        QTest::newRow("trailing point reads as rupees") << "12."
                                                        << "12." << qint64(1200);
        QTest::newRow("leading zeros dropped") << "007"
                                               << "7" << qint64(700);
        QTest::newRow("paise alone") << "0.05"
                                     << "0.05" << qint64(5);
        QTest::newRow("point first") << ".5"
                                     << ".5" << qint64(50);
    }

    void typingGroupsTheIndianWay()
    {
        QFETCH(QString, keys);
        QFETCH(QString, shown);
        QFETCH(qint64, paise);
        ui::AmountEdit edit;
        edit.show();
        QTest::keyClicks(&edit, keys);
        QCOMPARE(edit.text(), shown);
        QCOMPARE(edit.cursorPosition(), int(shown.size()));
        QCOMPARE(edit.amount(), paise < 0 ? std::nullopt : std::optional(core::Paise(paise)));
    }

    void groupedFormats_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected"); // "!" for refused
        QTest::newRow("pasted grouping") << "1,23,456.50"
                                         << "1,23,456.50";
        QTest::newRow("pasted western grouping") << "123,456.50"
                                                 << "1,23,456.50";
        QTest::newRow("rupee sign and spaces") << "₹ 2 500"
                                               << "2,500";
        QTest::newRow("three decimals") << "1.005"
                                        << "!";
        QTest::newRow("negative") << "-5"
                                  << "!";
        QTest::newRow("exponent") << "1e3"
                                  << "!";
        QTest::newRow("huge") << "99999999999999999999"
                              << "!";
    }

    void groupedFormats()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        const std::optional<QString> grouped = ui::AmountEdit::grouped(raw, ui::AmountEdit::kDefaultMaximum);
        QCOMPARE(grouped.value_or(QStringLiteral("!")), expected);
    }

    void pasteIsGroupedAndABadPasteUndone()
    {
        ui::AmountEdit edit;
        edit.show();
        QApplication::clipboard()->setText(QStringLiteral("₹1,23,456.50"));
        edit.paste();
        QCOMPARE(edit.text(), QStringLiteral("1,23,456.50"));
        QCOMPARE(edit.amount(), std::optional(core::Paise(12345650)));
        QApplication::clipboard()->setText(QStringLiteral("12 apples"));
        edit.paste();
        QCOMPARE(edit.text(), QStringLiteral("1,23,456.50"));
    }

    void backspaceAndDeleteStepOverACommaAndTheCaretKeepsItsDigit()
    {
        ui::AmountEdit edit;
        edit.show();
        QTest::keyClicks(&edit, QStringLiteral("123456"));
        QCOMPARE(edit.text(), QStringLiteral("1,23,456"));
        edit.setCursorPosition(5); // "1,23,|456"
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QCOMPARE(edit.text(), QStringLiteral("12,456"));
        QCOMPARE(edit.cursorPosition(), 2); // "12|,456": still after the 2
        QTest::keyClick(&edit, Qt::Key_Delete);
        QCOMPARE(edit.text(), QStringLiteral("1,256"));
        QCOMPARE(edit.cursorPosition(), 3); // "1,2|56": between the digits either side of the 4
        edit.setCursorPosition(0);
        QTest::keyClicks(&edit, QStringLiteral("9"));
        QCOMPARE(edit.text(), QStringLiteral("91,256"));
        QCOMPARE(edit.cursorPosition(), 1);
        QCOMPARE(edit.amount(), std::optional(core::Paise(9125600)));
    }

    void aSmallerMaximumBounds()
    {
        ui::AmountEdit edit;
        edit.setMaximum(core::Paise(1000'00));
        edit.show();
        QTest::keyClicks(&edit, QStringLiteral("10001"));
        QCOMPARE(edit.text(), QStringLiteral("1,000"));
    }
};

QTEST_MAIN(TestAmountEdit)
#include "tst_amount_edit.moc"
