#include "sync/client/merchant_profile_cache.h"
#include "tests/sync/support/temporary_counter_store.h"

#include <QTest>

using namespace baartal;

class TestMerchantProfileCache : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TemporaryCounterStore> m_store;

    static sync::MerchantProfile profile(int rate, std::optional<int> cap, bool approved)
    {
        sync::MerchantProfile p;
        p.id = QStringLiteral("0b7d5e4c-8c1e-4f3a-9d2b-6a1f0e3c5b7a");
        p.businessName = QStringLiteral("Dadar Fresh Grocers");
        p.category = QStringLiteral("grocery");
        p.issueRate = rate;
        p.spendCapPercent = cap;
        p.approved = approved;
        p.fetchedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);
        return p;
    }

private Q_SLOTS:
    void init()
    {
        auto store = testsupport::TemporaryCounterStore::create();
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        m_store = std::move(*store);
    }

    void cleanup() { m_store.reset(); }

    void unknownMerchantHasNoProfile()
    {
        auto found = sync::MerchantProfileCache(m_store->database()).find(QStringLiteral("nobody"));
        QVERIFY(found.ok());
        QVERIFY(!found->has_value());
    }

    void storesAndReplacesTheProfile_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("cap"); // -1: none
        QTest::addColumn<bool>("approved");
        QTest::newRow("default rate, no cap") << 5 << -1 << true;
        QTest::newRow("lowest rate, own cap") << 1 << 10 << false;
        QTest::newRow("highest rate, zero cap") << 20 << 0 << true;
    }

    void storesAndReplacesTheProfile()
    {
        QFETCH(int, rate);
        QFETCH(int, cap);
        QFETCH(bool, approved);
        sync::MerchantProfileCache cache(m_store->database());
        QVERIFY(cache.store(profile(7, 15, !approved)).ok());
        const auto wanted = profile(rate, cap < 0 ? std::nullopt : std::optional<int>(cap), approved);
        QVERIFY(cache.store(wanted).ok());
        auto found = cache.find(wanted.id);
        QVERIFY(found.ok() && found->has_value());
        const sync::MerchantProfile& got = **found;
        QCOMPARE(got.businessName, wanted.businessName);
        QCOMPARE(got.category, wanted.category);
        QCOMPARE(got.issueRate, rate);
        QCOMPARE(got.spendCapPercent, wanted.spendCapPercent);
        QCOMPARE(got.approved, approved);
        QCOMPARE(got.fetchedAt, wanted.fetchedAt);
        QCOMPARE(got.earnPolicy().rate(), rate);
    }

    void refusesAnIssueRateOutOfRange()
    {
        const core::Status stored =
            sync::MerchantProfileCache(m_store->database()).store(profile(21, {}, true));
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().code, QStringLiteral("check_violation"));
    }
};

QTEST_GUILESS_MAIN(TestMerchantProfileCache)
#include "tst_merchant_profile_cache.moc"
