#include "server/http/api_server.h"
#include "server/http/json_fields.h"
#include "tests/testsupport/fake_clock.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <stdexcept>

using namespace baartal;
using server::AccessTokens;
using server::ApiRequest;
using server::ApiResponse;
using server::ApiServer;
using server::Method;

namespace {

struct Reply {
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

QJsonObject describe(const ApiRequest& request)
{
    QJsonObject params;
    for (auto it = request.pathParams().cbegin(); it != request.pathParams().cend(); ++it) {
        params.insert(it.key(), it.value());
    }
    QJsonObject data{{QStringLiteral("params"), params}};
    if (request.auth()) {
        data.insert(QStringLiteral("user"), request.auth()->userId);
        data.insert(QStringLiteral("role"), core::toText(request.auth()->role));
    }
    return data;
}

ApiResponse describeHandler(const ApiRequest& request)
{
    return ApiResponse::ok(describe(request));
}

} // namespace

class TestRouter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void answers_data();
    void answers();
    void listsAllowedMethods();
    void passesTheCallerAndParams();
    void keepsASaneRequestId_data();
    void keepsASaneRequestId();
    void refusesAnExpiredToken();
    void exposesTheRouteTable();

private:
    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const Headers& headers = {});
    QByteArray bearer(core::UserRole role, const QDateTime& now) const;

    testsupport::FakeClock m_clock;
    std::unique_ptr<AccessTokens> m_tokens;
    std::unique_ptr<ApiServer> m_server;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

void TestRouter::initTestCase()
{
    auto codec = core::JwtCodec::create(QByteArray(32, 's'));
    QVERIFY(codec.ok());
    m_tokens = std::make_unique<AccessTokens>(*codec);
    m_server = std::make_unique<ApiServer>(*m_tokens, m_clock);

    server::Router& router = m_server->router();
    router.add(
        {Method::Get, QStringLiteral("/api/v1/public"), {}, QStringLiteral("Public"), describeHandler});
    router.add({Method::Get,
                QStringLiteral("/api/v1/admin/stats"),
                {core::UserRole::Admin},
                QStringLiteral("Admins only"),
                describeHandler});
    router.add({Method::Get,
                QStringLiteral("/api/v1/merchants/{id}"),
                {core::UserRole::Merchant, core::UserRole::Admin},
                QStringLiteral("One merchant"),
                describeHandler});
    router.add({Method::Get,
                QStringLiteral("/api/v1/merchants/me"),
                {core::UserRole::Merchant},
                QStringLiteral("Myself"),
                [](const ApiRequest&) {
                    return ApiResponse::ok(QStringLiteral("me"));
                }});
    router.add({Method::Delete,
                QStringLiteral("/api/v1/merchants/{id}"),
                {core::UserRole::Admin},
                QStringLiteral("Remove a merchant"),
                describeHandler});
    router.add({Method::Get,
                QStringLiteral("/api/v1/items/{item_id}/tags/{tag}"),
                {},
                QStringLiteral("Two params"),
                describeHandler});
    router.add({Method::Post,
                QStringLiteral("/api/v1/echo"),
                {},
                QStringLiteral("Echo a JSON body"),
                [](const ApiRequest& request) {
                    const auto body = request.jsonBody();
                    if (!body.ok()) {
                        return ApiResponse::error(body.error());
                    }
                    const auto name = server::JsonFields::requireString(*body, QStringLiteral("name"));
                    return name.ok() ? ApiResponse::ok(*name, 201) : ApiResponse::error(name.error());
                }});
    router.add({Method::Get,
                QStringLiteral("/api/v1/throws"),
                {},
                QStringLiteral("A buggy handler"),
                [](const ApiRequest&) -> ApiResponse {
                    throw std::runtime_error("bug");
                }});

    const auto port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port.ok());
    m_port = *port;
    m_network.setProxy(QNetworkProxy::NoProxy);
}

QByteArray TestRouter::bearer(core::UserRole role, const QDateTime& now) const
{
    return "Bearer " +
           m_tokens->issue(QStringLiteral("user-%1").arg(core::toText(role)), role, now).toLatin1();
}

Reply TestRouter::send(const QByteArray& method, const QString& path, const QByteArray& body,
                       const Headers& headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    QEventLoop loop;
    connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        return {};
    }
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeaderPairs()};
}

