#include "server/server_config.h"

#include "core/crypto/jwt_codec.h"
#include "core/crypto/secure_random.h"
#include "core/ledger/expiry_policy.h"
#include "core/policy/referral_policy.h"
#include "core/policy/spend_policy.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QUrl>

#include <memory>
#include <optional>

namespace baartal::server {

Q_LOGGING_CATEGORY(lcConfig, "baartal.server.config")

namespace {

const QString kConfig = QStringLiteral("config");
const QString kListen = QStringLiteral("listen");
const QString kDatabase = QStringLiteral("database");
const QString kJwtSecretFile = QStringLiteral("jwt-secret-file");
const QString kSigningKeyFile = QStringLiteral("signing-key-file");
const QString kPublicBaseUrl = QStringLiteral("public-base-url");
const QString kCorsOrigins = QStringLiteral("cors-origins");
const QString kFastPasswordHashing = QStringLiteral("fast-password-hashing");
const QString kSpendCapPercent = QStringLiteral("spend-cap-percent");
const QString kCoinExpiryDays = QStringLiteral("coin-expiry-days");
const QString kReferralBonus = QStringLiteral("referral-bonus");
const QString kSmsProvider = QStringLiteral("sms-provider");
const QString kSmsHttpUrl = QStringLiteral("sms-http-url");
const QString kSmsHttpTokenFile = QStringLiteral("sms-http-token-file");
const QString kSmsTimeoutSeconds = QStringLiteral("sms-timeout-seconds");
const QString kOtpSendsPerAddress = QStringLiteral("otp-sends-per-address");

constexpr int kMaxSmsTimeoutSeconds = 120;
const QString kWebhookAllowLoopback = QStringLiteral("webhook-allow-loopback");
const QString kWhatsAppApiUrl = QStringLiteral("whatsapp-api-url");
const QString kWhatsAppTokenFile = QStringLiteral("whatsapp-token-file");
const QString kWhatsAppPhoneNumberId = QStringLiteral("whatsapp-phone-number-id");
const QString kNotificationPollSeconds = QStringLiteral("notification-poll-seconds");

constexpr qsizetype kGeneratedSecretBytes = 32;

core::Error usage(const QString& code, const QString& message)
{
    return core::Error::invalid(code, message);
}

// The value of an option, else of its INI key (the option name with '_' for '-'), else empty.
class Sources {
public:
    Sources(const QCommandLineParser& parser, const QSettings* file)
        : m_parser(parser)
        , m_file(file)
    {
    }

