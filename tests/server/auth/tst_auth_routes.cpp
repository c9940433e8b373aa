#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/test_backends.h"

#include <QJsonDocument>
#include <QTest>

using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;
using baartal::testsupport::TestBackends;

namespace {

const QString kRegister = QStringLiteral("/api/v1/auth/register");
const QString kLogin = QStringLiteral("/api/v1/auth/login");
const QString kRefresh = QStringLiteral("/api/v1/auth/refresh");
const QString kLogout = QStringLiteral("/api/v1/auth/logout");

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject registration(const QString& login, const QString& password, const QString& role)
{
    return {{QStringLiteral("email_or_phone"), login},
            {QStringLiteral("password"), password},
            {QStringLiteral("role"), role}};
}

QJsonObject credentials(const QString& login, const QString& password)
{
    return {{QStringLiteral("email_or_phone"), login}, {QStringLiteral("password"), password}};
}

} // namespace

class TestAuthRoutes : public ServerTestCase {
    Q_OBJECT

private:
    ApiReply loginReply(const QString& login)
    {
        return server().api().post(kLogin, credentials(login, ServerFixture::kPassword));
    }

private Q_SLOTS:
    void registerCreatesAccounts_data() { addBackendRows(); }

    void registerCreatesAccounts()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        QJsonObject customer = registration(QStringLiteral(" Asha@Example.IN "), ServerFixture::kPassword,
                                            QStringLiteral("customer"));
        customer.insert(QStringLiteral("pincode"), QStringLiteral("400028"));
        const ApiReply created = server().api().post(kRegister, customer);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(QStringLiteral("success")).toBool(), true);
        const QJsonObject user = created.data().value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("customer"));
        QCOMPARE(user.value(QStringLiteral("email_or_phone")).toString(), QStringLiteral("asha@example.in"));
        QVERIFY(!user.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!created.data().value(QStringLiteral("customer_id")).toString().isEmpty());
        const QString referralCode = created.data().value(QStringLiteral("referral_code")).toString();
        QCOMPARE(referralCode.size(), 8);

        QJsonObject referred =
            registration(QStringLiteral("98765 43210"), ServerFixture::kPassword, QStringLiteral("customer"));
        referred.insert(QStringLiteral("referral_code"), referralCode.toLower());
        const ApiReply second = server().api().post(kRegister, referred);
        QCOMPARE(second.status, 201);
        QCOMPARE(
            second.data().value(QStringLiteral("user")).toObject().value(QStringLiteral("email_or_phone")),
            QStringLiteral("+919876543210"));

        const ApiReply merchant = server().api().post(
            kRegister, registration(QStringLiteral("shop@example.in"), ServerFixture::kPassword,
                                    QStringLiteral("merchant")));
        QCOMPARE(merchant.status, 201);
        QCOMPARE(merchant.data().value(QStringLiteral("user")).toObject().value(QStringLiteral("role")),
                 QStringLiteral("merchant"));
        QVERIFY(!merchant.data().contains(QStringLiteral("customer_id")));
        QCOMPARE(rows(QStringLiteral("users")), 3);
        QCOMPARE(rows(QStringLiteral("customers")), 2);
    }

    void registerRefusesBadInput_data()
    {
        const QString pass = ServerFixture::kPassword;
        const QString customer = QStringLiteral("customer");
        QJsonObject wrongType = registration(QStringLiteral("a@b.in"), pass, customer);
        wrongType.insert(QStringLiteral("password"), 12345678);
        QJsonObject noPassword = registration(QStringLiteral("a@b.in"), pass, customer);
        noPassword.remove(QStringLiteral("password"));
        QJsonObject noRole = registration(QStringLiteral("a@b.in"), pass, customer);
        noRole.remove(QStringLiteral("role"));
        QJsonObject badPincode = registration(QStringLiteral("a@b.in"), pass, customer);
        badPincode.insert(QStringLiteral("pincode"), QStringLiteral("4000"));
        QJsonObject badReferral = registration(QStringLiteral("a@b.in"), pass, customer);
        badReferral.insert(QStringLiteral("referral_code"), QStringLiteral("NOSUCH22"));

        addBadInputRows({
            {"malformed json", QByteArrayLiteral("{\"email_or_phone\": "), 400, "malformed_json"},
            {"empty body", QByteArray(), 400, "malformed_json"},
            {"json array", QByteArrayLiteral("[]"), 400, "malformed_json"},
            {"missing password", json(noPassword), 400, "missing_field"},
            {"missing role", json(noRole), 400, "missing_field"},
            {"empty login", json(registration(QString(), pass, customer)), 400, "missing_field"},
            {"password of wrong type", json(wrongType), 400, "invalid_field_type"},
            {"unknown role", json(registration(QStringLiteral("a@b.in"), pass, QStringLiteral("owner"))), 400,
             "invalid_role"},
            {"admin role", json(registration(QStringLiteral("a@b.in"), pass, QStringLiteral("admin"))), 403,
             "forbidden_role"},
            {"taken login", json(registration(QStringLiteral("Taken@Example.in"), pass, customer)), 409,
             "login_taken"},
            {"bad login", json(registration(QStringLiteral("not a login"), pass, customer)), 400,
             "invalid_login"},
            {"weak password", json(registration(QStringLiteral("a@b.in"), QStringLiteral("short"), customer)),
             400, "weak_password"},
            {"bad pincode", json(badPincode), 400, "invalid_pincode"},
            {"unknown referral code", json(badReferral), 400, "invalid_referral_code"},
        });
    }

    void registerRefusesBadInput()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!start(dialect)) {
            return;
        }
        QVERIFY(server().registerCustomer(QStringLiteral("taken@example.in")).ok());
        const qint64 users = rows(QStringLiteral("users"));
        const qint64 customers = rows(QStringLiteral("customers"));

        const ApiReply reply = server().api().postRaw(kRegister, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json.value(QStringLiteral("success")).toBool(true), false);
        QCOMPARE(reply.errorCode(), code);
        QVERIFY(!reply.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        QCOMPARE(rows(QStringLiteral("users")), users);
        QCOMPARE(rows(QStringLiteral("customers")), customers);
    }

    void loginAnswers_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        for (const Dialect dialect : TestBackends::dialects()) {
            const QString backend = TestBackends::name(dialect);
            QTest::addRow("%s/right password", qPrintable(backend))
                << dialect << QStringLiteral("Ravi@Example.in") << ServerFixture::kPassword << 200
                << QString();
            QTest::addRow("%s/wrong password", qPrintable(backend))
                << dialect << QStringLiteral("ravi@example.in") << QStringLiteral("wrong-password") << 401
                << QStringLiteral("invalid_credentials");
            QTest::addRow("%s/unknown login", qPrintable(backend))
                << dialect << QStringLiteral("nobody@example.in") << ServerFixture::kPassword << 401
                << QStringLiteral("invalid_credentials");
            QTest::addRow("%s/not a login", qPrintable(backend))
                << dialect << QStringLiteral("???") << ServerFixture::kPassword << 401
                << QStringLiteral("invalid_credentials");
        }
    }

    void loginAnswers()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!start(dialect)) {
            return;
        }
        auto customerId = server().registerCustomer(QStringLiteral("ravi@example.in"));
        QVERIFY(customerId.ok());
        const qint64 tokens = rows(QStringLiteral("refresh_tokens"));

        const ApiReply reply = server().api().post(kLogin, credentials(login, password));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        if (status != 200) {
            QCOMPARE(rows(QStringLiteral("refresh_tokens")), tokens);
            return;
        }
        const QJsonObject data = reply.data();
        QVERIFY(!data.value(QStringLiteral("token")).toString().isEmpty());
        QVERIFY(!data.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QCOMPARE(data.value(QStringLiteral("expires_in")).toInt(), 900);
        QCOMPARE(data.value(QStringLiteral("redirect")).toString(), QStringLiteral("/customer/dashboard"));
        const QJsonObject user = data.value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("customer"));
        QCOMPARE(user.value(QStringLiteral("email_or_phone")).toString(), QStringLiteral("ravi@example.in"));
        QCOMPARE(user.value(QStringLiteral("customer_id")).toString(), *customerId);
        QCOMPARE(rows(QStringLiteral("refresh_tokens")), tokens + 1);
        // Stored hashed, never as sent.
        auto stored = server().database().exec(
            QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE token_hash = ?"),
            {data.value(QStringLiteral("refresh_token")).toString()});
        QVERIFY(stored.ok() && (*stored)->next());
        QCOMPARE((*stored)->value(0).toInt(), 0);
        // The token opens the customer's routes.
        QCOMPARE(server()
                     .api()
                     .get(QStringLiteral("/api/v1/wallet"), data.value(QStringLiteral("token")).toString())
                     .status,
                 200);
    }

    void loginRedirectsEachRole_data() { addBackendRows(); }

    void loginRedirectsEachRole()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        auto merchant = server().addMerchant(QStringLiteral("shop@example.in"), true);
        QVERIFY(merchant.ok());
        QVERIFY(server().addAdmin(QStringLiteral("staff@example.in")).ok());

        const ApiReply shop = loginReply(QStringLiteral("shop@example.in"));
        QCOMPARE(shop.status, 200);
        QCOMPARE(shop.data().value(QStringLiteral("redirect")).toString(),
                 QStringLiteral("/merchant/dashboard"));
        const QJsonObject shopUser = shop.data().value(QStringLiteral("user")).toObject();
        QCOMPARE(shopUser.value(QStringLiteral("merchant_id")).toString(), merchant->id);
        QVERIFY(!shopUser.contains(QStringLiteral("customer_id")));

        const ApiReply admin = loginReply(QStringLiteral("staff@example.in"));
        QCOMPARE(admin.status, 200);
        QCOMPARE(admin.data().value(QStringLiteral("redirect")).toString(),
                 QStringLiteral("/admin/dashboard"));
        QCOMPARE(
            admin.data().value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
            QStringLiteral("admin"));
    }

    void refreshRotatesAndDetectsReuse_data() { addBackendRows(); }

    void refreshRotatesAndDetectsReuse()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        QVERIFY(server().registerCustomer(QStringLiteral("meera@example.in")).ok());
        const ApiReply first = loginReply(QStringLiteral("meera@example.in"));
        QCOMPARE(first.status, 200);
        const QString original = first.data().value(QStringLiteral("refresh_token")).toString();
        // A second device keeps its own session.
        const QString otherDevice = loginReply(QStringLiteral("meera@example.in"))
                                        .data()
                                        .value(QStringLiteral("refresh_token"))
                                        .toString();

        server().clock().advanceSecs(60);
        const ApiReply rotated = server().api().post(kRefresh, {{QStringLiteral("refresh_token"), original}});
        QCOMPARE(rotated.status, 200);
        const QString next = rotated.data().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!next.isEmpty());
        QVERIFY(next != original);
        QCOMPARE(rotated.data()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("email_or_phone"))
                     .toString(),
                 QStringLiteral("meera@example.in"));
        QCOMPARE(server()
                     .api()
                     .get(QStringLiteral("/api/v1/wallet"),
                          rotated.data().value(QStringLiteral("token")).toString())
                     .status,
                 200);

        // The rotated-away token shows up again: a copy is in use, so every session of the user ends.
        const ApiReply replayed =
            server().api().post(kRefresh, {{QStringLiteral("refresh_token"), original}});
        QCOMPARE(replayed.status, 401);
        QCOMPARE(replayed.errorCode(), QStringLiteral("refresh_token_reused"));
        for (const QString& revoked : {next, otherDevice}) {
            const ApiReply refused =
                server().api().post(kRefresh, {{QStringLiteral("refresh_token"), revoked}});
            QCOMPARE(refused.status, 401);
            QCOMPARE(refused.errorCode(), QStringLiteral("refresh_token_reused"));
        }

        const ApiReply unknown =
            server().api().post(kRefresh, {{QStringLiteral("refresh_token"), QStringLiteral("made-up")}});
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.errorCode(), QStringLiteral("invalid_refresh_token"));
        const ApiReply missing = server().api().post(kRefresh, QJsonObject());
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.errorCode(), QStringLiteral("missing_field"));
    }

    void sessionsExpire_data() { addBackendRows(); }

    void sessionsExpire()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        QVERIFY(server().registerCustomer(QStringLiteral("kiran@example.in")).ok());
        const ApiReply session = loginReply(QStringLiteral("kiran@example.in"));
        const QString accessToken = session.data().value(QStringLiteral("token")).toString();
        const QString refreshToken = session.data().value(QStringLiteral("refresh_token")).toString();

        server().clock().advanceSecs(16 * 60);
        const ApiReply stale = server().api().get(QStringLiteral("/api/v1/wallet"), accessToken);
        QCOMPARE(stale.status, 401);
        QCOMPARE(stale.errorCode(), QStringLiteral("token_expired"));

        server().clock().advanceDays(31);
        const ApiReply expired =
            server().api().post(kRefresh, {{QStringLiteral("refresh_token"), refreshToken}});
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QStringLiteral("refresh_token_expired"));
    }

    void logoutRevokesOnlyTheCallersToken_data() { addBackendRows(); }

    void logoutRevokesOnlyTheCallersToken()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        QVERIFY(server().registerCustomer(QStringLiteral("one@example.in")).ok());
        QVERIFY(server().registerCustomer(QStringLiteral("two@example.in")).ok());
        const ApiReply one = loginReply(QStringLiteral("one@example.in"));
        const ApiReply two = loginReply(QStringLiteral("two@example.in"));
        const QString oneToken = one.data().value(QStringLiteral("token")).toString();
        const QString oneRefresh = one.data().value(QStringLiteral("refresh_token")).toString();
        const QString twoRefresh = two.data().value(QStringLiteral("refresh_token")).toString();

        const ApiReply anonymous =
            server().api().post(kLogout, {{QStringLiteral("refresh_token"), oneRefresh}});
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.errorCode(), QStringLiteral("missing_token"));

        const ApiReply foreign =
            server().api().post(kLogout, {{QStringLiteral("refresh_token"), twoRefresh}}, oneToken);
        QCOMPARE(foreign.status, 401);
        QCOMPARE(foreign.errorCode(), QStringLiteral("invalid_refresh_token"));

        const ApiReply loggedOut =
            server().api().post(kLogout, {{QStringLiteral("refresh_token"), oneRefresh}}, oneToken);
        QCOMPARE(loggedOut.status, 200);
        QCOMPARE(loggedOut.data().value(QStringLiteral("logged_out")).toBool(), true);
        QCOMPARE(
            server().api().post(kLogout, {{QStringLiteral("refresh_token"), oneRefresh}}, oneToken).status,
            200);

        QCOMPARE(server().api().post(kRefresh, {{QStringLiteral("refresh_token"), oneRefresh}}).status, 401);
        QCOMPARE(server().api().post(kRefresh, {{QStringLiteral("refresh_token"), twoRefresh}}).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestAuthRoutes)
#include "tst_auth_routes.moc"
