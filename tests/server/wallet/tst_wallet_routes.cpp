#include "tests/server/support/server_test_case.h"

#include <QTest>

using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerTestCase;

namespace {

const QString kWallet = QStringLiteral("/api/v1/wallet");

} // namespace

class TestWalletRoutes : public ServerTestCase {
    Q_OBJECT

private Q_SLOTS:
    void walletShowsTheCallersCoins_data() { addBackendRows(); }

    void walletShowsTheCallersCoins()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        auto customerId = server().registerCustomer(QStringLiteral("asha@example.in"));
        QVERIFY(customerId.ok());
        QVERIFY(server().registerCustomer(QStringLiteral("other@example.in")).ok());
        QVERIFY(server().addMerchant(QStringLiteral("grocer@example.in"), true).ok());
        const QString customerToken = server().login(QStringLiteral("asha@example.in"));
        const QString merchantToken = server().login(QStringLiteral("grocer@example.in"));

        const ApiReply empty = server().api().get(kWallet, customerToken);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.data().value(QStringLiteral("customer_id")).toString(), *customerId);
        QCOMPARE(empty.data().value(QStringLiteral("balance")).toInteger(), 0);
        QCOMPARE(empty.data().value(QStringLiteral("referral_code")).toString().size(), 8);

        const ApiReply earned =
            server().api().post(QStringLiteral("/api/v1/merchant/earn"),
                                {{QStringLiteral("customer_id"), *customerId},
                                 {QStringLiteral("bill_amount"), QStringLiteral("1771.20")}},
                                merchantToken);
        QCOMPARE(earned.status, 201);

        const ApiReply wallet = server().api().get(kWallet, customerToken);
        QCOMPARE(wallet.status, 200);
        QCOMPARE(wallet.data().value(QStringLiteral("balance")).toInteger(), 88);
        QCOMPARE(wallet.data().value(QStringLiteral("lifetime_earned")).toInteger(), 88);
        QCOMPARE(wallet.data().value(QStringLiteral("lifetime_spent")).toInteger(), 0);
        QCOMPARE(wallet.data().value(QStringLiteral("expiring_soon")).toInteger(), 0);

        // Another customer sees only their own wallet.
        const ApiReply other =
            server().api().get(kWallet, server().login(QStringLiteral("other@example.in")));
        QCOMPARE(other.data().value(QStringLiteral("balance")).toInteger(), 0);

        // 54 days on, the 60-day lot is within the 7-day warning window; past 60 days it is gone.
        server().clock().advanceDays(54);
        const ApiReply soon = server().api().get(kWallet, server().login(QStringLiteral("asha@example.in")));
        QCOMPARE(soon.data().value(QStringLiteral("expiring_soon")).toInteger(), 88);
        server().clock().advanceDays(7);
        const ApiReply lapsed =
            server().api().get(kWallet, server().login(QStringLiteral("asha@example.in")));
        QCOMPARE(lapsed.data().value(QStringLiteral("balance")).toInteger(), 0);
        QCOMPARE(lapsed.data().value(QStringLiteral("lifetime_earned")).toInteger(), 88);
    }

    void walletIsForCustomersOnly_data() { addBackendRows(); }

    void walletIsForCustomersOnly()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        QVERIFY(server().addMerchant(QStringLiteral("grocer@example.in"), true).ok());
        const ApiReply merchant =
            server().api().get(kWallet, server().login(QStringLiteral("grocer@example.in")));
        QCOMPARE(merchant.status, 403);
        QCOMPARE(merchant.errorCode(), QStringLiteral("forbidden_role"));
        const ApiReply anonymous = server().api().get(kWallet);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.errorCode(), QStringLiteral("missing_token"));
    }
};

QTEST_GUILESS_MAIN(TestWalletRoutes)
#include "tst_wallet_routes.moc"
