#include "core/ledger/ledger_service.h"
#include "server/jobs/expiry_job.h"
#include "tests/server/support/server_test_case.h"

#include <QSignalSpy>
#include <QTest>

using namespace baartal;
using testsupport::ServerFixture;

// Coins lapse 60 days after they were earned; the job posts the expiry once, however often it runs.
class TestExpiryJob : public testsupport::ServerTestCase {
    Q_OBJECT

private:
    std::unique_ptr<core::LedgerService> m_ledger;

    void earn(const QString& bill)
    {
        const auto reply = server().api().post(
            QStringLiteral("/api/v1/merchant/earn"),
            {{QStringLiteral("customer_id"), shop().customerId}, {QStringLiteral("bill_amount"), bill}},
            server().login(ServerFixture::kMerchantLogin));
        QVERIFY2(reply.status == 201, qPrintable(reply.describe()));
    }

    qint64 balance()
    {
        const auto reply = server().api().get(QStringLiteral("/api/v1/wallet"),
                                              server().login(ServerFixture::kCustomerLogin));
        return reply.status == 200 ? reply.data().value(QStringLiteral("balance")).toInteger(-1) : -1;
    }

    [[nodiscard]] bool startShop(core::Dialect dialect)
    {
        if (!startWithShop(dialect, 10)) {
            return false;
        }
        m_ledger = std::make_unique<core::LedgerService>(server().database(), server().clock());
        return true;
    }

private Q_SLOTS:
    void expiresDueCoinsOnce_data() { addBackendRows(); }

    void expiresDueCoinsOnce()
    {
        QFETCH(core::Dialect, dialect);
        if (!startShop(dialect)) {
            return;
        }
        earn(QStringLiteral("1000")); // 100 coins, day 0
        server().clock().advanceDays(30);
        earn(QStringLiteral("500")); // 50 coins, day 30
        QCOMPARE(balance(), 150);

        server::ExpiryJob job(*m_ledger);
        server().clock().advanceDays(29); // day 59: nothing due yet
        QCOMPARE(job.runOnce().valueOr(-1), 0);
        QCOMPARE(balance(), 150);

        server().clock().advanceDays(2); // day 61: the first lot has lapsed
        const qint64 transactions = rows(QStringLiteral("transactions"));
        QCOMPARE(job.runOnce().valueOr(-1), 1);
        QCOMPARE(balance(), 50);
        QCOMPARE(rows(QStringLiteral("transactions")), transactions + 1);

        QCOMPARE(job.runOnce().valueOr(-1), 0);
        QCOMPARE(rows(QStringLiteral("transactions")), transactions + 1);
        QCOMPARE(balance(), 50);
    }

    void runsOnItsTimer()
    {
        if (!startShop(core::Dialect::Sqlite)) {
            return;
        }
        earn(QStringLiteral("100"));
        server().clock().advanceDays(61);
        server::ExpiryJob job(*m_ledger);
        QSignalSpy ran(&job, &server::ExpiryJob::ran);
        job.start(std::chrono::milliseconds(20));
        QTRY_VERIFY(ran.count() >= 2);
        QCOMPARE(ran.at(0).at(0).toInt(), 1);
        QCOMPARE(ran.at(1).at(0).toInt(), 0);
        QCOMPARE(balance(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExpiryJob)
#include "tst_expiry_job.moc"
