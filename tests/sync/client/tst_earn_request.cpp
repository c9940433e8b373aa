#include "sync/client/earn_request.h"

#include <QJsonDocument>
#include <QTest>

using baartal::core::Coins;
using baartal::core::Paise;
using baartal::sync::EarnRequest;

class TstEarnRequest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void toJson_data();
    void toJson();
};

void TstEarnRequest::toJson_data()
{
    QTest::addColumn<qint64>("billPaise");
    QTest::addColumn<qint64>("redeemCoins");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("nothing redeemed leaves the field out")
        << qint64{177120} << qint64{0}
        << QByteArray(R"({"bill_amount":1771.2,"client_txn_id":"sale-1","customer_id":"customer-1"})");
    QTest::newRow("coins redeemed")
        << qint64{10000} << qint64{20}
        << QByteArray(
               R"({"bill_amount":100,"client_txn_id":"sale-1","customer_id":"customer-1","redeem_coins":20})");
    QTest::newRow("one paisa")
        << qint64{1} << qint64{0}
        << QByteArray(R"({"bill_amount":0.01,"client_txn_id":"sale-1","customer_id":"customer-1"})");
    QTest::newRow("a lakh and a half")
        << qint64{15000050} << qint64{0}
        << QByteArray(R"({"bill_amount":150000.5,"client_txn_id":"sale-1","customer_id":"customer-1"})");
}

void TstEarnRequest::toJson()
{
    QFETCH(qint64, billPaise);
    QFETCH(qint64, redeemCoins);
    QFETCH(QByteArray, body);

    const EarnRequest request{QStringLiteral("sale-1"), QStringLiteral("customer-1"), Paise(billPaise),
                              Coins(redeemCoins)};
    QCOMPARE(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact), body);
    // The server reads the amount back to the paisa.
    const auto bill = Paise::fromJsonNumber(request.toJson().value(QStringLiteral("bill_amount")).toDouble());
    QVERIFY(bill.ok());
    QCOMPARE(bill->value(), billPaise);
}

QTEST_GUILESS_MAIN(TstEarnRequest)
#include "tst_earn_request.moc"