    QString value(const QString& option) const
    {
        if (m_parser.isSet(option)) {
            return m_parser.value(option).trimmed();
        }
        if (m_file == nullptr) {
            return {};
        }
        QString key = option;
        // QSettings reads "a, b" in an INI file as a list; give it back as the text that was written.
        const QVariant value = m_file->value(key.replace(QLatin1Char('-'), QLatin1Char('_')));
        return (value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(','))
                                                         : value.toString())
            .trimmed();
    }

private:
    const QCommandLineParser& m_parser;
    const QSettings* m_file;
};

core::Result<std::pair<QHostAddress, quint16>> parseListen(const QString& text)
{
    const core::Error bad = usage(QStringLiteral("invalid_listen"),
                                  QStringLiteral("--listen wants HOST:PORT with an IP address, e.g. "
                                                 "127.0.0.1:8080 or [::1]:8080, not \"%1\"")
                                      .arg(text));
    const QUrl url(QStringLiteral("http://") + text, QUrl::StrictMode);
    if (!url.isValid() || url.port() < 0 || !url.path().isEmpty() || !url.userInfo().isEmpty()) {
        return bad;
    }
    const QString host = url.host();
    const QHostAddress address =
        host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (address.isNull()) {
        return bad;
    }
    return std::pair{address, static_cast<quint16>(url.port())};
}

core::Result<int> parseInt(const Sources& sources, const QString& option, int fallback)
{
    const QString text = sources.value(option);
    if (text.isEmpty()) {
        return fallback;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok) {
        return usage(QStringLiteral("invalid_option"),
                     QStringLiteral("--%1 wants a whole number, not \"%2\"").arg(option, text));
    }
    return value;
}

// Prefixes a policy's own message with the option that carried the value.
core::Error forOption(const QString& option, core::Error error)
{
    error.message = QStringLiteral("--%1: %2").arg(option, error.message);
    return error;
}

core::Result<core::LoyaltySettings> parseLoyalty(const Sources& sources)
{
    core::LoyaltySettings loyalty;
    auto cap = parseInt(sources, kSpendCapPercent, loyalty.platformSpendCapPercent);
    if (!cap) {
        return cap.error();
    }
    if (auto policy = core::SpendPolicy::create(*cap); !policy) {
        return forOption(kSpendCapPercent, policy.error());
    }
    loyalty.platformSpendCapPercent = *cap;

    auto days = parseInt(sources, kCoinExpiryDays, loyalty.expiry.days());
    if (!days) {
        return days.error();
    }
    auto expiry = core::ExpiryPolicy::withDays(*days);
    if (!expiry) {
        return forOption(kCoinExpiryDays, expiry.error());
    }
    loyalty.expiry = *expiry;

    auto bonus = parseInt(sources, kReferralBonus, static_cast<int>(loyalty.referral.bonus().value()));
    if (!bonus) {
        return bonus.error();
    }
    auto referral = core::ReferralPolicy::withBonus(core::Coins(*bonus));
    if (!referral) {
        return forOption(kReferralBonus, referral.error());
    }
    loyalty.referral = *referral;
    return loyalty;
}

core::Result<SmsSettings> parseSms(const Sources& sources)
{
    SmsSettings sms;
    const QString provider = sources.value(kSmsProvider);
    if (provider == QLatin1String("http")) {
        sms.provider = SmsSettings::Provider::Http;
    } else if (!provider.isEmpty() && provider != QLatin1String("console")) {
        return usage(QStringLiteral("invalid_sms_provider"),
                     QStringLiteral("--sms-provider wants console or http, not \"%1\"").arg(provider));
    }
    const QString url = sources.value(kSmsHttpUrl);
    sms.httpUrl = QUrl(url, QUrl::StrictMode);
    const bool web =
        sms.httpUrl.scheme() == QLatin1String("http") || sms.httpUrl.scheme() == QLatin1String("https");
    if (sms.provider == SmsSettings::Provider::Http &&
        (!sms.httpUrl.isValid() || !web || sms.httpUrl.host().isEmpty())) {
        return usage(
            QStringLiteral("invalid_sms_http_url"),
            QStringLiteral("--sms-provider http needs --sms-http-url with an http(s) URL, not \"%1\"")
                .arg(url));
    }
    sms.httpTokenFile = sources.value(kSmsHttpTokenFile);
    auto timeout = parseInt(sources, kSmsTimeoutSeconds, int(SmsSettings::kDefaultTimeout.count()));
    if (!timeout) {
        return timeout.error();
    }
    if (*timeout < 1 || *timeout > kMaxSmsTimeoutSeconds) {
        return usage(
            QStringLiteral("invalid_option"),
            QStringLiteral("--%1 wants 1 to %2 seconds").arg(kSmsTimeoutSeconds).arg(kMaxSmsTimeoutSeconds));
    }
    sms.timeout = std::chrono::seconds(*timeout);
    return sms;
}

core::Result<QString> parsePublicBaseUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (!url.isValid() || !web || url.host().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return usage(QStringLiteral("invalid_public_base_url"),
                     QStringLiteral("--public-base-url wants an http(s) URL such as https://baartal.example, "
                                    "not \"%1\"")
                         .arg(text));
    }
    QString normalised = url.toString();
    while (normalised.endsWith(QLatin1Char('/'))) {
        normalised.chop(1);
    }
    return normalised;
}

// "https://a.example, http://localhost:5173": each an origin, scheme://host[:port] and nothing more.
core::Result<QStringList> parseCorsOrigins(const QString& text)
{
    QStringList origins;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString origin = item.trimmed();
        const QUrl url(origin, QUrl::StrictMode);
        const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
        if (!url.isValid() || !web || url.host().isEmpty() || !url.path().isEmpty() || url.hasQuery() ||
            url.hasFragment()) {
            return usage(
                QStringLiteral("invalid_cors_origin"),
                QStringLiteral("--cors-origins wants origins such as https://wallet.example, not \"%1\"")
                    .arg(origin));
        }
        origins.append(origin);
    }
    return origins;
}

