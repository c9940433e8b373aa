#include "core/ledger/journal.h"

#include <QTest>

using namespace baartal::core;

Q_DECLARE_METATYPE(baartal::core::LedgerTransaction)

// Every movement the journal builds is balanced and moves the coins between the right accounts.
class TstJournal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void movementsAreBalanced_data()
    {
        QTest::addColumn<LedgerTransaction>("txn");
        QTest::addColumn<qint64>("walletDelta");
        QTest::addColumn<QString>("type");
        const QString c = QStringLiteral("c1");
        const QString m = QStringLiteral("m1");
        QTest::newRow("earn") << Journal::sale(c, m, Paise(100000), Coins(0), Coins(50)) << qint64(50)
                              << "earn";
        QTest::newRow("spend and earn")
            << Journal::sale(c, m, Paise(100000), Coins(20), Coins(49)) << qint64(29) << "spend";
        QTest::newRow("spend only") << Journal::sale(c, m, Paise(2000), Coins(4), Coins(0)) << qint64(-4)
                                    << "spend";
        QTest::newRow("referral bonus")
            << Journal::referralBonus(c, Coins(50)) << qint64(50) << "referral_bonus";
        QTest::newRow("issue") << Journal::adjustment(c, Coins(30), QStringLiteral("goodwill")) << qint64(30)
                               << "adjustment";
        QTest::newRow("withdraw") << Journal::adjustment(c, Coins(-30), QStringLiteral("error"))
                                  << qint64(-30) << "adjustment";
        QTest::newRow("expiry") << Journal::expiry(c, Coins(12)) << qint64(-12) << "expiry";
    }

    void movementsAreBalanced()
    {
        QFETCH(LedgerTransaction, txn);
        QFETCH(qint64, walletDelta);
        QFETCH(QString, type);
        QVERIFY(txn.validate().ok());
        QCOMPARE(txn.netFor(Account::customerWallet(QStringLiteral("c1"))).value(), walletDelta);
        QCOMPARE(toText(txn.type), type);

        LedgerTransaction original = txn;
        original.id = QStringLiteral("t1");
        const LedgerTransaction reversal = Journal::reversal(original, QStringLiteral("void"));
        QVERIFY(reversal.validate().ok());
        QCOMPARE(reversal.voidsTxnId, QStringLiteral("t1"));
        QCOMPARE(reversal.netFor(Account::customerWallet(QStringLiteral("c1"))).value(), -walletDelta);
    }

    void spendGoesToTheRedeemingMerchant()
    {
        const LedgerTransaction txn =
            Journal::sale(QStringLiteral("c1"), QStringLiteral("m1"), Paise(100000), Coins(20), Coins(49));
        QCOMPARE(txn.netFor(Account::merchantRedeemed(QStringLiteral("m1"))).value(), 20);
        QCOMPARE(txn.netFor(Account::merchantIssued(QStringLiteral("m1"))).value(), -49);
    }

    void unbalancedOrEmptyMovementsAreRejected()
    {
        LedgerTransaction txn = Journal::expiry(QStringLiteral("c1"), Coins(5));
        txn.postings[1].coins = Coins(4);
        QCOMPARE(txn.validate().error().code, QStringLiteral("unbalanced_transaction"));

        LedgerTransaction zero = Journal::adjustment(QStringLiteral("c1"), Coins(0), QStringLiteral("x"));
        QVERIFY(!zero.validate().ok());

        // A bill too small to earn a coin is still a valid record, with no postings.
        const LedgerTransaction small =
            Journal::sale(QStringLiteral("c1"), QStringLiteral("m1"), Paise(1500), Coins(0), Coins(0));
        QVERIFY(small.postings.isEmpty());
        QVERIFY(small.validate().ok());
    }
};

QTEST_GUILESS_MAIN(TstJournal)
#include "tst_journal.moc"
