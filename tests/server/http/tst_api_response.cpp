#include "server/http/api_response.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using baartal::core::Error;
using baartal::core::ErrorKind;
using baartal::server::ApiResponse;

namespace {

QJsonObject jsonOf(const ApiResponse& response)
{
    return QJsonDocument::fromJson(response.body()).object();
}

} // namespace

class TestApiResponse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mapsEveryErrorKindToOneStatus_data();
    void mapsEveryErrorKindToOneStatus();
    void okEnvelope_data();
    void okEnvelope();
    void errorEnvelopeKeepsExtraFields();
    void extraFieldsCannotReplaceCodeOrMessage();
    void httpErrorUsesTheGivenStatus();
    void rawKeepsBytesAndType_data();
    void rawKeepsBytesAndType();
    void setHeaderReplacesCaseInsensitively();
};

void TestApiResponse::mapsEveryErrorKindToOneStatus_data()
{
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<int>("status");

    QTest::newRow("invalid") << ErrorKind::Invalid << 400;
    QTest::newRow("unauthenticated") << ErrorKind::Unauthenticated << 401;
    QTest::newRow("forbidden") << ErrorKind::Forbidden << 403;
    QTest::newRow("not found") << ErrorKind::NotFound << 404;
    QTest::newRow("conflict") << ErrorKind::Conflict << 409;
    QTest::newRow("unprocessable") << ErrorKind::Unprocessable << 422;
    QTest::newRow("rate limited") << ErrorKind::RateLimited << 429;
    QTest::newRow("unavailable") << ErrorKind::Unavailable << 503;
    QTest::newRow("internal") << ErrorKind::Internal << 500;
}

void TestApiResponse::mapsEveryErrorKindToOneStatus()
{
    QFETCH(ErrorKind, kind);
    QFETCH(int, status);

    QCOMPARE(ApiResponse::httpStatusFor(kind), status);

    const ApiResponse response =
        ApiResponse::error(Error{kind, QStringLiteral("some_code"), QStringLiteral("Why.")});
    QCOMPARE(response.status(), status);
    QCOMPARE(response.contentType(), QByteArray("application/json"));
    const QJsonObject expected{
        {QStringLiteral("success"), false},
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("some_code")},
                                              {QStringLiteral("message"), QStringLiteral("Why.")}}}};
    QCOMPARE(jsonOf(response), expected);
}

void TestApiResponse::okEnvelope_data()
{
    QTest::addColumn<QJsonValue>("data");
    QTest::addColumn<int>("status");

    QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}) << 200;
    QTest::newRow("created") << QJsonValue(QJsonObject{{QStringLiteral("id"), QStringLiteral("y")}}) << 201;
    QTest::newRow("array") << QJsonValue(QJsonArray{1, 2, 3}) << 200;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 200;
}

void TestApiResponse::okEnvelope()
{
    QFETCH(QJsonValue, data);
    QFETCH(int, status);

    const ApiResponse response = ApiResponse::ok(data, status);
    QCOMPARE(response.status(), status);
    QCOMPARE(response.contentType(), QByteArray("application/json"));
    QCOMPARE(response.header("cache-control"), QByteArray("no-store"));
    QCOMPARE(jsonOf(response),
             (QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("data"), data}}));
}

void TestApiResponse::errorEnvelopeKeepsExtraFields()
{
    const QJsonArray alternatives{QStringLiteral("Sweets"), QStringLiteral("Bakery")};
    const ApiResponse response =
        ApiResponse::error(Error::conflict(QStringLiteral("category_taken"), QStringLiteral("Taken.")),
                           QJsonObject{{QStringLiteral("alternatives"), alternatives}});
    QCOMPARE(response.status(), 409);
    const QJsonObject error = jsonOf(response).value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("category_taken"));
    QCOMPARE(error.value(QStringLiteral("alternatives")).toArray(), alternatives);
}

void TestApiResponse::extraFieldsCannotReplaceCodeOrMessage()
{
    const ApiResponse response =
        ApiResponse::error(Error::invalid(QStringLiteral("real_code"), QStringLiteral("Real.")),
                           QJsonObject{{QStringLiteral("code"), QStringLiteral("fake")},
                                       {QStringLiteral("message"), QStringLiteral("Fake.")}});
    const QJsonObject error = jsonOf(response).value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("real_code"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Real."));
}

void TestApiResponse::httpErrorUsesTheGivenStatus()
{
    const ApiResponse response =
        ApiResponse::httpError(413, QStringLiteral("payload_too_large"), QStringLiteral("Too big."));
    QCOMPARE(response.status(), 413);
    const QJsonObject json = jsonOf(response);
    QCOMPARE(json.value(QStringLiteral("success")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("payload_too_large"));
}

void TestApiResponse::rawKeepsBytesAndType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    QTest::newRow("png") << QByteArray("image/png") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << 200;
    QTest::newRow("metrics") << QByteArray("text/plain; version=0.0.4")
                             << QByteArray("baartal_requests_total 3\n") << 200;
    QTest::newRow("pdf not ready") << QByteArray("application/pdf") << QByteArray() << 202;
}

void TestApiResponse::rawKeepsBytesAndType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);

    const ApiResponse response = ApiResponse::raw(contentType, body, status);
    QCOMPARE(response.contentType(), contentType);
    QCOMPARE(response.body(), body);
    QCOMPARE(response.status(), status);
}

void TestApiResponse::setHeaderReplacesCaseInsensitively()
{
    ApiResponse response = ApiResponse::raw("text/plain", "x");
    response.setHeader("X-Thing", "1");
    response.setHeader("x-thing", "2");
    QCOMPARE(response.headers().size(), 1);
    QCOMPARE(response.header("X-THING"), QByteArray("2"));
    QCOMPARE(response.header("Absent"), QByteArray());
}

QTEST_GUILESS_MAIN(TestApiResponse)
#include "tst_api_response.moc"
