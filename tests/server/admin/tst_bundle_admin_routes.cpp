#include "core/audit/audit_log_repository.h"
#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/test_backends.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;
using baartal::testsupport::TestBackends;

namespace {

const QString kAdminBundles = QStringLiteral("/api/v1/admin/bundles");

QStringList names(const ApiReply& reply)
{
    QStringList values;
    for (const QJsonValue& bundle : reply.data().value(QStringLiteral("bundles")).toArray()) {
        values.append(bundle.toObject().value(QStringLiteral("name")).toString());
    }
    return values;
}

} // namespace

// Admins opening, listing, renaming, deactivating and reactivating bundles; every change audited.
class TestBundleAdminRoutes : public ServerTestCase {
    Q_OBJECT

private:
    QString m_admin;
    QString m_adminId;

    [[nodiscard]] bool startAsAdmin(Dialect dialect)
    {
        if (!startWithShop(dialect)) {
            return false;
        }
        auto admin = server().addAdmin(QStringLiteral("staff@baartal.in"));
        if (!admin) {
            return false;
        }
        m_adminId = admin->user.id;
        m_admin = server().login(QStringLiteral("staff@baartal.in"));
        return !m_admin.isEmpty();
    }

    QString open(const QString& pincode, const QString& name)
    {
        server().clock().advanceSecs(1);
        return server()
            .api()
            .post(kAdminBundles, {{QStringLiteral("pincode"), pincode}, {QStringLiteral("name"), name}},
                  m_admin)
            .data()
            .value(QStringLiteral("id"))
            .toString();
    }

private Q_SLOTS:
    void adminsManageBundles_data() { addBackendRows(); }

