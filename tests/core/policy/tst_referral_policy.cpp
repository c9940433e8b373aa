#include "core/policy/referral_policy.h"

#include <QTest>

using baartal::core::Coins;
using baartal::core::ReferralFacts;
using baartal::core::ReferralPolicy;

class TstReferralPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultBonus();
    void withBonus_data();
    void withBonus();
    void qualifies_data();
    void qualifies();
};

void TstReferralPolicy::defaultBonus()
{
    QCOMPARE(ReferralPolicy().bonus().value(), qint64{50});
    QCOMPARE(ReferralPolicy::kDefaultBonus.value(), qint64{50});
}

void TstReferralPolicy::withBonus_data()
{
    QTest::addColumn<qint64>("bonus");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("zero switches it off") << qint64{0} << true;
    QTest::newRow("default") << qint64{50} << true;
    QTest::newRow("generous") << qint64{500} << true;
    QTest::newRow("negative") << qint64{-1} << false;
}

void TstReferralPolicy::withBonus()
{
    QFETCH(qint64, bonus);
    QFETCH(bool, accepted);

    const auto policy = ReferralPolicy::withBonus(Coins(bonus));
    QCOMPARE(policy.ok(), accepted);
    if (accepted) {
        QCOMPARE(policy->bonus().value(), bonus);
    } else {
        QCOMPARE(policy.error().code, QStringLiteral("invalid_bonus"));
    }
}

void TstReferralPolicy::qualifies_data()
{
    QTest::addColumn<qint64>("bonus");
    QTest::addColumn<QString>("referrer");
    QTest::addColumn<QString>("referee");
    QTest::addColumn<bool>("firstEarn");
    QTest::addColumn<bool>("alreadyPaid");
    QTest::addColumn<bool>("qualifies");

    QTest::newRow("first earn of a referred customer") << qint64{50} << "cus_a"
                                                       << "cus_b" << true << false << true;
    QTest::newRow("no referrer") << qint64{50} << ""
                                 << "cus_b" << true << false << false;
    QTest::newRow("no referee") << qint64{50} << "cus_a"
                                << "" << true << false << false;
    QTest::newRow("self-referral") << qint64{50} << "cus_a"
                                   << "cus_a" << true << false << false;
    QTest::newRow("not the first earn") << qint64{50} << "cus_a"
                                        << "cus_b" << false << false << false;
    QTest::newRow("already paid") << qint64{50} << "cus_a"
                                  << "cus_b" << true << true << false;
    QTest::newRow("bonus switched off") << qint64{0} << "cus_a"
                                        << "cus_b" << true << false << false;
    QTest::newRow("custom bonus") << qint64{100} << "cus_a"
                                  << "cus_b" << true << false << true;
}

void TstReferralPolicy::qualifies()
{
    QFETCH(qint64, bonus);
    QFETCH(QString, referrer);
    QFETCH(QString, referee);
    QFETCH(bool, firstEarn);
    QFETCH(bool, alreadyPaid);
    QFETCH(bool, qualifies);

    const auto policy = ReferralPolicy::withBonus(Coins(bonus));
    QVERIFY(policy.ok());
    QCOMPARE(policy->qualifies(ReferralFacts{referrer, referee, firstEarn, alreadyPaid}), qualifies);
}

QTEST_GUILESS_MAIN(TstReferralPolicy)
#include "tst_referral_policy.moc"
