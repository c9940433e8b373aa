#include "sync/client/earn_receipt.h"
#include "sync/client/response_fields.h"
#include "tests/testsupport/json_edits.h"

#include <QTest>

using baartal::core::ErrorKind;
using baartal::sync::EarnReceipt;
using baartal::sync::ResponseFields;
using baartal::testsupport::JsonEdits;

namespace {

// What POST /api/v1/merchant/earn answers for a new sale of ₹1771.20 at 5 coins per ₹100.
QJsonObject newSale()
{
    return {{QStringLiteral("transaction"),
             QJsonObject{{QStringLiteral("txn_id"), QStringLiteral("txn-1")},
                         {QStringLiteral("customer_id"), QStringLiteral("customer-1")},
                         {QStringLiteral("merchant_id"), QStringLiteral("merchant-1")},
                         {QStringLiteral("amount"), 1771.2},
                         {QStringLiteral("bcoins_earned"), 88},
                         {QStringLiteral("bcoins_spent"), 0},
                         {QStringLiteral("type"), QStringLiteral("earn")},
                         {QStringLiteral("timestamp"), QStringLiteral("2026-01-15T10:00:00.000Z")}}},
            {QStringLiteral("balance"), 88},
            {QStringLiteral("duplicate"), false}};
}

} // namespace

class TstEarnReceipt : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsAReceipt_data();
    void readsAReceipt();
    void refusesABrokenReceipt_data();
    void refusesABrokenReceipt();
};

void TstEarnReceipt::readsAReceipt_data()
{
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<qint64>("earned");
    QTest::addColumn<qint64>("spent");
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<bool>("duplicate");

    QJsonObject redeemed = JsonEdits::with(newSale(), u"transaction.bcoins_spent", 20);
    redeemed = JsonEdits::with(redeemed, u"transaction.bcoins_earned", 4);
    redeemed = JsonEdits::with(redeemed, u"balance", 72);
    QTest::newRow("new sale") << newSale() << qint64{88} << qint64{0} << qint64{88} << false;
    QTest::newRow("resent sale") << JsonEdits::with(newSale(), u"duplicate", true) << qint64{88} << qint64{0}
                                 << qint64{88} << true;
    QTest::newRow("no duplicate flag")
        << JsonEdits::without(newSale(), u"duplicate") << qint64{88} << qint64{0} << qint64{88} << false;
    QTest::newRow("coins redeemed") << redeemed << qint64{4} << qint64{20} << qint64{72} << false;
    QTest::newRow("bill too small to earn")
        << JsonEdits::with(JsonEdits::with(newSale(), u"transaction.bcoins_earned", 0), u"balance", 0)
        << qint64{0} << qint64{0} << qint64{0} << false;
}

void TstEarnReceipt::readsAReceipt()
{
    QFETCH(QJsonObject, data);
    QFETCH(qint64, earned);
    QFETCH(qint64, spent);
    QFETCH(qint64, balance);
    QFETCH(bool, duplicate);

    const auto receipt = EarnReceipt::fromJson(data);
    QVERIFY2(receipt.ok(), qPrintable(receipt.ok() ? QString() : receipt.error().message));
    QCOMPARE(receipt->serverTxnId, QStringLiteral("txn-1"));
    QCOMPARE(receipt->customerId, QStringLiteral("customer-1"));
    QCOMPARE(receipt->coinsEarned.value(), earned);
    QCOMPARE(receipt->coinsSpent.value(), spent);
    QCOMPARE(receipt->balance.value(), balance);
    QCOMPARE(receipt->duplicate, duplicate);
}

void TstEarnReceipt::refusesABrokenReceipt_data()
{
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<QString>("field");

    QTest::newRow("empty answer") << QJsonObject() << "transaction";
    QTest::newRow("transaction not an object")
        << JsonEdits::with(newSale(), u"transaction", QStringLiteral("txn-1")) << "transaction";
    QTest::newRow("no transaction id") << JsonEdits::without(newSale(), u"transaction.txn_id") << "txn_id";
    QTest::newRow("empty customer id")
        << JsonEdits::with(newSale(), u"transaction.customer_id", QString()) << "customer_id";
    QTest::newRow("negative earned") << JsonEdits::with(newSale(), u"transaction.bcoins_earned", -1)
                                     << "bcoins_earned";
    QTest::newRow("fractional earned")
        << JsonEdits::with(newSale(), u"transaction.bcoins_earned", 88.5) << "bcoins_earned";
    QTest::newRow("earned as text") << JsonEdits::with(newSale(), u"transaction.bcoins_earned",
                                                       QStringLiteral("88"))
                                    << "bcoins_earned";
    QTest::newRow("negative spent") << JsonEdits::with(newSale(), u"transaction.bcoins_spent", -20)
                                    << "bcoins_spent";
    QTest::newRow("no spent") << JsonEdits::without(newSale(), u"transaction.bcoins_spent") << "bcoins_spent";
    QTest::newRow("no balance") << JsonEdits::without(newSale(), u"balance") << "balance";
    QTest::newRow("balance as text") << JsonEdits::with(newSale(), u"balance", QStringLiteral("88"))
                                     << "balance";
}

void TstEarnReceipt::refusesABrokenReceipt()
{
    QFETCH(QJsonObject, data);
    QFETCH(QString, field);

    const auto receipt = EarnReceipt::fromJson(data);
    QVERIFY(!receipt.ok());
    QCOMPARE(receipt.error().code, QStringLiteral("invalid_response"));
    QCOMPARE(receipt.error().kind, ErrorKind::Internal);
    QCOMPARE(receipt.error().message, ResponseFields::invalid(field).message);
}

QTEST_GUILESS_MAIN(TstEarnReceipt)
#include "tst_earn_receipt.moc"
