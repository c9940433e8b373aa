#include "core/ids/ids.h"
#include "server/http/method.h"
#include "tests/server/support/server_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace baartal;
using testsupport::ServerFixture;

// Route by route over the real server's whole table: a caller without a token, or with a valid token
// of a role the route does not admit, is refused before the handler runs (401 / 403), so no area can
// forget its role check.
class TestRouteRoles : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_server;
    QHash<core::UserRole, QString> m_tokens;

    // The route's template with every {parameter} filled by a fresh id.
    static QString concrete(const QString& path)
    {
        QStringList segments = path.split(QLatin1Char('/'));
        for (QString& segment : segments) {
            if (segment.startsWith(QLatin1Char('{'))) {
                segment = core::Ids::newId();
            }
        }
        return segments.join(QLatin1Char('/'));
    }

    server::ApiResponse call(const server::RouteSpec& route, const QString& token) const
    {
        server::ApiRequest request(route.method, concrete(route.path));
        if (!token.isEmpty()) {
            request.setHeaders({{QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8()}});
        }
        request.setBody(QByteArrayLiteral("{}"));
        return m_server->app().router().handle(std::move(request));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto fixture = ServerFixture::start(core::Dialect::Sqlite);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_server = std::move(*fixture);
        QVERIFY(m_server->registerCustomer(QStringLiteral("customer@baartal.test")).ok());
        QVERIFY(m_server->addMerchant(QStringLiteral("merchant@baartal.test"), true).ok());
        QVERIFY(m_server->addAdmin(QStringLiteral("admin@baartal.test")).ok());
        for (const core::UserRole role :
             {core::UserRole::Customer, core::UserRole::Merchant, core::UserRole::Admin}) {
            const QString token = m_server->login(core::toText(role) + QStringLiteral("@baartal.test"));
            QVERIFY2(!token.isEmpty(), qPrintable(core::toText(role)));
            m_tokens.insert(role, token);
        }
    }

    void cleanupTestCase() { m_server.reset(); }

    void everyRestrictedRouteRefusesOtherRoles()
    {
        int restricted = 0;
        for (const server::RouteSpec& route : m_server->app().router().routes()) {
            if (route.roles.isEmpty()) {
                continue;
            }
            ++restricted;
            const QString where =
                QString::fromLatin1(server::methodName(route.method)) + QLatin1Char(' ') + route.path;
            QCOMPARE(call(route, {}).status(), 401);
            for (const core::UserRole role :
                 {core::UserRole::Customer, core::UserRole::Merchant, core::UserRole::Admin}) {
                const server::ApiResponse response = call(route, m_tokens.value(role));
                // The role check answers 403 "forbidden_role"; a handler may still refuse for its own
                // reasons (another shop's data), which is not a role refusal.
                const QString code = QJsonDocument::fromJson(response.body())
                                         .object()
                                         .value(QStringLiteral("error"))
                                         .toObject()
                                         .value(QStringLiteral("code"))
                                         .toString();
                if (route.roles.contains(role)) {
                    QVERIFY2(
                        response.status() != 401 && code != QLatin1String("forbidden_role"),
                        qPrintable(
                            QStringLiteral("%1 refused its own role %2").arg(where, core::toText(role))));
                } else {
                    QVERIFY2(response.status() == 403 && code == QLatin1String("forbidden_role"),
                             qPrintable(QStringLiteral("%1 let %2 through with %3")
                                            .arg(where, core::toText(role))
                                            .arg(response.status())));
                }
            }
        }
        QVERIFY(restricted >= 4);
    }

    // A route left public by mistake would skip every check above; the public ones are listed here.
    void onlyTheseRoutesArePublic()
    {
        const QStringList allowed{QStringLiteral("GET /healthz"),
                                  QStringLiteral("GET /metrics"),
                                  QStringLiteral("GET /api/v1/openapi.json"),
                                  QStringLiteral("POST /api/v1/auth/register"),
                                  QStringLiteral("POST /api/v1/auth/login"),
                                  QStringLiteral("POST /api/v1/auth/refresh"),
                                  QStringLiteral("POST /api/v1/auth/send-otp"),
                                  QStringLiteral("POST /api/v1/auth/verify-otp"),
                                  QStringLiteral("GET /api/v1/keys")};
        for (const server::RouteSpec& route : m_server->app().router().routes()) {
            const QString where =
                QString::fromLatin1(server::methodName(route.method)) + QLatin1Char(' ') + route.path;
            if (route.roles.isEmpty()) {
                QVERIFY2(allowed.contains(where),
                         qPrintable(QStringLiteral("public route not on the list: ") + where));
            }
        }
    }

    void publicRoutesNeedNoToken_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("health") << "/healthz";
        QTest::newRow("openapi") << "/api/v1/openapi.json";
        QTest::newRow("metrics") << "/metrics";
        QTest::newRow("keys") << "/api/v1/keys";
    }

    void publicRoutesNeedNoToken()
    {
        QFETCH(QString, path);
        server::ApiRequest request(server::Method::Get, path);
        QCOMPARE(m_server->app().router().handle(std::move(request)).status(), 200);
    }
};

QTEST_GUILESS_MAIN(TestRouteRoles)
#include "tst_route_roles.moc"
