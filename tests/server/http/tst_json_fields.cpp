#include "server/http/json_fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using baartal::server::JsonFields;

namespace {

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestJsonFields : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requireString_data();
    void requireString();
    void optionalString_data();
    void optionalString();
    void requireInt_data();
    void requireInt();
    void requireUuid_data();
    void requireUuid();
    void requirePaise_data();
    void requirePaise();
    void messagesNameTheField();
};

void TestJsonFields::requireString_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");

    QTest::newRow("present") << QByteArray(R"({"email_or_phone":"9820012345"})")
                             << QStringLiteral("9820012345") << QString();
    QTest::newRow("kept as sent") << QByteArray(R"({"email_or_phone":" a@b.in "})")
                                  << QStringLiteral(" a@b.in ") << QString();
    QTest::newRow("absent") << QByteArray(R"({"other":"x"})") << QString() << QStringLiteral("missing_field");
    QTest::newRow("null") << QByteArray(R"({"email_or_phone":null})") << QString()
                          << QStringLiteral("missing_field");
    QTest::newRow("empty") << QByteArray(R"({"email_or_phone":""})") << QString()
                           << QStringLiteral("missing_field");
    QTest::newRow("number") << QByteArray(R"({"email_or_phone":9820012345})") << QString()
                            << QStringLiteral("invalid_field_type");
    QTest::newRow("bool") << QByteArray(R"({"email_or_phone":true})") << QString()
                          << QStringLiteral("invalid_field_type");
    QTest::newRow("array") << QByteArray(R"({"email_or_phone":["a"]})") << QString()
                           << QStringLiteral("invalid_field_type");
    QTest::newRow("object") << QByteArray(R"({"email_or_phone":{}})") << QString()
                            << QStringLiteral("invalid_field_type");
}

void TestJsonFields::requireString()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, value);
    QFETCH(QString, code);

    const auto result = JsonFields::requireString(parse(json), QStringLiteral("email_or_phone"));
    QCOMPARE(result.ok(), code.isEmpty());
    if (result.ok()) {
        QCOMPARE(*result, value);
    } else {
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().kind, baartal::core::ErrorKind::Invalid);
    }
}

void TestJsonFields::optionalString_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");

    QTest::newRow("present") << QByteArray(R"({"note":"hi"})") << true << QStringLiteral("hi") << QString();
    QTest::newRow("empty string is a value")
        << QByteArray(R"({"note":""})") << true << QString() << QString();
    QTest::newRow("absent") << QByteArray("{}") << false << QString() << QString();
    QTest::newRow("null") << QByteArray(R"({"note":null})") << false << QString() << QString();
    QTest::newRow("number") << QByteArray(R"({"note":1})") << false << QString()
                            << QStringLiteral("invalid_field_type");
}

void TestJsonFields::optionalString()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, present);
    QFETCH(QString, value);
    QFETCH(QString, code);

    const auto result = JsonFields::optionalString(parse(json), QStringLiteral("note"));
    QCOMPARE(result.ok(), code.isEmpty());
    if (result.ok()) {
        QCOMPARE(result->has_value(), present);
        QCOMPARE(result->value_or(QString()), value);
    } else {
        QCOMPARE(result.error().code, code);
    }
}

void TestJsonFields::requireInt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("code");

    QTest::newRow("inside") << QByteArray(R"({"limit":20})") << qint64(20) << QString();
    QTest::newRow("lowest") << QByteArray(R"({"limit":1})") << qint64(1) << QString();
    QTest::newRow("highest") << QByteArray(R"({"limit":100})") << qint64(100) << QString();
    QTest::newRow("written as float") << QByteArray(R"({"limit":20.0})") << qint64(20) << QString();
    QTest::newRow("below") << QByteArray(R"({"limit":0})") << qint64(0)
                           << QStringLiteral("field_out_of_range");
    QTest::newRow("above") << QByteArray(R"({"limit":101})") << qint64(0)
                           << QStringLiteral("field_out_of_range");
    QTest::newRow("negative") << QByteArray(R"({"limit":-5})") << qint64(0)
                              << QStringLiteral("field_out_of_range");
    QTest::newRow("fraction") << QByteArray(R"({"limit":12.5})") << qint64(0)
                              << QStringLiteral("invalid_field_type");
    QTest::newRow("huge") << QByteArray(R"({"limit":1e300})") << qint64(0)
                          << QStringLiteral("invalid_field_type");
    QTest::newRow("string") << QByteArray(R"({"limit":"12"})") << qint64(0)
                            << QStringLiteral("invalid_field_type");
    QTest::newRow("absent") << QByteArray("{}") << qint64(0) << QStringLiteral("missing_field");
    QTest::newRow("null") << QByteArray(R"({"limit":null})") << qint64(0) << QStringLiteral("missing_field");
}

