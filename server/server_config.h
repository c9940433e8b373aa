#pragma once

#include "core/crypto/ed25519_key_pair.h"
#include "core/crypto/password_hasher.h"
#include "core/ledger/ledger_service.h"
#include "core/result/result.h"
#include "core/storage/database_url.h"
#include "server/auth/otp_policy.h"
#include "server/http/rate_limiter.h"
#include "server/notifications/notification_config.h"
#include "server/sms/sms_settings.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace baartal::server {

// How one baartal-server process runs. Read from the command line, optionally over an INI file given
// with --config (keys: listen, database, jwt_secret_file, signing_key_file, public_base_url,
// spend_cap_percent, coin_expiry_days, referral_bonus, sms_provider, sms_http_url, sms_http_token_file,
// sms_timeout_seconds, otp_sends_per_address, webhook_allow_loopback, whatsapp_api_url, whatsapp_token_file,
// whatsapp_phone_number_id, notification_poll_seconds); an option on the command line wins over the file.
struct ServerConfig {
    static constexpr quint16 kDefaultPort = 8080;

    QHostAddress listenAddress{QHostAddress::LocalHost};
    quint16 listenPort = kDefaultPort;
    core::DatabaseUrl database;
    QString jwtSecretFile;
    // Filled by resolveJwtSecret(); only serving needs it.
    QByteArray jwtSecret;
    QString signingKeyFile;
    // Filled by resolveSigningKeys(): the first signs QR and spend tokens, all of them verify.
    QList<core::Ed25519KeyPair> signingKeys;
    // Where customers' phones reach this server; merchants' QR codes point below it.
    QString publicBaseUrl;
    core::PasswordHasher::Strength passwordStrength = core::PasswordHasher::Strength::Interactive;
    core::LoyaltySettings loyalty;
    // Per client address and minute: strict on /api/v1/auth/ (password and OTP guessing), roomy elsewhere.
    RateLimit authRateLimit{20, std::chrono::seconds(60)};
    RateLimit apiRateLimit{600, std::chrono::seconds(60)};
    // Other web origins allowed to call the API from a browser; the server's own pages need none.
    QStringList corsOrigins;
    // Who carries phone login codes, and the codes' rules.
    SmsSettings sms;
    OtpPolicy otp;
    // Merchant webhooks and WhatsApp messages.
    NotificationConfig notifications;

    // Declares the options fromParser() reads.
    static void addOptions(QCommandLineParser& parser);

    // Every failure is Invalid (a usage error) and names the option at fault.
    static core::Result<ServerConfig> fromParser(const QCommandLineParser& parser);

    // Sets jwtSecret from, in order: --jwt-secret-file, the BAARTAL_JWT_SECRET environment variable, or
    // for SQLite the file "<database>.jwt-secret", generated (mode 0600) on first start so sessions
    // survive restarts. PostgreSQL deployments run several processes that must share one secret, so
    // there a missing secret is refused ("jwt_secret_missing") rather than invented.
    core::Status resolveJwtSecret();

    // Sets signingKeys the same way: --signing-key-file, BAARTAL_SIGNING_KEY, or for SQLite
    // "<database>.signing-key" generated on first start; PostgreSQL refuses a missing key
    // ("signing_key_missing"). A key file holds one base64 Ed25519 seed per line, newest first, so a key
    // is rotated by adding the new one on top and removing the old one once its tokens have expired.
    core::Status resolveSigningKeys();

    // "127.0.0.1:8080", "[::1]:8080".
    QString listenText() const;
};

} // namespace baartal::server
