#include "server/http/method.h"
#include "tests/server/support/server_fixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace baartal;
using testsupport::ServerFixture;

// GET /api/v1/openapi.json of the real server describes exactly the routes its Router dispatches.
class TestOpenApiDocument : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_server;
    QJsonObject m_document;

    QJsonObject operationOf(const server::RouteSpec& route) const
    {
        return m_document.value(QStringLiteral("paths"))
            .toObject()
            .value(route.path)
            .toObject()
            .value(QString::fromLatin1(server::methodName(route.method)).toLower())
            .toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto fixture = ServerFixture::start(core::Dialect::Sqlite);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_server = std::move(*fixture);
        const auto reply = m_server->api().get(QStringLiteral("/api/v1/openapi.json"));
        QCOMPARE(reply.status, 200);
        m_document = reply.json;
    }

    void cleanupTestCase() { m_server.reset(); }

    void isAnOpenApiDocument()
    {
        QCOMPARE(m_document.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.0.3"));
        const QJsonObject info = m_document.value(QStringLiteral("info")).toObject();
        QVERIFY(!info.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                    .match(info.value(QStringLiteral("version")).toString())
                    .hasMatch());
        QVERIFY(m_document.value(QStringLiteral("components"))
                    .toObject()
                    .value(QStringLiteral("securitySchemes"))
                    .toObject()
                    .contains(QStringLiteral("bearerAuth")));
    }

    void describesEveryRouteAndNothingElse()
    {
        const QList<server::RouteSpec>& routes = m_server->app().router().routes();
        QVERIFY(routes.size() > 5);
        int operations = 0;
        const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
        for (const QJsonValue& item : paths) {
            operations += int(item.toObject().size());
        }
        QCOMPARE(operations, routes.size());

        for (const server::RouteSpec& route : routes) {
            const QString where =
                QString::fromLatin1(server::methodName(route.method)) + QLatin1Char(' ') + route.path;
            const QJsonObject operation = operationOf(route);
            QVERIFY2(!operation.isEmpty(), qPrintable(QStringLiteral("missing: ") + where));
            QCOMPARE(operation.value(QStringLiteral("summary")).toString(), route.summary);

            QStringList roles;
            for (const core::UserRole role : route.roles) {
                roles.append(core::toText(role));
            }
            QStringList documentedRoles;
            for (const QJsonValue& role : operation.value(QStringLiteral("x-roles")).toArray()) {
                documentedRoles.append(role.toString());
            }
            QCOMPARE(documentedRoles, roles);
            QCOMPARE(operation.value(QStringLiteral("security")).toArray().isEmpty(), route.roles.isEmpty());

            QStringList parameters;
            for (const QJsonValue& parameter : operation.value(QStringLiteral("parameters")).toArray()) {
                parameters.append(QLatin1Char('{') +
                                  parameter.toObject().value(QStringLiteral("name")).toString() +
                                  QLatin1Char('}'));
            }
            QStringList inPath;
            for (const QString& segment : route.path.split(QLatin1Char('/'))) {
                if (segment.startsWith(QLatin1Char('{'))) {
                    inPath.append(segment);
                }
            }
            QCOMPARE(parameters, inPath);
        }
    }

    void namesTheRolesOfKnownRoutes_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("roles");
        QTest::newRow("health") << "get"
                                << "/healthz" << QStringList{};
        QTest::newRow("login") << "post"
                               << "/api/v1/auth/login" << QStringList{};
        QTest::newRow("earn") << "post"
                              << "/api/v1/merchant/earn" << QStringList{QStringLiteral("merchant")};
        QTest::newRow("wallet") << "get"
                                << "/api/v1/wallet" << QStringList{QStringLiteral("customer")};
    }

    void namesTheRolesOfKnownRoutes()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QStringList, roles);
        const QJsonObject operation = m_document.value(QStringLiteral("paths"))
                                          .toObject()
                                          .value(path)
                                          .toObject()
                                          .value(method)
                                          .toObject();
        QVERIFY2(!operation.isEmpty(), qPrintable(path));
        QCOMPARE(operation.value(QStringLiteral("x-roles")).toArray().toVariantList(),
                 QVariant(roles).toList());
    }
};

QTEST_GUILESS_MAIN(TestOpenApiDocument)
#include "tst_openapi_document.moc"
