#include "core/crypto/jwt_codec.h"
#include "server/http/rate_limiter.h"
#include "server/http/router.h"
#include "tests/testsupport/fake_clock.h"

#include <QTest>

using namespace baartal;
using server::RateLimit;
using server::RateLimiter;

class TestRateLimiter : public QObject {
    Q_OBJECT

private:
    const QDateTime m_start{QDate(2026, 11, 23), QTime(10, 0), Qt::UTC};

    static server::ApiRequest requestFrom(const char* address, const QString& path)
    {
        server::ApiRequest request(server::Method::Post, path);
        request.setRemoteAddress(QHostAddress(QString::fromLatin1(address)));
        return request;
    }

private Q_SLOTS:
    void admitsUpToTheLimitPerWindow_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("secondsLater");
        QTest::addColumn<bool>("admittedAgain");
        QTest::addColumn<qint64>("retryAfter");
        QTest::newRow("same instant") << 3 << 0 << false << qint64(60);
        QTest::newRow("half a window later") << 3 << 30 << false << qint64(30);
        QTest::newRow("last second of the window") << 3 << 59 << false << qint64(1);
        QTest::newRow("window over") << 3 << 60 << true << qint64(0);
        QTest::newRow("limit of one") << 1 << 10 << false << qint64(50);
    }

    void admitsUpToTheLimitPerWindow()
    {
        QFETCH(int, limit);
        QFETCH(int, secondsLater);
        QFETCH(bool, admittedAgain);
        QFETCH(qint64, retryAfter);
        RateLimiter limiter;
        const RateLimit rule{limit, std::chrono::seconds(60)};
        for (int i = 0; i < limit; ++i) {
            QVERIFY(!limiter.admit(QStringLiteral("k"), rule, m_start).has_value());
        }
        const std::optional<qint64> refused =
            limiter.admit(QStringLiteral("k"), rule, m_start.addSecs(secondsLater));
        QCOMPARE(!refused.has_value(), admittedAgain);
        if (refused) {
            QCOMPARE(*refused, retryAfter);
        }
    }

    void keysAreCountedApart()
    {
        RateLimiter limiter;
        const RateLimit rule{1, std::chrono::seconds(60)};
        QVERIFY(!limiter.admit(QStringLiteral("a"), rule, m_start));
        QVERIFY(limiter.admit(QStringLiteral("a"), rule, m_start));
        QVERIFY(!limiter.admit(QStringLiteral("b"), rule, m_start));
    }

    void manyClientsDoNotGrowTheTableForever()
    {
        RateLimiter limiter;
        const RateLimit rule{5, std::chrono::seconds(60)};
        for (int i = 0; i < RateLimiter::kPruneAbove + 10; ++i) {
            (void)limiter.admit(QString::number(i), rule, m_start);
        }
        // A minute later the old windows are gone and a returning client starts afresh.
        for (int i = 0; i < 5; ++i) {
            QVERIFY(!limiter.admit(QStringLiteral("0"), rule, m_start.addSecs(61)));
        }
    }

    // Through the Router: per address, auth routes stricter than the rest, 429 with Retry-After.
    void routerRefusesTheExcessWith429()
    {
        auto codec = core::JwtCodec::create(QByteArray(32, 's'));
        QVERIFY(codec.ok());
        testsupport::FakeClock clock(m_start);
        server::Router router(server::AccessTokens(*codec), clock);
        const auto ok = [](const server::ApiRequest&) {
            return server::ApiResponse::ok(QJsonObject{});
        };
        router.add(
            {server::Method::Post, QStringLiteral("/api/v1/auth/login"), {}, QStringLiteral("login"), ok});
        router.add({server::Method::Post, QStringLiteral("/api/v1/other"), {}, QStringLiteral("other"), ok});
        router.setRateLimits({2, std::chrono::seconds(60)}, {3, std::chrono::seconds(60)});

        const QString login = QStringLiteral("/api/v1/auth/login");
        QCOMPARE(router.handle(requestFrom("10.0.0.1", login)).status(), 200);
        QCOMPARE(router.handle(requestFrom("10.0.0.1", login)).status(), 200);
        const server::ApiResponse refused = router.handle(requestFrom("10.0.0.1", login));
        QCOMPARE(refused.status(), 429);
        QCOMPARE(refused.header("Retry-After"), QByteArray("60"));
        QVERIFY(refused.body().contains("\"rate_limited\""));
        QVERIFY(!refused.header("X-Request-Id").isEmpty());

        // Another address, and the other route class, are unaffected.
        QCOMPARE(router.handle(requestFrom("10.0.0.2", login)).status(), 200);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(router.handle(requestFrom("10.0.0.1", QStringLiteral("/api/v1/other"))).status(), 200);
        }
        QCOMPARE(router.handle(requestFrom("10.0.0.1", QStringLiteral("/api/v1/other"))).status(), 429);

        clock.advanceSecs(60);
        QCOMPARE(router.handle(requestFrom("10.0.0.1", login)).status(), 200);
    }

    // Behind the local nginx, clients are told apart by X-Real-IP; from anywhere else it is ignored,
    // so a client cannot dodge the limit by sending the header itself.
    void proxiedClientsAreCountedApart()
    {
        auto codec = core::JwtCodec::create(QByteArray(32, 's'));
        QVERIFY(codec.ok());
        testsupport::FakeClock clock(m_start);
        server::Router router(server::AccessTokens(*codec), clock);
        router.add({server::Method::Post,
                    QStringLiteral("/api/v1/auth/login"),
                    {},
                    QStringLiteral("login"),
                    [](const server::ApiRequest&) {
                        return server::ApiResponse::ok(QJsonObject{});
                    }});
        router.setRateLimits({1, std::chrono::seconds(60)}, {1, std::chrono::seconds(60)});
        const auto from = [](const char* address, const char* realIp) {
            server::ApiRequest request = requestFrom(address, QStringLiteral("/api/v1/auth/login"));
            request.setHeaders({{QByteArrayLiteral("X-Real-IP"), QByteArray(realIp)}});
            return request;
        };
        QCOMPARE(router.handle(from("127.0.0.1", "203.0.113.5")).status(), 200);
        QCOMPARE(router.handle(from("127.0.0.1", "203.0.113.6")).status(), 200);
        QCOMPARE(router.handle(from("127.0.0.1", "203.0.113.5")).status(), 429);
        QCOMPARE(router.handle(from("10.0.0.9", "203.0.113.7")).status(), 200);
        QCOMPARE(router.handle(from("10.0.0.9", "203.0.113.8")).status(), 429);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_rate_limiter.moc"