core::Result<QByteArray> readSecretFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return usage(QStringLiteral("jwt_secret_unreadable"),
                     QStringLiteral("Cannot read the JWT secret file %1: %2").arg(path, file.errorString()));
    }
    const QByteArray secret = file.readAll().trimmed();
    if (secret.size() < core::JwtCodec::kMinimumSecretBytes) {
        return usage(
            QStringLiteral("jwt_secret_too_short"),
            QStringLiteral("The JWT secret in %1 has %2 bytes; it needs at least %3 (for example the "
                           "output of `head -c 48 /dev/urandom | base64`)")
                .arg(path)
                .arg(secret.size())
                .arg(core::JwtCodec::kMinimumSecretBytes));
    }
    return secret;
}

// Creates the file with a fresh random secret only if it does not exist yet (so two processes starting
// together cannot overwrite each other's secret), readable by its owner alone. `what` names the secret in
// messages; the caller then reads the file as it reads one given by the operator.
core::Status ensureSecretFile(const QString& path, const QString& what, const QString& unwritableCode)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QByteArray secret = core::SecureRandom::token(kGeneratedSecretBytes).toLatin1();
        if (file.write(secret + '\n') != secret.size() + 1 || !file.flush()) {
            return core::Error::internal(
                unwritableCode,
                QStringLiteral("Cannot write the %1 file %2: %3").arg(what, path, file.errorString()));
        }
        qCInfo(lcConfig).noquote() << "generated a" << what << "in" << path;
        return {};
    }
    if (!QFileInfo::exists(path)) {
        return core::Error::internal(
            unwritableCode,
            QStringLiteral("Cannot create the %1 file %2: %3").arg(what, path, file.errorString()));
    }
    return {};
}

// Ed25519 seeds, one per line as base64 or base64url (`head -c 32 /dev/urandom | base64`); blank lines and
// '#' comments are skipped. The first key signs; the others are earlier keys that still verify.
core::Result<QList<core::Ed25519KeyPair>> parseSigningKeys(const QByteArray& text, const QString& source)
{
    QList<core::Ed25519KeyPair> keys;
    int lineNumber = 0;
    for (const QByteArray& rawLine : text.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        QByteArray standard = line;
        standard.replace('-', '+').replace('_', '/');
        const auto seed = QByteArray::fromBase64Encoding(standard, QByteArray::AbortOnBase64DecodingErrors);
        auto key = core::Ed25519KeyPair::fromSeed(seed ? *seed : QByteArray());
        if (!key) {
            return usage(
                QStringLiteral("signing_key_invalid"),
                QStringLiteral("Line %1 of %2 is not the base64 of a %3-byte Ed25519 seed (make one with "
                               "`head -c 32 /dev/urandom | base64`)")
                    .arg(lineNumber)
                    .arg(source)
                    .arg(core::Ed25519KeyPair::kSeedBytes));
        }
        keys.append(*key);
    }
    if (keys.isEmpty()) {
        return usage(QStringLiteral("signing_key_missing"),
                     QStringLiteral("%1 holds no signing key").arg(source));
    }
    return keys;
}

core::Result<QList<core::Ed25519KeyPair>> readSigningKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return usage(QStringLiteral("signing_key_unreadable"),
                     QStringLiteral("Cannot read the signing key file %1: %2").arg(path, file.errorString()));
    }
    return parseSigningKeys(file.readAll(), path);
}