void TestRouter::answers_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code"); // empty for success

    const QDateTime now = m_clock.now();
    const Headers none;
    const Headers admin{{"Authorization", bearer(core::UserRole::Admin, now)}};
    const Headers merchant{{"Authorization", bearer(core::UserRole::Merchant, now)}};
    const Headers customer{{"Authorization", bearer(core::UserRole::Customer, now)}};
    QByteArray tampered = bearer(core::UserRole::Customer, now);
    tampered.chop(2);
    tampered.append("AA");

    QTest::newRow("health") << QByteArray("GET") << QStringLiteral("/healthz") << none << QByteArray() << 200
                            << QString();
    QTest::newRow("root is no route") << QByteArray("GET") << QStringLiteral("/") << none << QByteArray()
                                      << 404 << QStringLiteral("route_not_found");
    QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/api/v1/nothing") << none
                                  << QByteArray() << 404 << QStringLiteral("route_not_found");
    QTest::newRow("trailing slash is another path")
        << QByteArray("GET") << QStringLiteral("/api/v1/public/") << none << QByteArray() << 404
        << QStringLiteral("route_not_found");
    QTest::newRow("prefix of a route") << QByteArray("GET") << QStringLiteral("/api/v1") << none
                                       << QByteArray() << 404 << QStringLiteral("route_not_found");
    QTest::newRow("wrong method") << QByteArray("POST") << QStringLiteral("/api/v1/public") << none
                                  << QByteArray("{}") << 405 << QStringLiteral("method_not_allowed");
    QTest::newRow("method QtHttpServer does not know")
        << QByteArray("BREW") << QStringLiteral("/api/v1/public") << none << QByteArray() << 405
        << QStringLiteral("method_not_allowed");
    QTest::newRow("public route") << QByteArray("GET") << QStringLiteral("/api/v1/public?page=2") << none
                                  << QByteArray() << 200 << QString();

    QTest::newRow("no token") << QByteArray("GET") << QStringLiteral("/api/v1/admin/stats") << none
                              << QByteArray() << 401 << QStringLiteral("missing_token");
    QTest::newRow("basic scheme") << QByteArray("GET") << QStringLiteral("/api/v1/admin/stats")
                                  << Headers{{"Authorization", "Basic YWRtaW46YWRtaW4="}} << QByteArray()
                                  << 401 << QStringLiteral("missing_token");
    QTest::newRow("bearer without token")
        << QByteArray("GET") << QStringLiteral("/api/v1/admin/stats") << Headers{{"Authorization", "Bearer "}}
        << QByteArray() << 401 << QStringLiteral("missing_token");
    QTest::newRow("garbage token") << QByteArray("GET") << QStringLiteral("/api/v1/admin/stats")
                                   << Headers{{"Authorization", "Bearer not.a.jwt"}} << QByteArray() << 401
                                   << QStringLiteral("token_malformed");
    QTest::newRow("tampered token") << QByteArray("GET") << QStringLiteral("/api/v1/admin/stats")
                                    << Headers{{"Authorization", tampered}} << QByteArray() << 401
                                    << QStringLiteral("token_signature");
    QTest::newRow("wrong role") << QByteArray("GET") << QStringLiteral("/api/v1/admin/stats") << merchant
                                << QByteArray() << 403 << QStringLiteral("forbidden_role");
    QTest::newRow("customer on merchant route")
        << QByteArray("GET") << QStringLiteral("/api/v1/merchants/7d1c0b44-1f2a-4b3c-8d4e-5f6a7b8c9d0e")
        << customer << QByteArray() << 403 << QStringLiteral("forbidden_role");
    QTest::newRow("right role") << QByteArray("GET") << QStringLiteral("/api/v1/admin/stats") << admin
                                << QByteArray() << 200 << QString();
    QTest::newRow("lower-case scheme") << QByteArray("GET") << QStringLiteral("/api/v1/admin/stats")
                                       << Headers{{"authorization", "bearer " + admin.first().second.mid(7)}}
                                       << QByteArray() << 200 << QString();
    QTest::newRow("one of two roles") << QByteArray("GET") << QStringLiteral("/api/v1/merchants/abc")
                                      << merchant << QByteArray() << 200 << QString();
    QTest::newRow("literal beats parameter") << QByteArray("GET") << QStringLiteral("/api/v1/merchants/me")
                                             << merchant << QByteArray() << 200 << QString();
    QTest::newRow("literal route keeps its roles")
        << QByteArray("GET") << QStringLiteral("/api/v1/merchants/me") << admin << QByteArray() << 403
        << QStringLiteral("forbidden_role");

    QTest::newRow("valid JSON") << QByteArray("POST") << QStringLiteral("/api/v1/echo") << none
                                << QByteArray(R"({"name":"Ravi"})") << 201 << QString();
    QTest::newRow("malformed JSON") << QByteArray("POST") << QStringLiteral("/api/v1/echo") << none
                                    << QByteArray(R"({"name":)") << 400 << QStringLiteral("malformed_json");
    QTest::newRow("JSON array") << QByteArray("POST") << QStringLiteral("/api/v1/echo") << none
                                << QByteArray("[1]") << 400 << QStringLiteral("malformed_json");
    QTest::newRow("empty body") << QByteArray("POST") << QStringLiteral("/api/v1/echo") << none
                                << QByteArray() << 400 << QStringLiteral("malformed_json");
    QTest::newRow("missing field") << QByteArray("POST") << QStringLiteral("/api/v1/echo") << none
                                   << QByteArray(R"({"nom":"Ravi"})") << 400
                                   << QStringLiteral("missing_field");
    QByteArray largest = R"({"name":")" + QByteArray(server::Router::kMaxBodyBytes - 11, 'x') + R"("})";
    QTest::newRow("body at the limit")
        << QByteArray("POST") << QStringLiteral("/api/v1/echo") << none << largest << 201 << QString();
    largest.insert(9, 'x');
    QTest::newRow("body one byte over") << QByteArray("POST") << QStringLiteral("/api/v1/echo") << none
                                        << largest << 413 << QStringLiteral("payload_too_large");

    QTest::newRow("handler throws") << QByteArray("GET") << QStringLiteral("/api/v1/throws") << none
                                    << QByteArray() << 500 << QStringLiteral("internal_error");
}

