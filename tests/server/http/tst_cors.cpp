#include "core/crypto/jwt_codec.h"
#include "server/http/router.h"
#include "tests/testsupport/fake_clock.h"

#include <QTest>

using namespace baartal;

// Browsers on an allowed origin may call the API; others get no CORS headers and so no access.
class TestCors : public QObject {
    Q_OBJECT

private:
    testsupport::FakeClock m_clock;
    std::unique_ptr<server::Router> m_router;

    server::ApiResponse send(server::Method method, const QByteArray& origin,
                             const QByteArray& requestedMethod = {}) const
    {
        server::ApiRequest request(method, QStringLiteral("/api/v1/things"));
        server::ApiRequest::Headers headers;
        if (!origin.isEmpty()) {
            headers.append({QByteArrayLiteral("Origin"), origin});
        }
        if (!requestedMethod.isEmpty()) {
            headers.append({QByteArrayLiteral("Access-Control-Request-Method"), requestedMethod});
        }
        request.setHeaders(headers);
        return m_router->handle(std::move(request));
    }

private Q_SLOTS:
    void init()
    {
        auto codec = core::JwtCodec::create(QByteArray(32, 's'));
        QVERIFY(codec.ok());
        m_router = std::make_unique<server::Router>(server::AccessTokens(*codec), m_clock);
        const auto ok = [](const server::ApiRequest&) {
            return server::ApiResponse::ok(QJsonObject{});
        };
        m_router->add(
            {server::Method::Get, QStringLiteral("/api/v1/things"), {}, QStringLiteral("list"), ok});
        m_router->add(
            {server::Method::Post, QStringLiteral("/api/v1/things"), {}, QStringLiteral("add"), ok});
        m_router->setCorsOrigins({QStringLiteral("https://wallet.baartal.test")});
    }

    void allowedOriginGetsTheHeaders_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("listed") << QByteArray("https://wallet.baartal.test") << true;
        QTest::newRow("other site") << QByteArray("https://evil.test") << false;
        QTest::newRow("listed host, other scheme") << QByteArray("http://wallet.baartal.test") << false;
        QTest::newRow("no origin (same site or not a browser)") << QByteArray() << false;
    }

    void allowedOriginGetsTheHeaders()
    {
        QFETCH(QByteArray, origin);
        QFETCH(bool, allowed);
        const server::ApiResponse response = send(server::Method::Get, origin);
        QCOMPARE(response.status(), 200);
        QCOMPARE(response.header("Access-Control-Allow-Origin"), allowed ? origin : QByteArray());
        QCOMPARE(response.header("Vary"), allowed ? QByteArray("Origin") : QByteArray());
    }

    void preflightNamesTheRoutesMethods()
    {
        const server::ApiResponse response =
            send(server::Method::Options, "https://wallet.baartal.test", QByteArrayLiteral("POST"));
        QCOMPARE(response.status(), 204);
        QCOMPARE(response.header("Access-Control-Allow-Origin"), QByteArray("https://wallet.baartal.test"));
        QCOMPARE(response.header("Access-Control-Allow-Methods"), QByteArray("GET, POST"));
        QVERIFY(response.header("Access-Control-Allow-Headers").contains("Authorization"));
        QVERIFY(!response.header("X-Request-Id").isEmpty());
    }

    void preflightFromAnotherOriginIsNotAnswered()
    {
        const server::ApiResponse response =
            send(server::Method::Options, "https://evil.test", QByteArrayLiteral("POST"));
        QCOMPARE(response.status(), 405);
        QVERIFY(response.header("Access-Control-Allow-Origin").isEmpty());
        QVERIFY(response.header("Access-Control-Allow-Methods").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCors)
#include "tst_cors.moc"