    void adminsManageBundles()
    {
        QFETCH(Dialect, dialect);
        if (!startAsAdmin(dialect)) {
            return;
        }
        // The fixture's shop is the approved grocer of "Test bundle" in 400028.
        const ApiReply created = server().api().post(kAdminBundles,
                                                     {{QStringLiteral("pincode"), QStringLiteral("400016")},
                                                      {QStringLiteral("name"), QStringLiteral(" Mahim ")}},
                                                     m_admin);
        QCOMPARE(created.status, 201);
        const QString mahim = created.data().value(QStringLiteral("id")).toString();
        QCOMPARE(created.data().value(QStringLiteral("name")).toString(), QStringLiteral("Mahim"));
        QCOMPARE(created.data().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(created.data().value(QStringLiteral("shops_count")).toInt(), 0);
        open(QStringLiteral("400028"), QStringLiteral("Dadar Lane"));

        const ApiReply listed = server().api().get(kAdminBundles, m_admin);
        QCOMPARE(listed.status, 200);
        QCOMPARE(names(listed), QStringList({QStringLiteral("Mahim"), QStringLiteral("Test bundle"),
                                             QStringLiteral("Dadar Lane")}));
        const QJsonObject test = listed.data().value(QStringLiteral("bundles")).toArray().at(1).toObject();
        QCOMPARE(test.value(QStringLiteral("id")).toString(), shop().merchant.bundleId);
        QCOMPARE(test.value(QStringLiteral("shops_count")).toInt(), 1);
        QCOMPARE(test.value(QStringLiteral("categories")).toArray(), QJsonArray{QStringLiteral("grocery")});
        QCOMPARE(
            listed.data().value(QStringLiteral("pagination")).toObject(),
            QJsonObject(
                {{QStringLiteral("page"), 1}, {QStringLiteral("limit"), 50}, {QStringLiteral("total"), 3}}));
        QCOMPARE(names(server().api().get(kAdminBundles + QStringLiteral("?pincode=400028&page=2&limit=1"),
                                          m_admin)),
                 QStringList{QStringLiteral("Dadar Lane")});

        // Deactivated: gone from discovery, listed as inactive, no new shops; active again: back.
        const QString path = kAdminBundles + QLatin1Char('/') + shop().merchant.bundleId;
        const QString customer = server().login(ServerFixture::kCustomerLogin);
        const QString discovery = QStringLiteral("/api/v1/bundles/") + shop().merchant.bundleId;
        QCOMPARE(server().api().get(discovery, customer).status, 200);
        const ApiReply closed =
            server().api().patch(path, {{QStringLiteral("status"), QStringLiteral("inactive")}}, m_admin);
        QCOMPARE(closed.status, 200);
        QCOMPARE(closed.data().value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
        QCOMPARE(server().api().get(discovery, customer).errorCode(), QStringLiteral("bundle_not_found"));
        QCOMPARE(server()
                     .api()
                     .get(QStringLiteral("/api/v1/bundles?pincode=400028"), customer)
                     .data()
                     .value(QStringLiteral("bundles"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(names(server().api().get(kAdminBundles + QStringLiteral("?status=inactive"), m_admin)),
                 QStringList{QStringLiteral("Test bundle")});
        const QString newcomer = server().registerMerchant(QStringLiteral("salon@example.in"));
        const ApiReply refused =
            server().api().post(QStringLiteral("/api/v1/merchants"),
                                {{QStringLiteral("business_name"), QStringLiteral("Salon")},
                                 {QStringLiteral("category"), QStringLiteral("saloon")},
                                 {QStringLiteral("pincode"), QStringLiteral("400028")},
                                 {QStringLiteral("address"), QStringLiteral("Dadar")},
                                 {QStringLiteral("bundle_id"), shop().merchant.bundleId}},
                                newcomer);
        QCOMPARE(refused.errorCode(), QStringLiteral("bundle_inactive"));

        const ApiReply reopened =
            server().api().patch(path,
                                 {{QStringLiteral("status"), QStringLiteral("active")},
                                  {QStringLiteral("name"), QStringLiteral("Dadar West")}},
                                 m_admin);
        QCOMPARE(reopened.status, 200);
        QCOMPARE(reopened.data().value(QStringLiteral("name")).toString(), QStringLiteral("Dadar West"));
        const ApiReply found = server().api().get(discovery, customer);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.data().value(QStringLiteral("name")).toString(), QStringLiteral("Dadar West"));

        // Unchanged values are no change: nothing more to audit.
        QCOMPARE(server()
                     .api()
                     .patch(path, {{QStringLiteral("status"), QStringLiteral("active")}}, m_admin)
                     .status,
                 200);
        auto audit =
            baartal::core::AuditLogRepository(server().database()).listBySubject(shop().merchant.bundleId);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 2);
        QCOMPARE(audit->at(0).action, QStringLiteral("bundle_update"));
        QCOMPARE(audit->at(0).adminUserId, m_adminId);
        QCOMPARE(audit->at(0).detail.value(QStringLiteral("active")).toObject(),
                 QJsonObject({{QStringLiteral("from"), true}, {QStringLiteral("to"), false}}));
        QCOMPARE(audit->at(1).detail.value(QStringLiteral("name")).toObject(),
                 QJsonObject({{QStringLiteral("from"), QStringLiteral("Test bundle")},
                              {QStringLiteral("to"), QStringLiteral("Dadar West")}}));
        auto opened = baartal::core::AuditLogRepository(server().database()).listBySubject(mahim);
        QVERIFY(opened.ok());
        QCOMPARE(opened->size(), 1);
        QCOMPARE(opened->first().action, QStringLiteral("bundle_create"));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path"); // %BUNDLE% stands for the fixture's bundle
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const struct {
            const char* name;
            const char* method;
            const char* path;
            const char* body;
            int status;
            const char* code;
        } cases[] = {
            {"list: bad pincode", "GET", "?pincode=12", "", 400, "invalid_pincode"},
            {"list: bad status", "GET", "?status=closed", "", 400, "invalid_status"},
            {"list: page 0", "GET", "?page=0", "", 400, "invalid_page"},
            {"list: limit 500", "GET", "?limit=500", "", 400, "invalid_limit"},
            {"list: limit text", "GET", "?limit=ten", "", 400, "invalid_limit"},
            {"create: malformed", "POST", "", "{\"pincode\":", 400, "malformed_json"},
            {"create: no name", "POST", "", "{\"pincode\":\"400016\"}", 400, "missing_field"},
            {"create: blank name", "POST", "", "{\"pincode\":\"400016\",\"name\":\"  \"}", 400,
             "invalid_bundle_name"},
            {"create: bad pincode", "POST", "", "{\"pincode\":\"040016\",\"name\":\"Mahim\"}", 400,
             "invalid_pincode"},
            {"create: pincode number", "POST", "", "{\"pincode\":400016,\"name\":\"Mahim\"}", 400,
             "invalid_field_type"},
            {"update: unknown status", "PATCH", "/%BUNDLE%", "{\"status\":\"closed\"}", 400,
             "invalid_status"},
            {"update: blank name", "PATCH", "/%BUNDLE%", "{\"name\":\"\"}", 400, "invalid_bundle_name"},
            {"update: status of wrong type", "PATCH", "/%BUNDLE%", "{\"status\":false}", 400,
             "invalid_field_type"},
            {"update: unknown bundle", "PATCH", "/6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", "{\"name\":\"X\"}",
             404, "bundle_not_found"},
            {"update: id not a uuid", "PATCH", "/dadar", "{\"name\":\"X\"}", 400, "invalid_id"},
        };
        for (const Dialect dialect : TestBackends::dialects()) {
            for (const auto& c : cases) {
                QTest::addRow("%s/%s", qPrintable(TestBackends::name(dialect)), c.name)
                    << dialect << QString::fromLatin1(c.method) << QString::fromLatin1(c.path)
                    << QByteArray(c.body) << c.status << QString::fromLatin1(c.code);
            }
        }
    }

    void refusesBadInput()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!startAsAdmin(dialect)) {
            return;
        }
        path.replace(QStringLiteral("%BUNDLE%"), shop().merchant.bundleId);
        const ApiReply reply =
            method == QLatin1String("GET")    ? server().api().get(kAdminBundles + path, m_admin)
            : method == QLatin1String("POST") ? server().api().postRaw(kAdminBundles + path, body, m_admin)
                                              : server().api().patchRaw(kAdminBundles + path, body, m_admin);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(rows(QStringLiteral("bundles")), 1);
        QCOMPARE(rows(QStringLiteral("admin_audit_log")), 0);
        QCOMPARE(names(server().api().get(kAdminBundles + QStringLiteral("?status=active"), m_admin)),
                 QStringList{QStringLiteral("Test bundle")});
    }

    void onlyAdminsManageBundles_data() { addBackendRows(); }

    void onlyAdminsManageBundles()
    {
        QFETCH(Dialect, dialect);
        if (!startAsAdmin(dialect)) {
            return;
        }
        const QString customer = server().login(ServerFixture::kCustomerLogin);
        const QString path = kAdminBundles + QLatin1Char('/') + shop().merchant.bundleId;
        for (const QString& token : {customer, shop().merchantToken}) {
            QCOMPARE(server().api().get(kAdminBundles, token).errorCode(), QStringLiteral("forbidden_role"));
            QCOMPARE(server()
                         .api()
                         .post(kAdminBundles,
                               {{QStringLiteral("pincode"), QStringLiteral("400016")},
                                {QStringLiteral("name"), QStringLiteral("X")}},
                               token)
                         .errorCode(),
                     QStringLiteral("forbidden_role"));
            QCOMPARE(server()
                         .api()
                         .patch(path, {{QStringLiteral("status"), QStringLiteral("inactive")}}, token)
                         .errorCode(),
                     QStringLiteral("forbidden_role"));
        }
        QCOMPARE(server().api().get(kAdminBundles).status, 401);
        QCOMPARE(rows(QStringLiteral("bundles")), 1);
        QCOMPARE(names(server().api().get(kAdminBundles + QStringLiteral("?status=active"), m_admin)),
                 QStringList{QStringLiteral("Test bundle")});
    }
};

QTEST_GUILESS_MAIN(TestBundleAdminRoutes)
#include "tst_bundle_admin_routes.moc"
