#include "server/http/router.h"
#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/http_receiver.h"
#include "tests/testsupport/log_capture.h"
#include "tests/testsupport/test_backends.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(baartal::core::UserRole)

using baartal::core::Dialect;
using baartal::core::UserRole;
using baartal::server::ApiRequest;
using baartal::server::ApiResponse;
using baartal::server::Method;
using baartal::server::ServerConfig;
using baartal::testsupport::ApiReply;
using baartal::testsupport::HttpReceiver;
using baartal::testsupport::LogCapture;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;
using baartal::testsupport::TestBackends;

namespace {

const QString kSendOtp = QStringLiteral("/api/v1/auth/send-otp");
const QString kVerifyOtp = QStringLiteral("/api/v1/auth/verify-otp");
const QString kPhone = QStringLiteral("+919820012345");

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject phoneBody(const QString& phone)
{
    return {{QStringLiteral("phone"), phone}};
}

QJsonObject verifyBody(const QString& phone, const QString& otp)
{
    return {{QStringLiteral("phone"), phone}, {QStringLiteral("otp"), otp}};
}

// Another six digits than `code`.
QString otherThan(const QString& code)
{
    return QStringLiteral("%1").arg((code.toInt() + 1) % 1'000'000, 6, 10, QLatin1Char('0'));
}

QJsonObject errorOf(const ApiResponse& response)
{
    return QJsonDocument::fromJson(response.body()).object().value(QStringLiteral("error")).toObject();
}

} // namespace

// Phone login by SMS code through the real server, on every storage engine. The console SMS provider
// writes each code to the log, where these tests read it as a developer would.
class TestOtpRoutes : public ServerTestCase {
    Q_OBJECT

private:
    std::unique_ptr<LogCapture> m_log;

    ApiReply sendOtp(const QString& phone) { return server().api().post(kSendOtp, phoneBody(phone)); }

    ApiReply verify(const QString& phone, const QString& otp)
    {
        return server().api().post(kVerifyOtp, verifyBody(phone, otp));
    }

    // The code the console provider last logged for a phone; empty if none.
    QString loggedCodeFor(const QString& phone) const
    {
        const QRegularExpression line(
            QStringLiteral("^OTP for %1 : ([0-9]{6})$").arg(QRegularExpression::escape(phone)));
        for (auto it = m_log->messages().crbegin(); it != m_log->messages().crend(); ++it) {
            if (const QRegularExpressionMatch match = line.match(it->text); match.hasMatch()) {
                return match.captured(1);
            }
        }
        return {};
    }

    // Asks for a code for the phone and returns what the SMS carried; empty (and a failed test) if not.
    QString requestCode(const QString& phone)
    {
        const ApiReply sent = sendOtp(phone);
        if (sent.status != 200) {
            QTest::qFail(qPrintable(sent.describe()), __FILE__, __LINE__);
            return {};
        }
        return loggedCodeFor(phone);
    }

    // send-otp as it arrives from a given client address.
    ApiResponse sendFrom(const QString& address, const QString& phone)
    {
        ApiRequest request(Method::Post, kSendOtp);
        request.setRemoteAddress(QHostAddress(address));
        request.setBody(json(phoneBody(phone)));
        return server().app().router().handle(std::move(request));
    }

    qint64 failedAttempts()
    {
        auto query = server().database().exec(QStringLiteral("SELECT failed_attempts FROM otp_codes"));
        return query && (*query)->next() ? (*query)->value(0).toLongLong() : -1;
    }

    // The whole answer of a phone login, and that it is a session of this role.
    static void checkSession(const ApiReply& reply, UserRole role, const QString& phone)
    {
        QCOMPARE(reply.status, 200);
        const QJsonObject data = reply.data();
        QVERIFY(!data.value(QStringLiteral("token")).toString().isEmpty());
        QVERIFY(!data.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QCOMPARE(data.value(QStringLiteral("expires_in")).toInt(), 15 * 60);
        const QJsonObject user = data.value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("role")).toString(), baartal::core::toText(role));
        QCOMPARE(user.value(QStringLiteral("email_or_phone")).toString(), phone);
        QCOMPARE(data.value(QStringLiteral("redirect")).toString(),
                 QStringLiteral("/%1/dashboard").arg(baartal::core::toText(role)));
    }

    // start() with the HTTP provider posting to the gateway's /v1/otp.
    bool startWithGateway(Dialect dialect, const HttpReceiver& gateway, const QString& tokenFile)
    {
        return start(dialect, [&](ServerConfig& config) {
            config.sms.provider = baartal::server::SmsSettings::Provider::Http;
            config.sms.httpUrl = gateway.url(QStringLiteral("/v1/otp"));
            config.sms.httpTokenFile = tokenFile;
        });
    }

