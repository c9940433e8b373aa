#include "sync/client/response_fields.h"

#include <QJsonArray>
#include <QTest>

using baartal::core::ErrorKind;
using baartal::sync::ResponseFields;

namespace {

const QString kField = QStringLiteral("field");

// An answer holding value as its one field, or nothing when value is undefined.
QJsonObject answerWith(const QJsonValue& value)
{
    return value.isUndefined() ? QJsonObject() : QJsonObject{{kField, value}};
}

const QJsonValue kAbsent(QJsonValue::Undefined);

} // namespace

class TstResponseFields : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void invalidNamesTheField();
    void requireString_data();
    void requireString();
    void requireInteger_data();
    void requireInteger();
    void optionalInteger_data();
    void optionalInteger();
    void requireBool_data();
    void requireBool();
    void requireObject_data();
    void requireObject();
};

void TstResponseFields::invalidNamesTheField()
{
    const baartal::core::Error error = ResponseFields::invalid(QStringLiteral("balance"));
    QCOMPARE(error.code, QStringLiteral("invalid_response"));
    QCOMPARE(error.kind, ErrorKind::Internal);
    QVERIFY2(error.message.contains(QStringLiteral("\"balance\"")), qPrintable(error.message));
}

void TstResponseFields::requireString_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("text") << QJsonValue(QStringLiteral("grocer")) << true;
    QTest::newRow("empty text") << QJsonValue(QString()) << false;
    QTest::newRow("absent") << kAbsent << false;
    QTest::newRow("null") << QJsonValue() << false;
    QTest::newRow("number") << QJsonValue(5) << false;
}

void TstResponseFields::requireString()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);

    const auto text = ResponseFields::requireString(answerWith(value), kField);
    QCOMPARE(text.ok(), accepted);
    if (accepted) {
        QCOMPARE(*text, value.toString());
    } else {
        QCOMPARE(text.error().code, QStringLiteral("invalid_response"));
        QCOMPARE(text.error().message, ResponseFields::invalid(kField).message);
    }
}

void TstResponseFields::requireInteger_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("whole") << QJsonValue(88) << true << qint64{88};
    QTest::newRow("zero") << QJsonValue(0) << true << qint64{0};
    QTest::newRow("negative") << QJsonValue(-3) << true << qint64{-3};
    QTest::newRow("2^53, the largest exact")
        << QJsonValue(9007199254740992.0) << true << qint64{9007199254740992};
    QTest::newRow("2^54, no longer exact") << QJsonValue(18014398509481984.0) << false << qint64{0};
    QTest::newRow("1e300") << QJsonValue(1e300) << false << qint64{0};
    QTest::newRow("fraction") << QJsonValue(2.5) << false << qint64{0};
    QTest::newRow("number as text") << QJsonValue(QStringLiteral("5")) << false << qint64{0};
    QTest::newRow("bool") << QJsonValue(true) << false << qint64{0};
    QTest::newRow("null") << QJsonValue() << false << qint64{0};
    QTest::newRow("absent") << kAbsent << false << qint64{0};
}

void TstResponseFields::requireInteger()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    QFETCH(qint64, expected);

    const auto number = ResponseFields::requireInteger(answerWith(value), kField);
    QCOMPARE(number.ok(), accepted);
    if (accepted) {
        QCOMPARE(*number, expected);
    } else {
        QCOMPARE(number.error().code, QStringLiteral("invalid_response"));
        QCOMPARE(number.error().message, ResponseFields::invalid(kField).message);
    }
}

void TstResponseFields::optionalInteger_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("absent") << kAbsent << true << false << qint64{0};
    QTest::newRow("null") << QJsonValue() << true << false << qint64{0};
    QTest::newRow("whole") << QJsonValue(10) << true << true << qint64{10};
    QTest::newRow("fraction") << QJsonValue(7.5) << false << false << qint64{0};
    QTest::newRow("number as text") << QJsonValue(QStringLiteral("10")) << false << false << qint64{0};
}

void TstResponseFields::optionalInteger()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    QFETCH(bool, present);
    QFETCH(qint64, expected);

    const auto number = ResponseFields::optionalInteger(answerWith(value), kField);
    QCOMPARE(number.ok(), accepted);
    if (!accepted) {
        QCOMPARE(number.error().code, QStringLiteral("invalid_response"));
        QCOMPARE(number.error().message, ResponseFields::invalid(kField).message);
        return;
    }
    QCOMPARE(number->has_value(), present);
    if (present) {
        QCOMPARE(**number, expected);
    }
}

void TstResponseFields::requireBool_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("true") << QJsonValue(true) << true;
    QTest::newRow("false") << QJsonValue(false) << true;
    QTest::newRow("bool as text") << QJsonValue(QStringLiteral("true")) << false;
    QTest::newRow("number") << QJsonValue(1) << false;
    QTest::newRow("absent") << kAbsent << false;
}

void TstResponseFields::requireBool()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);

    const auto flag = ResponseFields::requireBool(answerWith(value), kField);
    QCOMPARE(flag.ok(), accepted);
    if (accepted) {
        QCOMPARE(*flag, value.toBool());
    } else {
        QCOMPARE(flag.error().code, QStringLiteral("invalid_response"));
        QCOMPARE(flag.error().message, ResponseFields::invalid(kField).message);
    }
}

void TstResponseFields::requireObject_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("id"), QStringLiteral("t-1")}}) << true;
    QTest::newRow("empty object") << QJsonValue(QJsonObject()) << true;
    QTest::newRow("array") << QJsonValue(QJsonArray{1, 2}) << false;
    QTest::newRow("text") << QJsonValue(QStringLiteral("{}")) << false;
    QTest::newRow("absent") << kAbsent << false;
}

void TstResponseFields::requireObject()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);

    const auto object = ResponseFields::requireObject(answerWith(value), kField);
    QCOMPARE(object.ok(), accepted);
    if (accepted) {
        QCOMPARE(*object, value.toObject());
    } else {
        QCOMPARE(object.error().code, QStringLiteral("invalid_response"));
        QCOMPARE(object.error().message, ResponseFields::invalid(kField).message);
    }
}

QTEST_GUILESS_MAIN(TstResponseFields)
#include "tst_response_fields.moc"
