#include "core/crypto/base64_url.h"
#include "sync/client/device_registration.h"

#include <QTest>

using namespace baartal;

namespace {

const QByteArray kKey(32, 'k');

QJsonObject answer()
{
    return {{QStringLiteral("id"), QStringLiteral("7c0e2b1a-3d4f-4a5b-8c6d-9e0f1a2b3c4d")},
            {QStringLiteral("merchant_id"), QStringLiteral("0b7d5e4c-8c1e-4f3a-9d2b-6a1f0e3c5b7a")},
            {QStringLiteral("name"), QStringLiteral("Counter 1")},
            {QStringLiteral("public_key"), QString::fromLatin1(core::Base64Url::encode(kKey))},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-23T09:30:00.000Z")},
            {QStringLiteral("revoked_at"), QJsonValue::Null},
            {QStringLiteral("last_sequence"), 0}};
}

} // namespace

class TestDeviceRegistration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheServersAnswer()
    {
        const auto registration = sync::DeviceRegistration::fromJson(answer());
        QVERIFY(registration.ok());
        QCOMPARE(registration->deviceId, QStringLiteral("7c0e2b1a-3d4f-4a5b-8c6d-9e0f1a2b3c4d"));
        QCOMPARE(registration->merchantId, QStringLiteral("0b7d5e4c-8c1e-4f3a-9d2b-6a1f0e3c5b7a"));
        QCOMPARE(registration->name, QStringLiteral("Counter 1"));
        QCOMPARE(registration->publicKey, kKey);
    }

    void brokenAnswerIsInvalidResponse_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no id") << "id" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("empty id") << "id" << QJsonValue(QString());
        QTest::newRow("numeric id") << "id" << QJsonValue(7);
        QTest::newRow("no merchant") << "merchant_id" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no name") << "name" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no key") << "public_key" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("key not base64url") << "public_key" << QJsonValue(QStringLiteral("a+b/"));
        QTest::newRow("31-byte key") << "public_key"
                                     << QJsonValue(QString::fromLatin1(
                                            core::Base64Url::encode(QByteArray(31, 'k'))));
    }

    void brokenAnswerIsInvalidResponse()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject data = answer();
        if (value.isUndefined()) {
            data.remove(field);
        } else {
            data.insert(field, value);
        }
        const auto registration = sync::DeviceRegistration::fromJson(data);
        QVERIFY(!registration.ok());
        QCOMPARE(registration.error().code, QStringLiteral("invalid_response"));
        QVERIFY2(registration.error().message.contains(field), qPrintable(registration.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDeviceRegistration)
#include "tst_device_registration.moc"