private Q_SLOTS:
    void initTestCase() { m_log = std::make_unique<LogCapture>(QStringLiteral("baartal.server.sms")); }
    void cleanupTestCase() { m_log.reset(); }
    void init() { m_log->clear(); }

    void newPhoneBecomesACustomer_data() { addBackendRows(); }

    void newPhoneBecomesACustomer()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        const qint64 users = rows(QStringLiteral("users"));
        const ApiReply sent = sendOtp(QStringLiteral("98200 12345"));
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.data().value(QStringLiteral("phone")).toString(), kPhone);
        QCOMPARE(sent.data().value(QStringLiteral("expires_in")).toInt(), 300);
        QCOMPARE(sent.data().value(QStringLiteral("resend_after")).toInt(), 30);
        const QString code = loggedCodeFor(kPhone);
        QCOMPARE(code.size(), 6);

        auto stored = server().database().exec(QStringLiteral("SELECT code_hash FROM otp_codes"));
        QVERIFY(stored && (*stored)->next());
        const QString hash = (*stored)->value(0).toString();
        QCOMPARE(hash.size(), 64); // an HMAC-SHA256, never the digits
        QVERIFY(hash != code);

        server().clock().advanceSecs(10);
        const ApiReply login = verify(QStringLiteral("+91 98200-12345"), code);
        checkSession(login, UserRole::Customer, kPhone);
        const QJsonObject user = login.data().value(QStringLiteral("user")).toObject();
        const QString customerId = user.value(QStringLiteral("customer_id")).toString();
        QVERIFY(!customerId.isEmpty());
        QCOMPARE(rows(QStringLiteral("users")), users + 1);
        QCOMPARE(rows(QStringLiteral("customers")), 1);

        auto lastLogin = server().database().exec(QStringLiteral("SELECT last_login FROM users WHERE id = ?"),
                                                  {user.value(QStringLiteral("id")).toString()});
        QVERIFY(lastLogin && (*lastLogin)->next());
        QCOMPARE((*lastLogin)->value(0).toLongLong(), server().clock().now().toMSecsSinceEpoch());

        const QString token = login.data().value(QStringLiteral("token")).toString();
        const ApiReply wallet = server().api().get(QStringLiteral("/api/v1/wallet"), token);
        QCOMPARE(wallet.status, 200);
        QCOMPARE(wallet.data().value(QStringLiteral("customer_id")).toString(), customerId);
        const ApiReply refreshed = server().api().post(
            QStringLiteral("/api/v1/auth/refresh"),
            {{QStringLiteral("refresh_token"), login.data().value(QStringLiteral("refresh_token"))}});
        checkSession(refreshed, UserRole::Customer, kPhone);

        // The account has no password: none opens it, not even the stored placeholder.
        for (const QString& password : {QStringLiteral("!"), ServerFixture::kPassword}) {
            const ApiReply byPassword = server().api().post(
                QStringLiteral("/api/v1/auth/login"),
                {{QStringLiteral("email_or_phone"), kPhone}, {QStringLiteral("password"), password}});
            QCOMPARE(byPassword.status, 401);
            QCOMPARE(byPassword.errorCode(), QStringLiteral("invalid_credentials"));
        }

        server().clock().advanceSecs(30);
        const ApiReply again = verify(kPhone, requestCode(kPhone));
        checkSession(again, UserRole::Customer, kPhone);
        QCOMPARE(again.data().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")),
                 user.value(QStringLiteral("id")));
        QCOMPARE(rows(QStringLiteral("users")), users + 1);
    }

    void existingAccountsKeepTheirRole_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<UserRole>("role");
        for (const Dialect dialect : TestBackends::dialects()) {
            for (const UserRole role : {UserRole::Customer, UserRole::Merchant, UserRole::Admin}) {
                QTest::addRow("%s/%s", qPrintable(TestBackends::name(dialect)),
                              qPrintable(baartal::core::toText(role)))
                    << dialect << role;
            }
        }
    }

    // The same answer as a password login, as the same user.
    void existingAccountsKeepTheirRole()
    {
        QFETCH(Dialect, dialect);
        QFETCH(UserRole, role);
        if (!start(dialect)) {
            return;
        }
        QString merchantId;
        switch (role) {
        case UserRole::Customer:
            QVERIFY(server().registerCustomer(QStringLiteral("98200 12345")).ok());
            break;
        case UserRole::Merchant: {
            auto merchant = server().addMerchant(QStringLiteral("9820012345"), true);
            QVERIFY(merchant.ok());
            merchantId = merchant->id;
            break;
        }
        case UserRole::Admin:
            QVERIFY(server().addAdmin(kPhone).ok());
            break;
        }
        const qint64 users = rows(QStringLiteral("users"));
        const ApiReply byPassword = server().api().post(
            QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("email_or_phone"), kPhone},
                                                   {QStringLiteral("password"), ServerFixture::kPassword}});
        QCOMPARE(byPassword.status, 200);

        const ApiReply byCode = verify(kPhone, requestCode(kPhone));
        checkSession(byCode, role, kPhone);
        QCOMPARE(rows(QStringLiteral("users")), users);
        QCOMPARE(byCode.data().keys(), byPassword.data().keys());
        QCOMPARE(byCode.data().value(QStringLiteral("user")),
                 byPassword.data().value(QStringLiteral("user")));
        if (role == UserRole::Merchant) {
            QCOMPARE(byCode.data()
                         .value(QStringLiteral("user"))
                         .toObject()
                         .value(QStringLiteral("merchant_id"))
                         .toString(),
                     merchantId);
        }
    }

    void wrongCodesKillTheCode_data() { addBackendRows(); }

    void wrongCodesKillTheCode()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        const QString code = requestCode(kPhone);
        QCOMPARE(code.size(), 6);
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const ApiReply wrong = verify(kPhone, otherThan(code));
            QCOMPARE(wrong.status, 401);
            QCOMPARE(wrong.errorCode(), QStringLiteral("otp_invalid"));
            QCOMPARE(failedAttempts(), attempt);
        }
        const ApiReply dead = verify(kPhone, code);
        QCOMPARE(dead.status, 401);
        QCOMPARE(dead.errorCode(), QStringLiteral("otp_attempts_exceeded"));
        QCOMPARE(failedAttempts(), 5);
        QCOMPARE(rows(QStringLiteral("users")), 0);

        server().clock().advanceSecs(30);
        checkSession(verify(kPhone, requestCode(kPhone)), UserRole::Customer, kPhone);
    }

    void codesExpireAfterFiveMinutes_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<int>("secondsLater");
        QTest::addColumn<QString>("code"); // empty: logs in
        for (const Dialect dialect : TestBackends::dialects()) {
            const QString name = TestBackends::name(dialect);
            QTest::addRow("%s/just in time", qPrintable(name)) << dialect << 299 << QString();
            QTest::addRow("%s/at five minutes", qPrintable(name)) << dialect << 300 << "otp_expired";
            QTest::addRow("%s/an hour later", qPrintable(name)) << dialect << 3600 << "otp_expired";
        }
    }

    void codesExpireAfterFiveMinutes()
    {
        QFETCH(Dialect, dialect);
        QFETCH(int, secondsLater);
        QFETCH(QString, code);
        if (!start(dialect)) {
            return;
        }
        const QString otp = requestCode(kPhone);
        server().clock().advanceSecs(secondsLater);
        const ApiReply reply = verify(kPhone, otp);
        if (code.isEmpty()) {
            checkSession(reply, UserRole::Customer, kPhone);
        } else {
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.errorCode(), code);
            QCOMPARE(rows(QStringLiteral("users")), 0);
        }
    }

    void aCodeLogsInOnce_data() { addBackendRows(); }

    void aCodeLogsInOnce()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        const QString code = requestCode(kPhone);
        QCOMPARE(verify(kPhone, code).status, 200);
        const ApiReply reused = verify(kPhone, code);
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.errorCode(), QStringLiteral("otp_used"));
        QCOMPARE(rows(QStringLiteral("refresh_tokens")), 1);
    }

    void onlyTheNewestCodeCounts_data() { addBackendRows(); }

    void onlyTheNewestCodeCounts()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        const QString first = requestCode(kPhone);
        server().clock().advanceSecs(30);
        const QString second = requestCode(kPhone);
        if (first != second) {
            QCOMPARE(verify(kPhone, first).errorCode(), QStringLiteral("otp_invalid"));
        }
        checkSession(verify(kPhone, second), UserRole::Customer, kPhone);
    }

    void noCodeWasAskedFor_data() { addBackendRows(); }

    void noCodeWasAskedFor()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        const ApiReply reply = verify(kPhone, QStringLiteral("123456"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("otp_invalid"));
        QCOMPARE(rows(QStringLiteral("users")), 0);
    }

    void resendWaitsForTheCooldown_data() { addBackendRows(); }

    void resendWaitsForTheCooldown()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        QCOMPARE(sendFrom(QStringLiteral("127.0.0.1"), kPhone).status(), 200);
        const ApiResponse soon = sendFrom(QStringLiteral("127.0.0.1"), kPhone);
        QCOMPARE(soon.status(), 429);
        QCOMPARE(errorOf(soon).value(QStringLiteral("code")).toString(),
                 QStringLiteral("otp_resend_cooldown"));
        QCOMPARE(errorOf(soon).value(QStringLiteral("retry_after")).toInt(), 30);
        QCOMPARE(soon.header("Retry-After"), QByteArrayLiteral("30"));

        server().clock().advanceSecs(29);
        const ApiReply almost = sendOtp(kPhone);
        QCOMPARE(almost.status, 429);
        QCOMPARE(almost.errorCode(), QStringLiteral("otp_resend_cooldown"));
        QCOMPARE(almost.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("retry_after"))
                     .toInt(),
                 1);
        QCOMPARE(rows(QStringLiteral("otp_codes")), 1);

        server().clock().advanceSecs(1);
        QCOMPARE(sendOtp(kPhone).status, 200);
        QCOMPARE(rows(QStringLiteral("otp_codes")), 2);
    }

    void fiveCodesPerPhoneAnHour_data() { addBackendRows(); }

    void fiveCodesPerPhoneAnHour()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        for (int send = 0; send < 5; ++send) {
            QCOMPARE(sendOtp(kPhone).status, 200);
            server().clock().advanceSecs(30);
        }
        const ApiReply sixth = sendOtp(kPhone);
        QCOMPARE(sixth.status, 429);
        QCOMPARE(sixth.errorCode(), QStringLiteral("otp_phone_limit"));
        const int retryAfter =
            sixth.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("retry_after")).toInt();
        QCOMPARE(retryAfter, 3600 - 5 * 30);
        // Other phones are not held up by this one.
        QCOMPARE(sendOtp(QStringLiteral("9820054321")).status, 200);

        server().clock().advanceSecs(retryAfter - 1);
        QCOMPARE(sendOtp(kPhone).errorCode(), QStringLiteral("otp_phone_limit"));
        server().clock().advanceSecs(1);
        const QString code = requestCode(kPhone);
        checkSession(verify(kPhone, code), UserRole::Customer, kPhone);
        QCOMPARE(rows(QStringLiteral("otp_codes")), 6); // this phone's codes older than the hour are gone
    }

    void sendsPerClientAddressAreLimited_data() { addBackendRows(); }

    void sendsPerClientAddressAreLimited()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect, [](ServerConfig& config) { config.otp.sendsPerAddressPerHour = 3; })) {
            return;
        }
        const QString network = QStringLiteral("203.0.113.7");
        for (int phone = 0; phone < 3; ++phone) {
            QCOMPARE(sendFrom(network, QStringLiteral("+91982001000%1").arg(phone)).status(), 200);
        }
        const ApiResponse fourth = sendFrom(network, QStringLiteral("+919820010009"));
        QCOMPARE(fourth.status(), 429);
        QCOMPARE(errorOf(fourth).value(QStringLiteral("code")).toString(),
                 QStringLiteral("otp_address_limit"));
        QCOMPARE(errorOf(fourth).value(QStringLiteral("retry_after")).toInt(), 3600);
        QCOMPARE(fourth.header("Retry-After"), QByteArrayLiteral("3600"));
        QVERIFY(loggedCodeFor(QStringLiteral("+919820010009")).isEmpty());

        // Another client, here one the local proxy names, is counted on its own.
        ApiRequest proxied(Method::Post, kSendOtp);
        proxied.setRemoteAddress(QHostAddress::LocalHost);
        proxied.setHeaders({{QByteArrayLiteral("X-Real-IP"), QByteArrayLiteral("198.51.100.4")}});
        proxied.setBody(json(phoneBody(QStringLiteral("+919820010009"))));
        QCOMPARE(server().app().router().handle(std::move(proxied)).status(), 200);

        server().clock().advanceSecs(3600);
        QCOMPARE(sendFrom(network, QStringLiteral("+919820010008")).status(), 200);
    }

    // Two server processes on one database: a limit counted by one holds in the other, and a code sent
    // by one logs in through the other.
    void serversOnOneDatabaseAgree_data() { addBackendRows(); }

    void serversOnOneDatabaseAgree()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        auto other = baartal::server::ServerApp::create(server().app().config(), server().clock());
        QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
        const QString code = requestCode(kPhone);

        ApiRequest resend(Method::Post, kSendOtp);
        resend.setRemoteAddress(QHostAddress::LocalHost);
        resend.setBody(json(phoneBody(kPhone)));
        const ApiResponse refused = (*other)->router().handle(std::move(resend));
        QCOMPARE(refused.status(), 429);
        QCOMPARE(errorOf(refused).value(QStringLiteral("code")).toString(),
                 QStringLiteral("otp_resend_cooldown"));

        ApiRequest login(Method::Post, kVerifyOtp);
        login.setBody(json(verifyBody(kPhone, code)));
        QCOMPARE((*other)->router().handle(std::move(login)).status(), 200);
        QCOMPARE(verify(kPhone, code).errorCode(), QStringLiteral("otp_used"));
    }

    void sendRefusesBadInput_data()
    {
        addBadInputRows({
            {"not json", "phone=9820012345", 400, "malformed_json"},
            {"json array", "[\"9820012345\"]", 400, "malformed_json"},
            {"no phone", "{}", 400, "missing_field"},
            {"empty phone", "{\"phone\":\"\"}", 400, "missing_field"},
            {"null phone", "{\"phone\":null}", 400, "missing_field"},
            {"phone as number", "{\"phone\":9820012345}", 400, "invalid_field_type"},
            {"too short", "{\"phone\":\"12345\"}", 400, "invalid_phone"},
            {"not a mobile", "{\"phone\":\"5820012345\"}", 400, "invalid_phone"},
            {"landline", "{\"phone\":\"022 2345 6789\"}", 400, "invalid_phone"},
            {"foreign", "{\"phone\":\"+44 7700 900123\"}", 400, "invalid_phone"},
            {"letters", "{\"phone\":\"call me\"}", 400, "invalid_phone"},
        });
    }

    void sendRefusesBadInput()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!start(dialect)) {
            return;
        }
        const ApiReply reply = server().api().postRaw(kSendOtp, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json.value(QStringLiteral("success")).toBool(true), false);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(rows(QStringLiteral("otp_codes")), 0);
        for (const LogCapture::Message& message : m_log->messages()) {
            QVERIFY2(!message.text.startsWith(QLatin1String("OTP for")), qPrintable(message.text));
        }
    }

    void verifyRefusesBadInput_data()
    {
        addBadInputRows({
            {"not json", "otp=123456", 400, "malformed_json"},
            {"no otp", "{\"phone\":\"+919820012345\"}", 400, "missing_field"},
            {"no phone", "{\"otp\":\"123456\"}", 400, "missing_field"},
            {"otp as number", "{\"phone\":\"+919820012345\",\"otp\":123456}", 400, "invalid_field_type"},
            {"five digits", "{\"phone\":\"+919820012345\",\"otp\":\"12345\"}", 400, "malformed_otp"},
            {"seven digits", "{\"phone\":\"+919820012345\",\"otp\":\"1234567\"}", 400, "malformed_otp"},
            {"letters", "{\"phone\":\"+919820012345\",\"otp\":\"12a456\"}", 400, "malformed_otp"},
            {"padded", "{\"phone\":\"+919820012345\",\"otp\":\" 123456\"}", 400, "malformed_otp"},
            {"bad phone", "{\"phone\":\"12345\",\"otp\":\"123456\"}", 400, "invalid_phone"},
        });
    }

    // Refused before the code is looked at: no wrong try is counted, and the code still works.
    void verifyRefusesBadInput()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!start(dialect)) {
            return;
        }
        const QString otp = requestCode(kPhone);
        const ApiReply reply = server().api().postRaw(kVerifyOtp, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json.value(QStringLiteral("success")).toBool(true), false);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(failedAttempts(), 0);
        QCOMPARE(rows(QStringLiteral("users")), 0);
        checkSession(verify(kPhone, otp), UserRole::Customer, kPhone);
    }

    // The HTTP provider against a gateway on loopback: the code it receives logs in through the API.
    void httpGatewayCarriesTheCode_data() { addBackendRows(); }

    void httpGatewayCarriesTheCode()
    {
        QFETCH(Dialect, dialect);
        HttpReceiver gateway;
        QVERIFY(gateway.listen());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString tokenFile = dir.filePath(QStringLiteral("sms-token"));
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("gateway-secret\n");
        file.close();
        if (!startWithGateway(dialect, gateway, tokenFile)) {
            return;
        }
        QCOMPARE(sendOtp(QStringLiteral("98200 12345")).status, 200);
        QVERIFY(gateway.waitForRequests(1));
        const auto& request = gateway.requests().first();
        QCOMPARE(request.path, QByteArrayLiteral("/v1/otp"));
        QCOMPARE(request.header("Authorization"), QByteArrayLiteral("Bearer gateway-secret"));
        const QJsonObject sms = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(sms.value(QStringLiteral("to")).toString(), kPhone);
        QVERIFY(loggedCodeFor(kPhone).isEmpty()); // the HTTP provider never logs the code

        checkSession(verify(kPhone, sms.value(QStringLiteral("otp")).toString()), UserRole::Customer, kPhone);
    }

    // A failing gateway does not fail send-otp (the code is stored and the cool-down runs): the user
    // who gets no SMS asks again once the cool-down ends, and the operator sees the failure in the log.
    void gatewayFailuresAreLoggedNotAnswered_data() { addBackendRows(); }

    void gatewayFailuresAreLoggedNotAnswered()
    {
        QFETCH(Dialect, dialect);
        HttpReceiver gateway;
        QVERIFY(gateway.listen());
        gateway.setStatus(503);
        if (!startWithGateway(dialect, gateway, {})) {
            return;
        }
        m_log->clear();
        QCOMPARE(sendOtp(kPhone).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return !m_log->messages().isEmpty(); }, 5000));
        QCOMPARE(m_log->messages().first().type, QtWarningMsg);
        QVERIFY(m_log->messages().first().text.contains(QStringLiteral("+91******2345")));
        QVERIFY(m_log->messages().first().text.contains(QStringLiteral("HTTP 503")));

        gateway.setStatus(200);
        server().clock().advanceSecs(30);
        QCOMPARE(sendOtp(kPhone).status, 200);
        QVERIFY(gateway.waitForRequests(2));
        const QString otp = QJsonDocument::fromJson(gateway.requests().last().body)
                                .object()
                                .value(QStringLiteral("otp"))
                                .toString();
        checkSession(verify(kPhone, otp), UserRole::Customer, kPhone);
    }
};

QTEST_GUILESS_MAIN(TestOtpRoutes)
#include "tst_otp_routes.moc"