void TestJsonFields::requireInt()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, value);
    QFETCH(QString, code);

    const auto result = JsonFields::requireInt(parse(json), QStringLiteral("limit"), 1, 100);
    QCOMPARE(result.ok(), code.isEmpty());
    if (result.ok()) {
        QCOMPARE(*result, value);
    } else {
        QCOMPARE(result.error().code, code);
    }
}

void TestJsonFields::requireUuid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");

    QTest::newRow("lower case") << QByteArray(R"({"id":"7d1c0b44-1f2a-4b3c-8d4e-5f6a7b8c9d0e"})")
                                << QStringLiteral("7d1c0b44-1f2a-4b3c-8d4e-5f6a7b8c9d0e") << QString();
    QTest::newRow("upper case is normalised")
        << QByteArray(R"({"id":"7D1C0B44-1F2A-4B3C-8D4E-5F6A7B8C9D0E"})")
        << QStringLiteral("7d1c0b44-1f2a-4b3c-8d4e-5f6a7b8c9d0e") << QString();
    QTest::newRow("braces") << QByteArray(R"({"id":"{7d1c0b44-1f2a-4b3c-8d4e-5f6a7b8c9d0e}"})") << QString()
                            << QStringLiteral("invalid_id");
    QTest::newRow("nil") << QByteArray(R"({"id":"00000000-0000-0000-0000-000000000000"})") << QString()
                         << QStringLiteral("invalid_id");
    QTest::newRow("not hex") << QByteArray(R"({"id":"zd1c0b44-1f2a-4b3c-8d4e-5f6a7b8c9d0e"})") << QString()
                             << QStringLiteral("invalid_id");
    QTest::newRow("too short") << QByteArray(R"({"id":"7d1c0b44"})") << QString()
                               << QStringLiteral("invalid_id");
    QTest::newRow("sql") << QByteArray(R"({"id":"1' OR '1'='1"})") << QString()
                         << QStringLiteral("invalid_id");
    QTest::newRow("number") << QByteArray(R"({"id":42})") << QString()
                            << QStringLiteral("invalid_field_type");
    QTest::newRow("absent") << QByteArray("{}") << QString() << QStringLiteral("missing_field");
}

void TestJsonFields::requireUuid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, value);
    QFETCH(QString, code);

    const auto result = JsonFields::requireUuid(parse(json), QStringLiteral("id"));
    QCOMPARE(result.ok(), code.isEmpty());
    if (result.ok()) {
        QCOMPARE(*result, value);
    } else {
        QCOMPARE(result.error().code, code);
    }
}

void TestJsonFields::requirePaise_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("paise");
    QTest::addColumn<QString>("code");

    QTest::newRow("number") << QByteArray(R"({"amount":1771.2})") << qint64(177120) << QString();
    QTest::newRow("whole number") << QByteArray(R"({"amount":500})") << qint64(50000) << QString();
    QTest::newRow("string") << QByteArray(R"({"amount":"1771.20"})") << qint64(177120) << QString();
    QTest::newRow("zero") << QByteArray(R"({"amount":0})") << qint64(0) << QString();
    QTest::newRow("three places") << QByteArray(R"({"amount":1.005})") << qint64(0)
                                  << QStringLiteral("invalid_amount");
    QTest::newRow("negative") << QByteArray(R"({"amount":"-5"})") << qint64(0)
                              << QStringLiteral("invalid_amount");
    QTest::newRow("garbage string") << QByteArray(R"({"amount":"five"})") << qint64(0)
                                    << QStringLiteral("invalid_amount");
    QTest::newRow("bool") << QByteArray(R"({"amount":true})") << qint64(0)
                          << QStringLiteral("invalid_field_type");
    QTest::newRow("absent") << QByteArray("{}") << qint64(0) << QStringLiteral("missing_field");
}

void TestJsonFields::requirePaise()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, paise);
    QFETCH(QString, code);

    const auto result = JsonFields::requirePaise(parse(json), QStringLiteral("amount"));
    QCOMPARE(result.ok(), code.isEmpty());
    if (result.ok()) {
        QCOMPARE(result->value(), paise);
    } else {
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().message.startsWith(QStringLiteral("amount")),
                 qPrintable(result.error().message));
    }
}

void TestJsonFields::messagesNameTheField()
{
    const QJsonObject empty;
    QVERIFY(JsonFields::requireString(empty, QStringLiteral("email_or_phone"))
                .error()
                .message.contains(QStringLiteral("email_or_phone")));
    QVERIFY(JsonFields::requireInt(QJsonObject{{QStringLiteral("limit"), 0}}, QStringLiteral("limit"), 1, 9)
                .error()
                .message.contains(QStringLiteral("limit")));
    QVERIFY(JsonFields::parseUuid(QStringLiteral("nope"), QStringLiteral("merchant_id"))
                .error()
                .message.contains(QStringLiteral("merchant_id")));
}

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_json_fields.moc"
