#include "ui/receipt/receipt.h"

#include <QTest>

using namespace baartal;
using ui::Receipt;

// What a receipt says about a sale in each of its states, before any layout.
class TestReceipt : public QObject {
    Q_OBJECT

private:
    static constexpr auto kCustomer = "0b5e7c1a-6d2f-4e8a-9c3b-5f1d2a7e4c90";

    static sync::MerchantProfile shop()
    {
        sync::MerchantProfile shop;
        shop.id = QStringLiteral("3f0e9d8c-1b2a-4c5d-8e7f-6a5b4c3d2e1f");
        shop.businessName = QStringLiteral("Sharma General Store");
        shop.issueRate = 5;
        return shop;
    }

    static sync::CounterSale spend()
    {
        sync::CounterSale sale;
        sale.clientTxnId = QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001");
        sale.customerId = QString::fromLatin1(kCustomer);
        sale.bill = core::Paise(123456);
        sale.redeemCoins = core::Coins(50);
        sale.coinsEarnedLocal = core::Coins(59);
        sale.createdAt = QDateTime(QDate(2026, 11, 23), QTime(12, 30), Qt::UTC);
        return sale;
    }

private Q_SLOTS:
    void pendingSaleShowsTheCountersOwnCoins()
    {
        const Receipt receipt = Receipt::of(spend(), shop());
        QCOMPARE(receipt.shopName, QStringLiteral("Sharma General Store"));
        QCOMPARE(receipt.transactionId, QStringLiteral("A1B2C3D4"));
        QCOMPARE(receipt.customer, QStringLiteral("•••7e4c90"));
        QCOMPARE(receipt.bill, core::Paise(123456));
        QCOMPARE(receipt.redeemed, core::Coins(50));
        QCOMPARE(receipt.payable, core::Paise(118456));
        QCOMPARE(receipt.earned, core::Coins(59));
        QCOMPARE(receipt.standing, Receipt::Standing::Pending);
        QVERIFY(!receipt.balance);
        QVERIFY(!receipt.voided);
    }

    void confirmedSaleShowsTheServersCoinsAndBalance()
    {
        sync::CounterSale sale = spend();
        sale.status = sync::SaleStatus::Confirmed;
        sale.serverCoinsEarned = core::Coins(58);
        sale.customerBalance = core::Coins(1250);
        const Receipt receipt = Receipt::of(sale, shop());
        QCOMPARE(receipt.standing, Receipt::Standing::Confirmed);
        QCOMPARE(receipt.earned, core::Coins(58));
        QCOMPARE(receipt.balance, std::optional<core::Coins>(core::Coins(1250)));
    }

    void refusedSaleMovedNothing()
    {
        sync::CounterSale sale = spend();
        sale.status = sync::SaleStatus::Rejected;
        sale.errorCode = QStringLiteral("insufficient_balance");
        const Receipt receipt = Receipt::of(sale, shop());
        QCOMPARE(receipt.standing, Receipt::Standing::Refused);
        QCOMPARE(receipt.refusalCode, QStringLiteral("insufficient_balance"));
        QCOMPARE(receipt.earned, core::Coins(0));
        QCOMPARE(receipt.redeemed, core::Coins(0));
        QCOMPARE(receipt.payable, sale.bill);
    }

    void voidedSaleCarriesItsReasonAndNoBalance()
    {
        sync::CounterSale sale = spend();
        sale.status = sync::SaleStatus::Confirmed;
        sale.serverCoinsEarned = core::Coins(58);
        sale.customerBalance = core::Coins(1250);
        sale.voidedBy = QStringLiteral("ffee0011-0000-4000-8000-000000000002");
        sale.voidReason = QStringLiteral("wrong amount typed");
        const Receipt receipt = Receipt::of(sale, shop());
        QVERIFY(receipt.voided);
        QCOMPARE(receipt.voidReason, QStringLiteral("wrong amount typed"));
        QCOMPARE(receipt.voidTransactionId, QStringLiteral("FFEE0011"));
        QVERIFY(!receipt.balance);
    }

    void maskNeverShowsTheWholeId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("masked");
        QTest::newRow("uuid") << QString::fromLatin1(kCustomer) << QStringLiteral("•••7e4c90");
        QTest::newRow("short") << QStringLiteral("abc123") << QStringLiteral("•••");
        QTest::newRow("empty") << QString() << QStringLiteral("•••");
    }

    void maskNeverShowsTheWholeId()
    {
        QFETCH(QString, id);
        QFETCH(QString, masked);
        QCOMPARE(Receipt::maskCustomer(id), masked);
    }
};

QTEST_GUILESS_MAIN(TestReceipt)
#include "tst_receipt.moc"
