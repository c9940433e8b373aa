#include "core/crypto/ed25519_key_pair.h"
#include "sync/client/merchant_profile_cache.h"
#include "sync/client/reference_cache.h"
#include "tests/sync/support/temporary_counter_store.h"

#include <QTest>

using namespace baartal;

namespace {

const QString kShop = QStringLiteral("0b7d5e4c-8c1e-4f3a-9d2b-6a1f0e3c5b7a");
const QString kOtherShop = QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
const QString kCustomer = QStringLiteral("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");
const QString kOtherCustomer = QStringLiteral("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9");
const QDateTime kGenerated(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);
const QDateTime kFetched = kGenerated.addSecs(2);

core::Ed25519PublicKey key(char fill)
{
    return core::Ed25519KeyPair::fromSeed(QByteArray(core::Ed25519KeyPair::kSeedBytes, fill))->publicKey();
}

sync::ReferenceData reference(const QString& shop, int issueRate)
{
    sync::ReferenceData data;
    data.generatedAt = kGenerated;
    data.merchant.id = shop;
    data.merchant.businessName = QStringLiteral("Dadar Fresh Grocers");
    data.merchant.category = QStringLiteral("grocery");
    data.merchant.issueRate = issueRate;
    data.merchant.spendCapPercent = 30;
    data.merchant.approved = true;
    data.merchantStatus = QStringLiteral("approved");
    data.serverKeys = {key('a'), key('b')};
    data.revokedDevices = {{QStringLiteral("d1"), QStringLiteral("Old till"), kGenerated.addDays(-1)},
                           {QStringLiteral("d2"), QString(), QDateTime()}};
    data.refusedSpendTokens = {
        {QStringLiteral("n2"), kCustomer, QStringLiteral("cancelled"), kGenerated.addSecs(-60)},
        {QStringLiteral("n1"), kCustomer, QStringLiteral("redeemed"), kGenerated.addSecs(-600)}};
    data.recentCustomers = {
        {kCustomer, QStringLiteral("98•••••345"), core::Coins(240), kGenerated.addSecs(-300)},
        {kOtherCustomer, QStringLiteral("as•••@example.in"), core::Coins(0), kGenerated.addDays(-3)}};
    return data;
}

} // namespace

// The counter's copy of the reference pull, read back whole while offline.
class TestReferenceCache : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TemporaryCounterStore> m_store;

    sync::ReferenceCache cache() { return sync::ReferenceCache(m_store->database()); }

private Q_SLOTS:
    void init()
    {
        auto store = testsupport::TemporaryCounterStore::create();
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        m_store = std::move(*store);
    }

    void cleanup() { m_store.reset(); }

    void nothingBeforeTheFirstPull()
    {
        auto loaded = cache().load(kShop);
        QVERIFY(loaded.ok());
        QVERIFY(!loaded->has_value());
    }

    void readsBackWhatItStored()
    {
        const sync::ReferenceData stored = reference(kShop, 7);
        QVERIFY(cache().store(stored, kFetched).ok());
        auto loaded = cache().load(kShop);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->has_value());
        const sync::ReferenceData& data = **loaded;
        QCOMPARE(data.generatedAt, stored.generatedAt);
        QCOMPARE(data.merchantStatus, stored.merchantStatus);
        QCOMPARE(data.merchant.issueRate, 7);
        QCOMPARE(data.merchant.spendCapPercent, std::optional<int>(30));
        QCOMPARE(data.merchant.fetchedAt, kFetched);
        QCOMPARE(data.serverKeys, stored.serverKeys);
        QCOMPARE(data.revokedDevices, stored.revokedDevices);
        QCOMPARE(data.refusedSpendTokens, stored.refusedSpendTokens);
        QCOMPARE(data.recentCustomers, stored.recentCustomers);
    }

    // The sale screen reads the shop's settings from merchant_profile: a pull keeps it current.
    void keepsTheMerchantProfileInStep()
    {
        QVERIFY(cache().store(reference(kShop, 7), kFetched).ok());
        auto profile = sync::MerchantProfileCache(m_store->database()).find(kShop);
        QVERIFY(profile.ok() && profile->has_value());
        QCOMPARE((*profile)->issueRate, 7);
        QCOMPARE((*profile)->fetchedAt, kFetched);
    }

    void aNewPullReplacesTheOld()
    {
        QVERIFY(cache().store(reference(kShop, 7), kFetched).ok());
        sync::ReferenceData newer = reference(kShop, 9);
        newer.generatedAt = kGenerated.addSecs(300);
        newer.serverKeys = {key('c'), key('a')};
        newer.revokedDevices.clear();
        newer.refusedSpendTokens.removeLast();
        newer.recentCustomers = {{kCustomer, QStringLiteral("98•••••345"), core::Coins(100), kGenerated}};
        QVERIFY(cache().store(newer, kFetched.addSecs(300)).ok());

        auto loaded = cache().load(kShop);
        QVERIFY(loaded.ok() && loaded->has_value());
        QCOMPARE((*loaded)->generatedAt, newer.generatedAt);
        QCOMPARE((*loaded)->merchant.issueRate, 9);
        QCOMPARE((*loaded)->serverKeys, newer.serverKeys);
        QVERIFY((*loaded)->revokedDevices.isEmpty());
        QCOMPARE((*loaded)->refusedSpendTokens, newer.refusedSpendTokens);
        QCOMPARE((*loaded)->recentCustomers, newer.recentCustomers);
    }

    void keepsShopsApart()
    {
        QVERIFY(cache().store(reference(kShop, 7), kFetched).ok());
        sync::ReferenceData other = reference(kOtherShop, 3);
        other.recentCustomers.removeFirst();
        QVERIFY(cache().store(other, kFetched).ok());

        auto mine = cache().load(kShop);
        QVERIFY(mine.ok() && mine->has_value());
        QCOMPARE((*mine)->merchant.issueRate, 7);
        QCOMPARE((*mine)->recentCustomers.size(), 2);
        auto theirs = cache().load(kOtherShop);
        QVERIFY(theirs.ok() && theirs->has_value());
        QCOMPARE((*theirs)->recentCustomers.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReferenceCache)
#include "tst_reference_cache.moc"
