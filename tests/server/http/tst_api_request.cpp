#include "server/http/api_request.h"

#include <QTest>

using baartal::server::ApiRequest;
using baartal::server::Method;

class TestApiRequest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsHeadersCaseInsensitively_data();
    void findsHeadersCaseInsensitively();
    void parsesJsonBodies_data();
    void parsesJsonBodies();
    void namesTheClient_data();
    void namesTheClient();
};

void TestApiRequest::findsHeadersCaseInsensitively_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("as sent") << QByteArray("Authorization") << QByteArray("Bearer a");
    QTest::newRow("lower case") << QByteArray("authorization") << QByteArray("Bearer a");
    QTest::newRow("upper case") << QByteArray("X-REQUEST-ID") << QByteArray("r-1");
    QTest::newRow("first of repeated") << QByteArray("accept") << QByteArray("application/json");
    QTest::newRow("absent") << QByteArray("Cookie") << QByteArray();
}

void TestApiRequest::findsHeadersCaseInsensitively()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);

    ApiRequest request(Method::Get, QStringLiteral("/"));
    request.setHeaders({{"Authorization", "Bearer a"},
                        {"x-request-id", "r-1"},
                        {"Accept", "application/json"},
                        {"Accept", "text/plain"}});
    QCOMPARE(request.header(name), value);
}

void TestApiRequest::parsesJsonBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");

    QTest::newRow("object") << QByteArray(R"({"a":1})") << true;
    QTest::newRow("empty object") << QByteArray("{}") << true;
    QTest::newRow("surrounding whitespace") << QByteArray(" \n{\"a\":1}\n") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("array") << QByteArray("[]") << false;
    QTest::newRow("string") << QByteArray(R"("text")") << false;
    QTest::newRow("truncated") << QByteArray(R"({"a":)") << false;
    QTest::newRow("trailing garbage") << QByteArray(R"({"a":1}x)") << false;
    QTest::newRow("form encoding") << QByteArray("a=1&b=2") << false;
}

void TestApiRequest::parsesJsonBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);

    ApiRequest request(Method::Post, QStringLiteral("/api/v1/x"));
    request.setBody(body);
    const auto json = request.jsonBody();
    QCOMPARE(json.ok(), ok);
    if (!ok) {
        QCOMPARE(json.error().code, QStringLiteral("malformed_json"));
        QCOMPARE(json.error().kind, baartal::core::ErrorKind::Invalid);
    }
}

void TestApiRequest::namesTheClient_data()
{
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QByteArray>("realIp"); // the X-Real-IP header, empty for none
    QTest::addColumn<QString>("client");
    QTest::newRow("direct") << "203.0.113.7" << QByteArray() << "203.0.113.7";
    QTest::newRow("direct, header ignored") << "203.0.113.7" << QByteArray("198.51.100.4") << "203.0.113.7";
    QTest::newRow("behind the local proxy") << "127.0.0.1" << QByteArray(" 198.51.100.4 ") << "198.51.100.4";
    QTest::newRow("behind the local proxy, ipv6") << "::1" << QByteArray("2001:db8::5") << "2001:db8::5";
    QTest::newRow("loopback without header") << "127.0.0.1" << QByteArray() << "127.0.0.1";
    QTest::newRow("loopback, header not an address") << "127.0.0.1" << QByteArray("evil") << "127.0.0.1";
}

void TestApiRequest::namesTheClient()
{
    QFETCH(QString, remote);
    QFETCH(QByteArray, realIp);
    QFETCH(QString, client);
    ApiRequest request(Method::Post, QStringLiteral("/api/v1/auth/send-otp"));
    request.setRemoteAddress(QHostAddress(remote));
    if (!realIp.isEmpty()) {
        request.setHeaders({{QByteArrayLiteral("X-Real-IP"), realIp}});
    }
    QCOMPARE(request.clientAddress(), client);
}

QTEST_GUILESS_MAIN(TestApiRequest)
#include "tst_api_request.moc"
