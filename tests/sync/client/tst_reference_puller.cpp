#include "core/time/clock.h"
#include "sync/client/counter_token_check.h"
#include "sync/client/merchant_profile_cache.h"
#include "sync/client/reference_cache.h"
#include "sync/client/reference_puller.h"
#include "tests/sync/support/counter_fixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace baartal;
using testsupport::CounterFixture;
using testsupport::ServerFixture;

// The counter's reference pull against a real server, and its use from the cache while offline.
class TestReferencePuller : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CounterFixture> m_counter;

    std::unique_ptr<sync::ReferencePuller> puller()
    {
        return std::make_unique<sync::ReferencePuller>(m_counter->api(), m_counter->store(),
                                                       m_counter->merchant().id, m_counter->server().clock());
    }

    // An online sale of ₹2,000 at 5 per ₹100: 100 coins for the customer.
    bool earnOnline()
    {
        ServerFixture& server = m_counter->server();
        return server.api()
                   .post(QStringLiteral("/api/v1/merchant/earn"),
                         {{QStringLiteral("customer_id"), m_counter->customerId()},
                          {QStringLiteral("bill_amount"), 2000}},
                         server.login(ServerFixture::kMerchantLogin))
                   .status == 201;
    }

private Q_SLOTS:
    void init()
    {
        auto fixture = CounterFixture::start(5);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_counter = std::move(*fixture);
    }

    void cleanup()
    {
        if (m_counter) {
            m_counter->server().verifyLedgerIsSound();
        }
        m_counter.reset();
    }

    void pullsAndCachesTheShopsReference()
    {
        QVERIFY(earnOnline());
        auto pulling = puller();
        QSignalSpy updated(pulling.get(), &sync::ReferencePuller::updated);
        pulling->start();
        QTRY_COMPARE(updated.count(), 1);

        const sync::ReferenceData& reference = *pulling->reference();
        QCOMPARE(reference.merchant.id, m_counter->merchant().id);
        QCOMPARE(reference.merchant.issueRate, 5);
        QCOMPARE(reference.merchantStatus, QStringLiteral("approved"));
        const QJsonArray keys = m_counter->server()
                                    .api()
                                    .get(QStringLiteral("/api/v1/keys"))
                                    .data()
                                    .value(QStringLiteral("keys"))
                                    .toArray();
        QCOMPARE(reference.serverKeys.size(), keys.size());
        QCOMPARE(reference.serverKeys.first().kid(),
                 keys.first().toObject().value(QStringLiteral("kid")).toString());
        const auto customer = reference.customer(m_counter->customerId());
        QVERIFY(customer.has_value());
        QCOMPARE(customer->balance, core::Coins(100));

        auto cached = sync::ReferenceCache(m_counter->store().database()).load(m_counter->merchant().id);
        QVERIFY(cached.ok() && cached->has_value());
        QCOMPARE((*cached)->recentCustomers, reference.recentCustomers);
        QCOMPARE((*cached)->serverKeys, reference.serverKeys);
        auto profile =
            sync::MerchantProfileCache(m_counter->store().database()).find(m_counter->merchant().id);
        QVERIFY(profile.ok() && profile->has_value());
        QCOMPARE((*profile)->fetchedAt, m_counter->server().clock().now());
    }

    void pullsAgainEveryInterval()
    {
        auto pulling = puller();
        pulling->setInterval(std::chrono::milliseconds(50));
        QSignalSpy updated(pulling.get(), &sync::ReferencePuller::updated);
        pulling->start();
        QTRY_VERIFY(updated.count() >= 1);
        QVERIFY(!pulling->reference()->customer(m_counter->customerId()).has_value());
        QVERIFY(earnOnline());
        QTRY_VERIFY(pulling->reference()->customer(m_counter->customerId()).has_value());
        QCOMPARE(pulling->reference()->customer(m_counter->customerId())->balance, core::Coins(100));
    }

    // A counter started during an outage trades on what it cached: the keys check a spend QR, the
    // balances show, and a token the server saw redeemed is refused.
    void theCacheServesWhileOffline()
    {
        QVERIFY(earnOnline());
        const QString redeemed = m_counter->customerToken(10);
        ServerFixture& server = m_counter->server();
        QCOMPARE(server.api()
                     .post(QStringLiteral("/api/v1/merchant/earn"),
                           {{QStringLiteral("spend_token"), redeemed}, {QStringLiteral("bill_amount"), 500}},
                           server.login(ServerFixture::kMerchantLogin))
                     .status,
                 201);
        const QString fresh = m_counter->customerToken(20);
        {
            auto online = puller();
            QSignalSpy updated(online.get(), &sync::ReferencePuller::updated);
            online->start();
            QTRY_COMPARE(updated.count(), 1);
        }

        m_counter->cutTheNetwork();
        auto offline = puller();
        QSignalSpy updated(offline.get(), &sync::ReferencePuller::updated);
        QSignalSpy failed(offline.get(), &sync::ReferencePuller::failed);
        offline->start();
        QCOMPARE(updated.count(), 1); // the cached copy, at once
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<core::Error>().code, QStringLiteral("network_unreachable"));
        QCOMPARE(updated.count(), 1);

        const sync::ReferenceData& reference = *offline->reference();
        QVERIFY(reference.customer(m_counter->customerId()).has_value());
        const sync::CounterTokenCheck check(reference, m_counter->store().database());
        const QDateTime now = server.clock().now();
        auto spend = check.spend(fresh, now);
        QVERIFY2(spend.ok(), qPrintable(spend.ok() ? QString() : spend.error().code));
        QCOMPARE(spend->customerId, m_counter->customerId());
        QCOMPARE(spend->coins, core::Coins(20));
        auto refused = check.spend(redeemed, now);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("spend_token_refused"));
    }
};

QTEST_MAIN(TestReferencePuller)
#include "tst_reference_puller.moc"
