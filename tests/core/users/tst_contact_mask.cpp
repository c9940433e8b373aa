#include "core/users/contact_mask.h"

#include <QTest>

using baartal::core::ContactMask;

class TestContactMask : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void masksTheMiddle_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("masked");
        QTest::newRow("indian phone")
            << "+919812345345" << QStringLiteral("98\u2022\u2022\u2022\u2022\u2022345");
        QTest::newRow("foreign phone")
            << "+447911123456" << QStringLiteral("44\u2022\u2022\u2022\u2022\u2022\u2022\u2022456");
        QTest::newRow("email") << "asha@example.in" << QStringLiteral("as\u2022\u2022\u2022@example.in");
        QTest::newRow("short email name")
            << "ab@example.in" << QStringLiteral("a\u2022\u2022\u2022@example.in");
        QTest::newRow("too short to show") << "+1234" << QStringLiteral("\u2022\u2022\u2022\u2022");
    }

    void masksTheMiddle()
    {
        QFETCH(QString, login);
        QFETCH(QString, masked);
        QCOMPARE(ContactMask::mask(login), masked);
    }
};

QTEST_APPLESS_MAIN(TestContactMask)
#include "tst_contact_mask.moc"