void TestRouter::answers()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);

    if (QTest::currentDataTag() == QByteArrayLiteral("body at the limit")) {
        QCOMPARE(body.size(), server::Router::kMaxBodyBytes);
    }
    if (QTest::currentDataTag() == QByteArrayLiteral("handler throws")) {
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("handler threw.*bug")));
    }
    const Reply reply = send(method, path, body, headers);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!reply.header("X-Request-Id").isEmpty());
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QStringLiteral("success")).toBool(), code.isEmpty());
    QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), code);
    if (status == 401) {
        QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer"));
    }
}

void TestRouter::listsAllowedMethods()
{
    const Reply reply = send("PUT", QStringLiteral("/api/v1/merchants/abc"));
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.header("Allow"), QByteArray("GET, DELETE"));
}

void TestRouter::passesTheCallerAndParams()
{
    const Reply merchant = send("GET", QStringLiteral("/api/v1/merchants/7D1C0B44-1f2a"), {},
                                {{"Authorization", bearer(core::UserRole::Merchant, m_clock.now())}});
    QCOMPARE(merchant.status, 200);
    const QJsonObject data = merchant.json().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("user")).toString(), QStringLiteral("user-merchant"));
    QCOMPARE(data.value(QStringLiteral("role")).toString(), QStringLiteral("merchant"));
    QCOMPARE(data.value(QStringLiteral("params")).toObject(),
             (QJsonObject{{QStringLiteral("id"), QStringLiteral("7D1C0B44-1f2a")}}));

    // An encoded slash stays inside its parameter instead of splitting the path.
    const Reply items = send("GET", QStringLiteral("/api/v1/items/a%2Fb/tags/r%C3%A2ga"));
    QCOMPARE(items.status, 200);
    QCOMPARE(items.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("params")).toObject(),
             (QJsonObject{{QStringLiteral("item_id"), QStringLiteral("a/b")},
                          {QStringLiteral("tag"), QStringLiteral("râga")}}));
    QVERIFY(!items.json().value(QStringLiteral("data")).toObject().contains(QStringLiteral("user")));
}

void TestRouter::keepsASaneRequestId_data()
{
    QTest::addColumn<QByteArray>("incoming");
    QTest::addColumn<bool>("kept");

    QTest::newRow("plain") << QByteArray("req-42.a_b:c") << true;
    QTest::newRow("none") << QByteArray() << false;
    QTest::newRow("spaces") << QByteArray("two words") << false;
    QTest::newRow("too long") << QByteArray(129, 'a') << false;
    QTest::newRow("log injection") << QByteArray("a\" status=200") << false;
}

void TestRouter::keepsASaneRequestId()
{
    QFETCH(QByteArray, incoming);
    QFETCH(bool, kept);

    const Headers headers = incoming.isEmpty() ? Headers{} : Headers{{"X-Request-Id", incoming}};
    const Reply reply = send("GET", QStringLiteral("/healthz"), {}, headers);
    QCOMPARE(reply.status, 200);
    const QByteArray id = reply.header("X-Request-Id");
    if (kept) {
        QCOMPARE(id, incoming);
    } else {
        QVERIFY(!QUuid::fromString(QString::fromLatin1(id)).isNull());
    }
}

void TestRouter::refusesAnExpiredToken()
{
    const QByteArray stale = bearer(core::UserRole::Admin, m_clock.now().addSecs(-16 * 60));
    const Reply reply = send("GET", QStringLiteral("/api/v1/admin/stats"), {}, {{"Authorization", stale}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("token_expired"));
}

void TestRouter::exposesTheRouteTable()
{
    const QList<server::RouteSpec>& routes = m_server->router().routes();
    // The server's own three (health, OpenAPI, metrics), then the test's routes in registration order.
    QCOMPARE(routes.size(), 11);
    QCOMPARE(routes.first().path, QStringLiteral("/healthz"));
    QCOMPARE(routes.first().method, Method::Get);
    QVERIFY(routes.first().roles.isEmpty());
    QCOMPARE(routes[1].path, QStringLiteral("/api/v1/openapi.json"));
    QCOMPARE(routes[2].path, QStringLiteral("/metrics"));
    QVERIFY(routes[4].roles == QList<core::UserRole>{core::UserRole::Admin});
    QCOMPARE(routes[4].summary, QStringLiteral("Admins only"));
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