// WhatsApp needs the token file and the phone number id together; a half-configured account is refused
// rather than left silently off.
core::Result<NotificationConfig> parseNotifications(const QCommandLineParser& parser, const Sources& sources)
{
    NotificationConfig notifications;
    const QString allowLoopback = sources.value(kWebhookAllowLoopback);
    notifications.allowLoopbackWebhooks = parser.isSet(kWebhookAllowLoopback) ||
                                          allowLoopback == QLatin1String("true") ||
                                          allowLoopback == QLatin1String("1");

    if (const QString apiUrl = sources.value(kWhatsAppApiUrl); !apiUrl.isEmpty()) {
        const QUrl url(apiUrl, QUrl::StrictMode);
        const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
        if (!url.isValid() || !web || url.host().isEmpty() || url.hasQuery() || url.hasFragment()) {
            return usage(QStringLiteral("invalid_whatsapp_api_url"),
                         QStringLiteral("--whatsapp-api-url wants an http(s) URL such as "
                                        "https://graph.facebook.com/v17.0, not \"%1\"")
                             .arg(apiUrl));
        }
        notifications.whatsappApiUrl = apiUrl;
        while (notifications.whatsappApiUrl.endsWith(QLatin1Char('/'))) {
            notifications.whatsappApiUrl.chop(1);
        }
    }
    notifications.whatsappTokenFile = sources.value(kWhatsAppTokenFile);
    notifications.whatsappPhoneNumberId = sources.value(kWhatsAppPhoneNumberId);
    if (notifications.whatsappTokenFile.isEmpty() != notifications.whatsappPhoneNumberId.isEmpty()) {
        return usage(
            QStringLiteral("whatsapp_incomplete"),
            QStringLiteral("WhatsApp needs both --whatsapp-token-file and --whatsapp-phone-number-id"));
    }
    if (!notifications.whatsappTokenFile.isEmpty()) {
        QFile file(notifications.whatsappTokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return usage(QStringLiteral("whatsapp_token_unreadable"),
                         QStringLiteral("Cannot read the WhatsApp token file %1: %2")
                             .arg(notifications.whatsappTokenFile, file.errorString()));
        }
        notifications.whatsappToken = file.readAll().trimmed();
        if (notifications.whatsappToken.isEmpty()) {
            return usage(
                QStringLiteral("whatsapp_token_unreadable"),
                QStringLiteral("The WhatsApp token file %1 is empty").arg(notifications.whatsappTokenFile));
        }
    }

    auto poll = parseInt(sources, kNotificationPollSeconds,
                         static_cast<int>(NotificationConfig::kDefaultPollInterval.count()));
    if (!poll) {
        return poll.error();
    }
    if (*poll < 1 || *poll > 3600) {
        return usage(
            QStringLiteral("invalid_option"),
            QStringLiteral("--%1 wants 1 to 3600 seconds, not %2").arg(kNotificationPollSeconds).arg(*poll));
    }
    notifications.pollInterval = std::chrono::seconds(*poll);
    return notifications;
}

} // namespace

