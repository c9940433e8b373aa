#include "tests/server/support/server_fixture.h"
#include "tests/testsupport/test_backends.h"

#include <QTest>

using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::TestBackends;

namespace {

const QString kWallet = QStringLiteral("/api/v1/wallet");

} // namespace

class TestWalletRoutes : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_server;

    void start(Dialect dialect)
    {
        auto fixture = ServerFixture::start(dialect);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_server = std::move(*fixture);
    }

private Q_SLOTS:
    void cleanup()
    {
        if (m_server) {
            m_server->verifyLedgerIsSound();
            m_server.reset();
        }
    }

    void walletShowsTheCallersCoins_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void walletShowsTheCallersCoins()
    {
        QFETCH(Dialect, dialect);
        start(dialect);
        if (QTest::currentTestFailed()) {
            return;
        }
        auto customerId = m_server->registerCustomer(QStringLiteral("asha@example.in"));
        QVERIFY(customerId.ok());
        QVERIFY(m_server->registerCustomer(QStringLiteral("other@example.in")).ok());
        QVERIFY(m_server->addMerchant(QStringLiteral("grocer@example.in"), true).ok());
        const QString customerToken = m_server->login(QStringLiteral("asha@example.in"));
        const QString merchantToken = m_server->login(QStringLiteral("grocer@example.in"));

        const ApiReply empty = m_server->api().get(kWallet, customerToken);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.data().value(QStringLiteral("customer_id")).toString(), *customerId);
        QCOMPARE(empty.data().value(QStringLiteral("balance")).toInteger(), 0);
        QCOMPARE(empty.data().value(QStringLiteral("referral_code")).toString().size(), 8);

        const ApiReply earned =
            m_server->api().post(QStringLiteral("/api/v1/merchant/earn"),
                                 {{QStringLiteral("customer_id"), *customerId},
                                  {QStringLiteral("bill_amount"), QStringLiteral("1771.20")}},
                                 merchantToken);
        QCOMPARE(earned.status, 201);

        const ApiReply wallet = m_server->api().get(kWallet, customerToken);
        QCOMPARE(wallet.status, 200);
        QCOMPARE(wallet.data().value(QStringLiteral("balance")).toInteger(), 88);
        QCOMPARE(wallet.data().value(QStringLiteral("lifetime_earned")).toInteger(), 88);
        QCOMPARE(wallet.data().value(QStringLiteral("lifetime_spent")).toInteger(), 0);
        QCOMPARE(wallet.data().value(QStringLiteral("expiring_soon")).toInteger(), 0);

        // Another customer sees only their own wallet.
        const ApiReply other =
            m_server->api().get(kWallet, m_server->login(QStringLiteral("other@example.in")));
        QCOMPARE(other.data().value(QStringLiteral("balance")).toInteger(), 0);

        // 54 days on, the 60-day lot is within the 7-day warning window; past 60 days it is gone.
        m_server->clock().advanceDays(54);
        const ApiReply soon =
            m_server->api().get(kWallet, m_server->login(QStringLiteral("asha@example.in")));
        QCOMPARE(soon.data().value(QStringLiteral("expiring_soon")).toInteger(), 88);
        m_server->clock().advanceDays(7);
        const ApiReply lapsed =
            m_server->api().get(kWallet, m_server->login(QStringLiteral("asha@example.in")));
        QCOMPARE(lapsed.data().value(QStringLiteral("balance")).toInteger(), 0);
        QCOMPARE(lapsed.data().value(QStringLiteral("lifetime_earned")).toInteger(), 88);
    }

    void walletIsForCustomersOnly_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void walletIsForCustomersOnly()
    {
        QFETCH(Dialect, dialect);
        start(dialect);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(m_server->addMerchant(QStringLiteral("grocer@example.in"), true).ok());
        const ApiReply merchant =
            m_server->api().get(kWallet, m_server->login(QStringLiteral("grocer@example.in")));
        QCOMPARE(merchant.status, 403);
        QCOMPARE(merchant.errorCode(), QStringLiteral("forbidden_role"));
        const ApiReply anonymous = m_server->api().get(kWallet);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.errorCode(), QStringLiteral("missing_token"));
    }
};

QTEST_GUILESS_MAIN(TestWalletRoutes)
#include "tst_wallet_routes.moc"
