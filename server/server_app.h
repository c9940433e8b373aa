#pragma once

#include "core/crypto/password_hasher.h"
#include "core/ledger/ledger_service.h"
#include "core/result/result.h"
#include "core/storage/database.h"
#include "core/time/clock.h"
#include "core/tokens/token_signer.h"
#include "core/tokens/token_verifier.h"
#include "core/users/account_service.h"
#include "server/auth/otp_service.h"
#include "server/auth/session_service.h"
#include "server/http/access_tokens.h"
#include "server/http/api_server.h"
#include "server/jobs/expiry_job.h"
#include "server/jobs/housekeeping_job.h"
#include "server/jobs/notification_job.h"
#include "server/server_config.h"
#include "server/server_context.h"
#include "server/sms/sms_provider.h"

#include <memory>

namespace baartal::server {

// One running baartal-server: its database connection, services and the HTTP server with every API
// area registered. Adding an area is one registration line in the constructor.
class ServerApp {
public:
    Q_DISABLE_COPY_MOVE(ServerApp)
    ~ServerApp();

    // Opens the database, applies pending migrations and builds the routes. The config's JWT secret
    // and signing keys must be resolved. Runs on the system clock.
    static core::Result<std::unique_ptr<ServerApp>> create(const ServerConfig& config);
    // The same on a clock the caller owns (tests move time); it must outlive the app.
    static core::Result<std::unique_ptr<ServerApp>> create(const ServerConfig& config,
                                                           const core::Clock& clock);

    // Opens a database and applies its pending migrations, as every start-up does.
    static core::Result<std::unique_ptr<core::Database>> openDatabase(const core::DatabaseUrl& url);

    // Starts serving on the configured address, the coin expiry and notification jobs; returns the bound port
    // (the configured one, or the port picked when it is 0, which config() then shows).
    core::Result<quint16> listen();

    const Router& router() const { return m_api.router(); }
    const ServerConfig& config() const { return m_config; }
    NotificationJob& notifications() { return m_notifications; }

private:
    // clock is null for the system clock.
    static core::Result<std::unique_ptr<ServerApp>> createOn(const ServerConfig& config,
                                                             const core::Clock* clock);
    ServerApp(ServerConfig config, const core::Clock* clock, std::unique_ptr<core::Database> database,
              AccessTokens tokens, std::unique_ptr<SmsProvider> sms);

    core::Status checkDatabase();

    ServerConfig m_config;
    core::SystemClock m_systemClock;
    const core::Clock& m_clock;
    std::unique_ptr<core::Database> m_database;
    core::PasswordHasher m_hasher;
    AccessTokens m_tokens;
    core::AccountService m_accounts;
    core::LedgerService m_ledger;
    SessionService m_sessions;
    std::unique_ptr<SmsProvider> m_sms;
    OtpService m_otp;
    core::TokenSigner m_tokenSigner;
    core::TokenVerifier m_tokenVerifier;
    ServerContext m_context;
    ApiServer m_api;
    ExpiryJob m_expiry;
    HousekeepingJob m_housekeeping;
    NotificationJob m_notifications;
};

} // namespace baartal::server
