#include "core/users/indian_mobile.h"

#include <QTest>

using baartal::core::IndianMobile;

class TstIndianMobile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("ten digits") << "9820012345"
                                    << "+919820012345";
        QTest::newRow("spaced") << "98200 12345"
                                << "+919820012345";
        QTest::newRow("country code spaced") << "+91 9820012345"
                                             << "+919820012345";
        QTest::newRow("country code dashed") << "+91-98200-12345"
                                             << "+919820012345";
        QTest::newRow("country code without plus") << "919820012345"
                                                   << "+919820012345";
        QTest::newRow("international prefix") << "0091 98200 12345"
                                              << "+919820012345";
        QTest::newRow("trunk zero") << "098200 12345"
                                    << "+919820012345";
        QTest::newRow("brackets and dots") << "(+91) 98200.12345"
                                           << "+919820012345";
        QTest::newRow("starts with 6") << "6000000000"
                                       << "+916000000000";
        QTest::newRow("surrounding spaces") << "  7020012345  "
                                            << "+917020012345";
        QTest::newRow("starts with 5") << "5820012345"
                                       << "";
        QTest::newRow("landline") << "022 2345 6789"
                                  << "";
        QTest::newRow("nine digits") << "982001234"
                                     << "";
        QTest::newRow("eleven digits") << "98200123456"
                                       << "";
        QTest::newRow("foreign") << "+44 7700 900123"
                                 << "";
        QTest::newRow("other country code") << "+92 9820012345"
                                            << "";
        QTest::newRow("letters") << "98200 I2345"
                                 << "";
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("٩٨٢٠٠١٢٣٤٥") << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("plus alone") << "+"
                                    << "";
    }

    void normalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto phone = IndianMobile::normalise(input);
        if (expected.isEmpty()) {
            QVERIFY(!phone.ok());
            QCOMPARE(phone.error().code, QStringLiteral("invalid_phone"));
        } else {
            QVERIFY2(phone.ok(), qPrintable(input));
            QCOMPARE(*phone, expected);
        }
    }

    void masksAllButTheLastDigits()
    {
        QCOMPARE(IndianMobile::masked(QStringLiteral("+919820012345")), QStringLiteral("+91******2345"));
        QCOMPARE(IndianMobile::masked(QStringLiteral("+91")), QStringLiteral("***"));
    }
};

QTEST_GUILESS_MAIN(TstIndianMobile)
#include "tst_indian_mobile.moc"