void ServerConfig::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {kConfig, QStringLiteral("Read settings from an INI file (command-line options win)."),
         QStringLiteral("FILE")},
        {kListen, QStringLiteral("Address and port to serve on (default 127.0.0.1:%1).").arg(kDefaultPort),
         QStringLiteral("HOST:PORT")},
        {kDatabase, QStringLiteral("sqlite:PATH or postgresql://USER[:PASSWORD]@HOST[:PORT]/NAME."),
         QStringLiteral("URL")},
        {kJwtSecretFile,
         QStringLiteral("File holding the secret that signs access tokens (else $BAARTAL_JWT_SECRET)."),
         QStringLiteral("FILE")},
        {kSigningKeyFile,
         QStringLiteral("File of the Ed25519 keys that sign customer QR and spend tokens (else "
                        "$BAARTAL_SIGNING_KEY)."),
         QStringLiteral("FILE")},
        {kPublicBaseUrl, QStringLiteral("URL customers reach this server at (default http://<listen>)."),
         QStringLiteral("URL")},
        {kCorsOrigins,
         QStringLiteral("Other web origins whose pages may call the API from a browser, comma-separated."),
         QStringLiteral("ORIGINS")},
        {kFastPasswordHashing,
         QStringLiteral("Hash passwords with the weakest Argon2id limits: for tests and demos only.")},
        {kSpendCapPercent,
         QStringLiteral("Most of a bill coins may pay, in percent (default %1).")
             .arg(core::SpendPolicy::kDefaultCapPercent),
         QStringLiteral("PERCENT")},
        {kCoinExpiryDays,
         QStringLiteral("Days before earned coins expire (default %1).")
             .arg(core::ExpiryPolicy::kDefaultDays),
         QStringLiteral("DAYS")},
        {kReferralBonus,
         QStringLiteral("Coins each side of a referral gets; 0 turns it off (default %1).")
             .arg(core::ReferralPolicy::kDefaultBonus.value()),
         QStringLiteral("COINS")},
        {kSmsProvider,
         QStringLiteral("Who sends phone login codes: console (the log, for development; default) or http."),
         QStringLiteral("console|http")},
        {kSmsHttpUrl, QStringLiteral("URL the http SMS provider POSTs each code to as JSON."),
         QStringLiteral("URL")},
        {kSmsHttpTokenFile, QStringLiteral("File holding the bearer token for --sms-http-url."),
         QStringLiteral("FILE")},
        {kSmsTimeoutSeconds,
         QStringLiteral("How long the http SMS provider waits for an answer (default %1).")
             .arg(SmsSettings::kDefaultTimeout.count()),
         QStringLiteral("SECONDS")},
        {kOtpSendsPerAddress,
         QStringLiteral("Login codes one client address may ask for per hour (default %1).")
             .arg(OtpPolicy::kDefaultSendsPerAddressPerHour),
         QStringLiteral("COUNT")},
        {kWebhookAllowLoopback,
         QStringLiteral("Let merchants register http:// webhooks on loopback addresses: for tests only.")},
        {kWhatsAppApiUrl,
         QStringLiteral("WhatsApp Cloud API base URL (default https://graph.facebook.com/v17.0)."),
         QStringLiteral("URL")},
        {kWhatsAppTokenFile, QStringLiteral("File holding the WhatsApp Cloud API access token."),
         QStringLiteral("FILE")},
        {kWhatsAppPhoneNumberId,
         QStringLiteral("WhatsApp Business phone number id that sends merchants' messages."),
         QStringLiteral("ID")},
        {kNotificationPollSeconds,
         QStringLiteral("Seconds between looks at the notification queue (default %1).")
             .arg(NotificationConfig::kDefaultPollInterval.count()),
         QStringLiteral("SECONDS")},
    });
}

core::Result<ServerConfig> ServerConfig::fromParser(const QCommandLineParser& parser)
{
    std::unique_ptr<QSettings> file;
    if (parser.isSet(kConfig)) {
        const QString path = parser.value(kConfig);
        if (!QFileInfo(path).isReadable()) {
            return usage(QStringLiteral("config_unreadable"),
                         QStringLiteral("Cannot read the config file %1").arg(path));
        }
        file = std::make_unique<QSettings>(path, QSettings::IniFormat);
        if (file->status() != QSettings::NoError) {
            return usage(QStringLiteral("config_malformed"),
                         QStringLiteral("%1 is not a valid INI file").arg(path));
        }
    }
    const Sources sources(parser, file.get());
    ServerConfig config;

    if (const QString listen = sources.value(kListen); !listen.isEmpty()) {
        auto parsed = parseListen(listen);
        if (!parsed) {
            return parsed.error();
        }
        config.listenAddress = parsed->first;
        config.listenPort = parsed->second;
    }

    const QString database = sources.value(kDatabase);
    if (database.isEmpty()) {
        return usage(QStringLiteral("missing_database"),
                     QStringLiteral("Give the database with --database sqlite:PATH or "
                                    "--database postgresql://USER@HOST:PORT/NAME (or database= in the "
                                    "--config file)"));
    }
    auto url = core::DatabaseUrl::parse(database);
    if (!url) {
        return forOption(kDatabase, url.error());
    }
    config.database = *url;

    config.jwtSecretFile = sources.value(kJwtSecretFile);
    config.signingKeyFile = sources.value(kSigningKeyFile);

    const QString publicBaseUrl = sources.value(kPublicBaseUrl);
    auto base = parsePublicBaseUrl(publicBaseUrl.isEmpty() ? QStringLiteral("http://") + config.listenText()
                                                           : publicBaseUrl);
    if (!base) {
        return base.error();
    }
    config.publicBaseUrl = *base;

    auto origins = parseCorsOrigins(sources.value(kCorsOrigins));
    if (!origins) {
        return origins.error();
    }
    config.corsOrigins = *origins;

    if (parser.isSet(kFastPasswordHashing)) {
        config.passwordStrength = core::PasswordHasher::Strength::Minimal;
    }

    auto loyalty = parseLoyalty(sources);
    if (!loyalty) {
        return loyalty.error();
    }
    config.loyalty = *loyalty;

    auto sms = parseSms(sources);
    if (!sms) {
        return sms.error();
    }
    config.sms = *sms;
    auto perAddress = parseInt(sources, kOtpSendsPerAddress, config.otp.sendsPerAddressPerHour);
    if (!perAddress) {
        return perAddress.error();
    }
    if (*perAddress < 1) {
        return usage(QStringLiteral("invalid_option"),
                     QStringLiteral("--%1 wants at least 1").arg(kOtpSendsPerAddress));
    }
    config.otp.sendsPerAddressPerHour = *perAddress;
    auto notifications = parseNotifications(parser, sources);
    if (!notifications) {
        return notifications.error();
    }
    config.notifications = *notifications;
    return config;
}

