#include "core/crypto/base64_url.h"
#include "core/crypto/ed25519_key_pair.h"
#include "sync/client/reference_data.h"

#include <QJsonArray>
#include <QTest>

using namespace baartal;

namespace {

const QString kShop = QStringLiteral("0b7d5e4c-8c1e-4f3a-9d2b-6a1f0e3c5b7a");
const QString kCustomer = QStringLiteral("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");
const QString kNonce = QStringLiteral("c0ffee00-1234-4abc-8def-0123456789ab");
const QString kDevice = QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

core::Ed25519PublicKey key(char fill)
{
    return core::Ed25519KeyPair::fromSeed(QByteArray(core::Ed25519KeyPair::kSeedBytes, fill))->publicKey();
}

QJsonObject keyJson(const core::Ed25519PublicKey& publicKey)
{
    return {{QStringLiteral("kid"), publicKey.kid()},
            {QStringLiteral("alg"), QStringLiteral("Ed25519")},
            {QStringLiteral("public_key"), QString::fromLatin1(core::Base64Url::encode(publicKey.bytes()))}};
}

// An answer as docs/sync-protocol.md §5 shows it.
QJsonObject answer()
{
    return QJsonObject{
        {QStringLiteral("generated_at"), QStringLiteral("2026-01-15T10:00:00.000Z")},
        {QStringLiteral("merchant"),
         QJsonObject{{QStringLiteral("id"), kShop},
                     {QStringLiteral("business_name"), QStringLiteral("Dadar Fresh Grocers")},
                     {QStringLiteral("category"), QStringLiteral("grocery")},
                     {QStringLiteral("issue_rate"), 7},
                     {QStringLiteral("spend_cap_percent"), 30},
                     {QStringLiteral("approved"), true},
                     {QStringLiteral("status"), QStringLiteral("approved")}}},
        {QStringLiteral("server_keys"), QJsonArray{keyJson(key('a')), keyJson(key('b'))}},
        {QStringLiteral("revoked_devices"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), kDevice},
                                {QStringLiteral("name"), QStringLiteral("Old till")},
                                {QStringLiteral("revoked_at"), QStringLiteral("2026-01-14T08:00:00.000Z")}}}},
        {QStringLiteral("revoked_spend_tokens"),
         QJsonArray{QJsonObject{{QStringLiteral("nonce"), kNonce},
                                {QStringLiteral("customer_id"), kCustomer},
                                {QStringLiteral("state"), QStringLiteral("redeemed")},
                                {QStringLiteral("expires_at"), QStringLiteral("2026-01-15T09:45:00.000Z")}}}},
        {QStringLiteral("recent_customers"),
         QJsonArray{
             QJsonObject{{QStringLiteral("customer_id"), kCustomer},
                         {QStringLiteral("name_masked"), QStringLiteral("98•••••345")},
                         {QStringLiteral("balance"), 240},
                         {QStringLiteral("last_visit_at"), QStringLiteral("2026-01-15T09:30:00.000Z")}}}}};
}

// `object` with the value at `path` ("merchant/issue_rate", "server_keys/0/public_key") replaced, or
// removed when `value` is undefined.
QJsonValue replaced(const QJsonValue& object, QStringList path, const QJsonValue& value)
{
    const QString head = path.takeFirst();
    if (object.isArray()) {
        QJsonArray array = object.toArray();
        array[head.toInt()] = path.isEmpty() ? value : replaced(array.at(head.toInt()), path, value);
        return array;
    }
    QJsonObject copy = object.toObject();
    if (path.isEmpty() && value.isUndefined()) {
        copy.remove(head);
    } else {
        copy[head] = path.isEmpty() ? value : replaced(copy.value(head), path, value);
    }
    return copy;
}

} // namespace

