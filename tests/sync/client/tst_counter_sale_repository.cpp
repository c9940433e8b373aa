#include "sync/client/counter_sale_repository.h"
#include "tests/sync/support/temporary_counter_store.h"

#include <QTest>

using namespace baartal;

class TestCounterSaleRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TemporaryCounterStore> m_store;
    const QDateTime m_start{QDate(2026, 11, 23), QTime(10, 0), Qt::UTC};

    sync::CounterSale sale(const QString& id, int minutesAfterStart) const
    {
        sync::CounterSale s;
        s.clientTxnId = id;
        s.merchantId = QStringLiteral("merchant-1");
        s.customerId = QStringLiteral("customer-1");
        s.bill = core::Paise(45000);
        s.issueRate = 5;
        s.coinsEarnedLocal = core::Coins(22);
        s.createdAt = m_start.addSecs(60 * minutesAfterStart);
        s.updatedAt = s.createdAt;
        return s;
    }

    sync::CounterSaleRepository sales() { return sync::CounterSaleRepository(m_store->database()); }

private Q_SLOTS:
    void init()
    {
        auto store = testsupport::TemporaryCounterStore::create();
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        m_store = std::move(*store);
    }

    void cleanup() { m_store.reset(); }

    void addedSaleIsPendingAndReadsBackWhole()
    {
        QVERIFY(sales().add(sale(QStringLiteral("a"), 0)).ok());
        auto found = sales().find(QStringLiteral("a"));
        QVERIFY(found.ok() && found->has_value());
        const sync::CounterSale& s = **found;
        QCOMPARE(s.status, sync::SaleStatus::Pending);
        QCOMPARE(s.bill, core::Paise(45000));
        QCOMPARE(s.coinsEarnedLocal, core::Coins(22));
        QCOMPARE(s.issueRate, 5);
        QCOMPARE(s.createdAt, m_start);
        QVERIFY(!s.serverCoinsEarned.has_value());
        QVERIFY(!s.customerBalance.has_value());
    }

    // The id is what the server deduplicates on, so the counter must never hold it twice.
    void sameClientIdIsRefused()
    {
        QVERIFY(sales().add(sale(QStringLiteral("a"), 0)).ok());
        const core::Status again = sales().add(sale(QStringLiteral("a"), 1));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("unique_violation"));
    }

    void confirmationRecordsTheServersNumbers()
    {
        QVERIFY(sales().add(sale(QStringLiteral("a"), 0)).ok());
        const sync::CounterSaleRepository::ServerNumbers numbers{QStringLiteral("server-9"), core::Coins(23),
                                                                 core::Coins(140)};
        QVERIFY(sales().markConfirmed(QStringLiteral("a"), numbers, m_start.addSecs(5)).ok());
        auto s = sales().find(QStringLiteral("a"));
        QVERIFY(s.ok() && s->has_value());
        QCOMPARE((*s)->status, sync::SaleStatus::Confirmed);
        QCOMPARE((*s)->serverTxnId, QStringLiteral("server-9"));
        QCOMPARE((*s)->serverCoinsEarned, std::optional(core::Coins(23)));
        QCOMPARE((*s)->customerBalance, std::optional(core::Coins(140)));
        QCOMPARE((*s)->updatedAt, m_start.addSecs(5));
    }

    void rejectionRecordsTheReason()
    {
        QVERIFY(sales().add(sale(QStringLiteral("a"), 0)).ok());
        QVERIFY(
            sales()
                .markRejected(QStringLiteral("a"), QStringLiteral("customer_not_found"), m_start.addSecs(5))
                .ok());
        auto s = sales().find(QStringLiteral("a"));
        QVERIFY(s.ok() && s->has_value());
        QCOMPARE((*s)->status, sync::SaleStatus::Rejected);
        QCOMPARE((*s)->errorCode, QStringLiteral("customer_not_found"));
        QCOMPARE((*s)->updatedAt, m_start.addSecs(5));
    }

    void settledSalesNeverChange_data()
    {
        QTest::addColumn<bool>("firstConfirms");
        QTest::addColumn<bool>("thenConfirms");
        QTest::newRow("confirmed, then confirmed again") << true << true;
        QTest::newRow("confirmed, then rejected") << true << false;
        QTest::newRow("rejected, then confirmed") << false << true;
        QTest::newRow("rejected, then rejected again") << false << false;
    }

    void settledSalesNeverChange()
    {
        QFETCH(bool, firstConfirms);
        QFETCH(bool, thenConfirms);
        QVERIFY(sales().add(sale(QStringLiteral("a"), 0)).ok());
        const sync::CounterSaleRepository::ServerNumbers numbers{QStringLiteral("server-1"), {}, {}};
        auto settle = [&](bool confirm) {
            return confirm ? sales().markConfirmed(QStringLiteral("a"), numbers, m_start)
                           : sales().markRejected(QStringLiteral("a"), QStringLiteral("x"), m_start);
        };
        QVERIFY(settle(firstConfirms).ok());
        const core::Status second = settle(thenConfirms);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("sale_not_pending"));
        auto s = sales().find(QStringLiteral("a"));
        QCOMPARE((*s)->status, firstConfirms ? sync::SaleStatus::Confirmed : sync::SaleStatus::Rejected);
    }

    void unknownSaleCannotBeSettled()
    {
        const core::Status settled = sales().markConfirmed(QStringLiteral("ghost"), {}, m_start);
        QVERIFY(!settled.ok());
        QCOMPARE(settled.error().code, QStringLiteral("sale_not_pending"));
    }

    void recentIsNewestFirstPerMerchantAndLimited()
    {
        for (int i = 0; i < 5; ++i) {
            QVERIFY(sales().add(sale(QStringLiteral("s%1").arg(i), i)).ok());
        }
        sync::CounterSale other = sale(QStringLiteral("other"), 10);
        other.merchantId = QStringLiteral("merchant-2");
        QVERIFY(sales().add(other).ok());
        auto recent = sales().recent(QStringLiteral("merchant-1"), 3);
        QVERIFY(recent.ok());
        QCOMPARE(recent->size(), 3);
        QCOMPARE(recent->at(0).clientTxnId, QStringLiteral("s4"));
        QCOMPARE(recent->at(2).clientTxnId, QStringLiteral("s2"));
    }

    void sinceKeepsTheMerchantsSalesFromThatTimeNewestFirst()
    {
        for (int i = 0; i < 5; ++i) {
            QVERIFY(sales().add(sale(QStringLiteral("s%1").arg(i), i)).ok());
        }
        sync::CounterSale other = sale(QStringLiteral("other"), 4);
        other.merchantId = QStringLiteral("merchant-2");
        QVERIFY(sales().add(other).ok());
        auto since = sales().since(QStringLiteral("merchant-1"), m_start.addSecs(2 * 60), 10);
        QVERIFY(since.ok());
        QCOMPARE(since->size(), 3);
        QCOMPARE(since->at(0).clientTxnId, QStringLiteral("s4"));
        QCOMPARE(since->at(2).clientTxnId, QStringLiteral("s2"));
        auto limited = sales().since(QStringLiteral("merchant-1"), m_start, 2);
        QVERIFY(limited.ok());
        QCOMPARE(limited->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCounterSaleRepository)
#include "tst_counter_sale_repository.moc"