core::Status ServerConfig::resolveJwtSecret()
{
    core::Result<QByteArray> secret = QByteArray();
    if (!jwtSecretFile.isEmpty()) {
        secret = readSecretFile(jwtSecretFile);
    } else if (const QByteArray fromEnvironment = qgetenv("BAARTAL_JWT_SECRET").trimmed();
               !fromEnvironment.isEmpty()) {
        if (fromEnvironment.size() < core::JwtCodec::kMinimumSecretBytes) {
            return usage(QStringLiteral("jwt_secret_too_short"),
                         QStringLiteral("BAARTAL_JWT_SECRET has %1 bytes; it needs at least %2")
                             .arg(fromEnvironment.size())
                             .arg(core::JwtCodec::kMinimumSecretBytes));
        }
        secret = fromEnvironment;
    } else if (database.dialect == core::Dialect::Sqlite) {
        const QString path = database.sqlitePath + QStringLiteral(".jwt-secret");
        if (core::Status created =
                ensureSecretFile(path, QStringLiteral("JWT secret"), QStringLiteral("jwt_secret_unwritable"));
            !created) {
            return created;
        }
        secret = readSecretFile(path);
    } else {
        return usage(QStringLiteral("jwt_secret_missing"),
                     QStringLiteral("A PostgreSQL deployment needs a JWT secret shared by all its server "
                                    "processes: give --jwt-secret-file FILE (or jwt_secret_file= in the "
                                    "--config file) or set BAARTAL_JWT_SECRET"));
    }
    if (!secret) {
        return secret.error();
    }
    jwtSecret = *secret;
    return {};
}

core::Status ServerConfig::resolveSigningKeys()
{
    core::Result<QList<core::Ed25519KeyPair>> keys = QList<core::Ed25519KeyPair>();
    if (!signingKeyFile.isEmpty()) {
        keys = readSigningKeyFile(signingKeyFile);
    } else if (const QByteArray fromEnvironment = qgetenv("BAARTAL_SIGNING_KEY").trimmed();
               !fromEnvironment.isEmpty()) {
        keys = parseSigningKeys(fromEnvironment, QStringLiteral("BAARTAL_SIGNING_KEY"));
    } else if (database.dialect == core::Dialect::Sqlite) {
        const QString path = database.sqlitePath + QStringLiteral(".signing-key");
        if (core::Status created = ensureSecretFile(path, QStringLiteral("signing key"),
                                                    QStringLiteral("signing_key_unwritable"));
            !created) {
            return created;
        }
        keys = readSigningKeyFile(path);
    } else {
        return usage(
            QStringLiteral("signing_key_missing"),
            QStringLiteral("A PostgreSQL deployment needs one signing key shared by all its server "
                           "processes, or their QR tokens would not verify on each other: give "
                           "--signing-key-file FILE (or signing_key_file= in the --config file) or set "
                           "BAARTAL_SIGNING_KEY"));
    }
    if (!keys) {
        return keys.error();
    }
    signingKeys = *keys;
    return {};
}

QString ServerConfig::listenText() const
{
    const QString host = listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(listenAddress.toString())
                             : listenAddress.toString();
    return host + QLatin1Char(':') + QString::number(listenPort);
}

} // namespace baartal::server
