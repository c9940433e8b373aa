#include "server/server_config.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using baartal::core::Dialect;
using baartal::core::Result;
using baartal::server::ServerConfig;

namespace {

Result<ServerConfig> parse(const QStringList& options)
{
    QCommandLineParser parser;
    ServerConfig::addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("baartal-server")} + options)) {
        return baartal::core::Error::invalid(QStringLiteral("parser"), parser.errorText());
    }
    return ServerConfig::fromParser(parser);
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestServerConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { qunsetenv("BAARTAL_JWT_SECRET"); }

    void readsTheCommandLine_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("publicBaseUrl");

        const QString db = QStringLiteral("--database=sqlite:/tmp/b.sqlite");
        QTest::newRow("defaults") << QStringList{db} << QStringLiteral("127.0.0.1:8080")
                                  << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("ipv4 listen") << QStringList{db, QStringLiteral("--listen=0.0.0.0:9000")}
                                     << QStringLiteral("0.0.0.0:9000")
                                     << QStringLiteral("http://0.0.0.0:9000");
        QTest::newRow("ipv6 listen") << QStringList{db, QStringLiteral("--listen=[::1]:9001")}
                                     << QStringLiteral("[::1]:9001") << QStringLiteral("http://[::1]:9001");
        QTest::newRow("localhost") << QStringList{db, QStringLiteral("--listen=localhost:0")}
                                   << QStringLiteral("127.0.0.1:0") << QStringLiteral("http://127.0.0.1:0");
        QTest::newRow("public url without trailing slash")
            << QStringList{db, QStringLiteral("--public-base-url=https://baartal.example/")}
            << QStringLiteral("127.0.0.1:8080") << QStringLiteral("https://baartal.example");
    }

    void readsTheCommandLine()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, listen);
        QFETCH(QString, publicBaseUrl);
        auto config = parse(options);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QCOMPARE(config->listenText(), listen);
        QCOMPARE(config->publicBaseUrl, publicBaseUrl);
        QCOMPARE(config->database.dialect, Dialect::Sqlite);
        QCOMPARE(config->passwordStrength, baartal::core::PasswordHasher::Strength::Interactive);
        QVERIFY(config->corsOrigins.isEmpty());
    }

    void readsLoyaltyAndHashingOptions()
    {
        auto config =
            parse({QStringLiteral("--database=postgresql://baartal@db.internal:5433/baartal"),
                   QStringLiteral("--fast-password-hashing"), QStringLiteral("--spend-cap-percent=10"),
                   QStringLiteral("--coin-expiry-days=90"), QStringLiteral("--referral-bonus=0")});
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QCOMPARE(config->database.dialect, Dialect::Postgres);
        QCOMPARE(config->database.port, 5433);
        QCOMPARE(config->passwordStrength, baartal::core::PasswordHasher::Strength::Minimal);
        QCOMPARE(config->loyalty.platformSpendCapPercent, 10);
        QCOMPARE(config->loyalty.expiry.days(), 90);
        QCOMPARE(config->loyalty.referral.bonus().value(), 0);
    }

    void readsSmsAndOtpSettings()
    {
        auto defaults = parse({QStringLiteral("--database=sqlite:/tmp/b.sqlite")});
        QVERIFY(defaults.ok());
        QVERIFY(defaults->sms.provider == baartal::server::SmsSettings::Provider::Console);
        QCOMPARE(defaults->sms.timeout, std::chrono::seconds(10));
        QCOMPARE(defaults->otp.sendsPerAddressPerHour, 20);

        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("baartal.ini"));
        writeFile(ini, "database = sqlite:/tmp/b.sqlite\n"
                       "sms_provider = http\n"
                       "sms_http_url = https://sms.example/v1/otp\n"
                       "sms_http_token_file = /etc/baartal/sms-token\n"
                       "sms_timeout_seconds = 5\n"
                       "otp_sends_per_address = 200\n");
        auto fromFile = parse({QStringLiteral("--config"), ini});
        QVERIFY2(fromFile.ok(), qPrintable(fromFile.ok() ? QString() : fromFile.error().message));
        QVERIFY(fromFile->sms.provider == baartal::server::SmsSettings::Provider::Http);
        QCOMPARE(fromFile->sms.httpUrl, QUrl(QStringLiteral("https://sms.example/v1/otp")));
        QCOMPARE(fromFile->sms.httpTokenFile, QStringLiteral("/etc/baartal/sms-token"));
        QCOMPARE(fromFile->sms.timeout, std::chrono::seconds(5));
        QCOMPARE(fromFile->otp.sendsPerAddressPerHour, 200);

        auto overridden = parse({QStringLiteral("--config"), ini, QStringLiteral("--sms-provider=console"),
                                 QStringLiteral("--otp-sends-per-address=7")});
        QVERIFY(overridden.ok());
        QVERIFY(overridden->sms.provider == baartal::server::SmsSettings::Provider::Console);
        QCOMPARE(overridden->otp.sendsPerAddressPerHour, 7);
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("code");
        const QString db = QStringLiteral("--database=sqlite:/tmp/b.sqlite");
        QTest::newRow("no database") << QStringList{} << QStringLiteral("missing_database");
        QTest::newRow("unknown database scheme")
            << QStringList{QStringLiteral("--database=mysql://x/y")} << QString();
        QTest::newRow("listen without port")
            << QStringList{db, QStringLiteral("--listen=127.0.0.1")} << QStringLiteral("invalid_listen");
        QTest::newRow("listen on a name")
            << QStringList{db, QStringLiteral("--listen=example.com:80")} << QStringLiteral("invalid_listen");
        QTest::newRow("listen port too big") << QStringList{db, QStringLiteral("--listen=127.0.0.1:70000")}
                                             << QStringLiteral("invalid_listen");
        QTest::newRow("public url not http") << QStringList{db, QStringLiteral("--public-base-url=ftp://x")}
                                             << QStringLiteral("invalid_public_base_url");
        QTest::newRow("cors origin with a path")
            << QStringList{db, QStringLiteral("--cors-origins=https://a.test/wallet")}
            << QStringLiteral("invalid_cors_origin");
        QTest::newRow("cors origin not http")
            << QStringList{db, QStringLiteral("--cors-origins=https://a.test,file://x")}
            << QStringLiteral("invalid_cors_origin");
        QTest::newRow("cap not a number")
            << QStringList{db, QStringLiteral("--spend-cap-percent=abc")} << QStringLiteral("invalid_option");
        QTest::newRow("cap above 100")
            << QStringList{db, QStringLiteral("--spend-cap-percent=101")} << QStringLiteral("invalid_cap");
        QTest::newRow("expiry of 0 days") << QStringList{db, QStringLiteral("--coin-expiry-days=0")}
                                          << QStringLiteral("invalid_expiry_days");
        QTest::newRow("negative bonus")
            << QStringList{db, QStringLiteral("--referral-bonus=-1")} << QStringLiteral("invalid_bonus");
        QTest::newRow("unknown sms provider") << QStringList{db, QStringLiteral("--sms-provider=pigeon")}
                                              << QStringLiteral("invalid_sms_provider");
        QTest::newRow("http sms without url") << QStringList{db, QStringLiteral("--sms-provider=http")}
                                              << QStringLiteral("invalid_sms_http_url");
        QTest::newRow("http sms url not http") << QStringList{db, QStringLiteral("--sms-provider=http"),
                                                              QStringLiteral("--sms-http-url=ftp://x/y")}
                                               << QStringLiteral("invalid_sms_http_url");
        QTest::newRow("sms timeout of 0")
            << QStringList{db, QStringLiteral("--sms-timeout-seconds=0")} << QStringLiteral("invalid_option");
        QTest::newRow("no otp sends per address")
            << QStringList{db, QStringLiteral("--otp-sends-per-address=0")}
            << QStringLiteral("invalid_option");
        QTest::newRow("missing config file") << QStringList{db, QStringLiteral("--config=/nonexistent/b.ini")}
                                             << QStringLiteral("config_unreadable");
        QTest::newRow("whatsapp token without phone id")
            << QStringList{db, QStringLiteral("--whatsapp-token-file=/etc/hostname")}
            << QStringLiteral("whatsapp_incomplete");
        QTest::newRow("whatsapp phone id without token")
            << QStringList{db, QStringLiteral("--whatsapp-phone-number-id=1065")}
            << QStringLiteral("whatsapp_incomplete");
        QTest::newRow("whatsapp token file missing")
            << QStringList{db, QStringLiteral("--whatsapp-token-file=/nonexistent/token"),
                           QStringLiteral("--whatsapp-phone-number-id=1065")}
            << QStringLiteral("whatsapp_token_unreadable");
        QTest::newRow("whatsapp api url not http")
            << QStringList{db, QStringLiteral("--whatsapp-api-url=ftp://graph.example")}
            << QStringLiteral("invalid_whatsapp_api_url");
        QTest::newRow("poll of 0 seconds") << QStringList{db, QStringLiteral("--notification-poll-seconds=0")}
                                           << QStringLiteral("invalid_option");
    }

    void refusesBadOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, code);
        auto config = parse(options);
        QVERIFY(!config.ok());
        QCOMPARE(config.error().kind, baartal::core::ErrorKind::Invalid);
        if (!code.isEmpty()) {
            QCOMPARE(config.error().code, code);
        }
        QVERIFY(!config.error().message.isEmpty());
    }

    void readsNotificationSettingsFromTheConfigFile()
    {
        QTemporaryDir dir;
        const QString token = dir.filePath(QStringLiteral("whatsapp_token"));
        writeFile(token, "EAAG-token\n");
        const QString ini = dir.filePath(QStringLiteral("baartal.ini"));
        writeFile(ini, "database = sqlite:/tmp/b.sqlite\n"
                       "webhook_allow_loopback = true\n"
                       "whatsapp_api_url = https://graph.example/v18.0/\n"
                       "whatsapp_token_file = " +
                           token.toUtf8() +
                           "\n"
                           "whatsapp_phone_number_id = 106540352242922\n"
                           "notification_poll_seconds = 2\n");
        auto config = parse({QStringLiteral("--config"), ini});
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QVERIFY(config->notifications.allowLoopbackWebhooks);
        QCOMPARE(config->notifications.whatsappApiUrl, QStringLiteral("https://graph.example/v18.0"));
        QCOMPARE(config->notifications.whatsappToken, QByteArrayLiteral("EAAG-token"));
        QCOMPARE(config->notifications.whatsappPhoneNumberId, QStringLiteral("106540352242922"));
        QVERIFY(config->notifications.whatsappEnabled());
        QCOMPARE(config->notifications.pollInterval, std::chrono::milliseconds(2000));

        auto defaults = parse({QStringLiteral("--database=sqlite:/tmp/b.sqlite")});
        QVERIFY(defaults.ok());
        QVERIFY(!defaults->notifications.allowLoopbackWebhooks);
        QVERIFY(!defaults->notifications.whatsappEnabled());
        QCOMPARE(defaults->notifications.whatsappApiUrl, QStringLiteral("https://graph.facebook.com/v17.0"));
    }

    void commandLineWinsOverTheConfigFile()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("baartal.ini"));
        writeFile(ini, "listen = 127.0.0.1:7000\n"
                       "database = sqlite:/var/lib/baartal/server.sqlite\n"
                       "jwt_secret_file = /etc/baartal/jwt-secret\n"
                       "public_base_url = https://loyalty.example\n"
                       "cors_origins = https://wallet.example, http://localhost:5173\n"
                       "spend_cap_percent = 15\n");
        auto fromFile = parse({QStringLiteral("--config"), ini});
        QVERIFY2(fromFile.ok(), qPrintable(fromFile.ok() ? QString() : fromFile.error().message));
        QCOMPARE(fromFile->listenText(), QStringLiteral("127.0.0.1:7000"));
        QCOMPARE(fromFile->database.sqlitePath, QStringLiteral("/var/lib/baartal/server.sqlite"));
        QCOMPARE(fromFile->jwtSecretFile, QStringLiteral("/etc/baartal/jwt-secret"));
        QCOMPARE(fromFile->publicBaseUrl, QStringLiteral("https://loyalty.example"));
        QCOMPARE(fromFile->loyalty.platformSpendCapPercent, 15);
        QCOMPARE(fromFile->corsOrigins, (QStringList{QStringLiteral("https://wallet.example"),
                                                     QStringLiteral("http://localhost:5173")}));

        auto overridden = parse({QStringLiteral("--config"), ini, QStringLiteral("--listen=127.0.0.1:7001"),
                                 QStringLiteral("--database=sqlite:/tmp/other.sqlite")});
        QVERIFY(overridden.ok());
        QCOMPARE(overridden->listenText(), QStringLiteral("127.0.0.1:7001"));
        QCOMPARE(overridden->database.sqlitePath, QStringLiteral("/tmp/other.sqlite"));
        QCOMPARE(overridden->publicBaseUrl, QStringLiteral("https://loyalty.example"));
    }

    void generatesAndKeepsASecretBesideSqlite()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("server.sqlite"));
        auto config = parse({QStringLiteral("--database=sqlite:") + database});
        QVERIFY(config.ok());
        QVERIFY(config->resolveJwtSecret().ok());
        QVERIFY(config->jwtSecret.size() >= 32);
        const QString secretFile = database + QStringLiteral(".jwt-secret");
        // Mode 0600 (Qt also reports the owner's bits as the current user's).
        const QFileDevice::Permissions userBits =
            QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
        QCOMPARE(QFile::permissions(secretFile) & ~userBits,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // A restart reads the same secret, so the sessions it signed stay valid.
        auto restarted = parse({QStringLiteral("--database=sqlite:") + database});
        QVERIFY(restarted.ok());
        QVERIFY(restarted->resolveJwtSecret().ok());
        QCOMPARE(restarted->jwtSecret, config->jwtSecret);
    }

    void takesTheSecretFromFileOrEnvironment()
    {
        QTemporaryDir dir;
        const QString secretFile = dir.filePath(QStringLiteral("jwt"));
        const QByteArray secret("0123456789abcdef0123456789abcdef-from-file");
        writeFile(secretFile, secret + "\n");
        auto postgres = parse({QStringLiteral("--database=postgresql://baartal@127.0.0.1/baartal")});
        QVERIFY(postgres.ok());

        auto refused = postgres->resolveJwtSecret();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("jwt_secret_missing"));

        qputenv("BAARTAL_JWT_SECRET", "0123456789abcdef0123456789abcdef-from-env");
        QVERIFY(postgres->resolveJwtSecret().ok());
        QCOMPARE(postgres->jwtSecret, QByteArray("0123456789abcdef0123456789abcdef-from-env"));

        postgres->jwtSecretFile = secretFile;
        QVERIFY(postgres->resolveJwtSecret().ok());
        QCOMPARE(postgres->jwtSecret, secret);

        writeFile(secretFile, "too-short");
        auto tooShort = postgres->resolveJwtSecret();
        QVERIFY(!tooShort.ok());
        QCOMPARE(tooShort.error().code, QStringLiteral("jwt_secret_too_short"));
        qunsetenv("BAARTAL_JWT_SECRET");
    }

    void generatesAndKeepsASigningKeyBesideSqlite()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("server.sqlite"));
        auto config = parse({QStringLiteral("--database=sqlite:") + database});
        QVERIFY(config.ok());
        QVERIFY(config->resolveSigningKeys().ok());
        QCOMPARE(config->signingKeys.size(), 1);
        const QFileDevice::Permissions userBits =
            QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
        QCOMPARE(QFile::permissions(database + QStringLiteral(".signing-key")) & ~userBits,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // A restart signs with the same key, so the QR codes phones already show stay valid.
        auto restarted = parse({QStringLiteral("--database=sqlite:") + database});
        QVERIFY(restarted.ok());
        QVERIFY(restarted->resolveSigningKeys().ok());
        QCOMPARE(restarted->signingKeys.constFirst().publicKey(),
                 config->signingKeys.constFirst().publicKey());
    }

    void takesSigningKeysFromFileOrEnvironment()
    {
        QTemporaryDir dir;
        const QByteArray current(32, 'c');
        const QByteArray retired(32, 'r');
        const QString keyFile = dir.filePath(QStringLiteral("signing-key"));
        writeFile(keyFile,
                  "# newest first\n" + current.toBase64() + "\n\n" +
                      retired.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                      "\n");
        auto postgres = parse({QStringLiteral("--database=postgresql://baartal@127.0.0.1/baartal")});
        QVERIFY(postgres.ok());
        auto refused = postgres->resolveSigningKeys();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("signing_key_missing"));

        qputenv("BAARTAL_SIGNING_KEY", retired.toBase64());
        QVERIFY(postgres->resolveSigningKeys().ok());
        QCOMPARE(postgres->signingKeys.size(), 1);
        QCOMPARE(postgres->signingKeys.constFirst().seed(), retired);

        auto fromOption = parse({QStringLiteral("--database=postgresql://baartal@127.0.0.1/baartal"),
                                 QStringLiteral("--signing-key-file=") + keyFile});
        QVERIFY(fromOption.ok());
        QCOMPARE(fromOption->signingKeyFile, keyFile);
        QVERIFY(fromOption->resolveSigningKeys().ok());
        QCOMPARE(fromOption->signingKeys.size(), 2);
        QCOMPARE(fromOption->signingKeys.at(0).seed(), current);
        QCOMPARE(fromOption->signingKeys.at(1).seed(), retired);
        qunsetenv("BAARTAL_SIGNING_KEY");
    }

    void refusesUnusableSigningKeyFiles_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("code");
        QTest::newRow("only comments")
            << QByteArray("# nothing yet\n\n") << QStringLiteral("signing_key_missing");
        QTest::newRow("not base64") << QByteArray("not a key!\n") << QStringLiteral("signing_key_invalid");
        QTest::newRow("too short") << QByteArray(16, 'k').toBase64() << QStringLiteral("signing_key_invalid");
        QTest::newRow("a 64-byte secret key")
            << QByteArray(64, 'k').toBase64() << QStringLiteral("signing_key_invalid");
        QTest::newRow("second line broken")
            << QByteArray(32, 'k').toBase64() + "\nx" << QStringLiteral("signing_key_invalid");
    }

    void refusesUnusableSigningKeyFiles()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("signing-key"));
        writeFile(keyFile, contents);
        auto config = parse({QStringLiteral("--database=sqlite:/tmp/x.sqlite"),
                             QStringLiteral("--signing-key-file=") + keyFile});
        QVERIFY(config.ok());
        auto refused = config->resolveSigningKeys();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QVERIFY(config->signingKeys.isEmpty());

        config->signingKeyFile = dir.filePath(QStringLiteral("missing"));
        QCOMPARE(config->resolveSigningKeys().error().code, QStringLiteral("signing_key_unreadable"));
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_server_config.moc"