// The answer of GET /api/v1/sync/reference as the counter reads it.
class TestReferenceData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsEveryPart()
    {
        auto reference = sync::ReferenceData::fromJson(answer());
        QVERIFY2(reference.ok(), qPrintable(reference.ok() ? QString() : reference.error().message));
        QCOMPARE(reference->generatedAt, QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC));
        QCOMPARE(reference->merchant.id, kShop);
        QCOMPARE(reference->merchant.issueRate, 7);
        QCOMPARE(reference->merchant.spendCapPercent, std::optional<int>(30));
        QVERIFY(reference->merchant.approved);
        QCOMPARE(reference->merchantStatus, QStringLiteral("approved"));
        QCOMPARE(reference->serverKeys, (QList<core::Ed25519PublicKey>{key('a'), key('b')}));
        QCOMPARE(reference->revokedDevices,
                 (QList<sync::RevokedDevice>{{kDevice, QStringLiteral("Old till"),
                                              QDateTime(QDate(2026, 1, 14), QTime(8, 0), Qt::UTC)}}));
        QVERIFY(reference->isSpendTokenRefused(kNonce));
        QVERIFY(!reference->isSpendTokenRefused(kCustomer));
        QCOMPARE(reference->refusedSpendTokens.at(0).state, QStringLiteral("redeemed"));
        const auto customer = reference->customer(kCustomer);
        QVERIFY(customer.has_value());
        QCOMPARE(customer->balance, core::Coins(240));
        QCOMPARE(customer->nameMasked, QStringLiteral("98•••••345"));
        QCOMPARE(customer->lastVisitAt, QDateTime(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC));
        QVERIFY(!reference->customer(kShop).has_value());
    }

    void acceptsEmptyListsAndNoCap()
    {
        QJsonObject data =
            replaced(answer(), {QStringLiteral("merchant"), QStringLiteral("spend_cap_percent")},
                     QJsonValue::Null)
                .toObject();
        for (const QString& list : {QStringLiteral("revoked_devices"), QStringLiteral("revoked_spend_tokens"),
                                    QStringLiteral("recent_customers")}) {
            data[list] = QJsonArray();
        }
        auto reference = sync::ReferenceData::fromJson(data);
        QVERIFY(reference.ok());
        QVERIFY(!reference->merchant.spendCapPercent.has_value());
        QVERIFY(reference->recentCustomers.isEmpty());
    }

    void refusesABrokenAnswer_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value"); // undefined: the field is left out
        QTest::newRow("no generated_at") << "generated_at" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("generated_at not a time") << "generated_at" << QJsonValue(QStringLiteral("yesterday"));
        QTest::newRow("no merchant") << "merchant" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("issue rate out of range") << "merchant/issue_rate" << QJsonValue(21);
        QTest::newRow("no status") << "merchant/status" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("keys not a list") << "server_keys" << QJsonValue(QStringLiteral("k"));
        QTest::newRow("key too short") << "server_keys/0/public_key" << QJsonValue(QStringLiteral("AAAA"));
        QTest::newRow("key of another algorithm")
            << "server_keys/1/alg" << QJsonValue(QStringLiteral("RS256"));
        QTest::newRow("device without id") << "revoked_devices/0/id" << QJsonValue(QJsonValue::Null);
        QTest::newRow("token without nonce") << "revoked_spend_tokens/0/nonce" << QJsonValue(QString());
        QTest::newRow("token list element not an object") << "revoked_spend_tokens/0" << QJsonValue(3);
        QTest::newRow("fractional balance") << "recent_customers/0/balance" << QJsonValue(2.5);
        QTest::newRow("bad visit time") << "recent_customers/0/last_visit_at" << QJsonValue(17);
        QTest::newRow("no customer list") << "recent_customers" << QJsonValue(QJsonValue::Undefined);
    }

    void refusesABrokenAnswer()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        auto reference =
            sync::ReferenceData::fromJson(replaced(answer(), path.split(QLatin1Char('/')), value).toObject());
        QVERIFY(!reference.ok());
        QCOMPARE(reference.error().code, QStringLiteral("invalid_response"));
    }
};

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_reference_data.moc"
