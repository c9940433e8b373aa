#include "server/server_app.h"

#include "core/notifications/notification_queue.h"
#include "core/storage/migrator.h"
#include "server/admin/admin_routes.h"
#include "server/admin/bundle_admin_routes.h"
#include "server/admin/merchant_admin_routes.h"
#include "server/analytics/analytics_routes.h"
#include "server/auth/auth_routes.h"
#include "server/auth/otp_routes.h"
#include "server/bundles/bundle_routes.h"
#include "server/categories/category_routes.h"
#include "server/keys/key_routes.h"
#include "server/merchants/merchant_routes.h"
#include "server/merchants/onboarding_routes.h"
#include "server/merchants/shop_history_routes.h"
#include "server/notifications/merchant_events.h"
#include "server/notifications/notification_routes.h"
#include "server/scan/scan_routes.h"
#include "server/spend/spend_request_routes.h"
#include "server/sync/device_routes.h"
#include "server/sync/sync_routes.h"
#include "server/wallet/wallet_routes.h"
#include "server/wallet/wallet_token_routes.h"

#include <QLoggingCategory>

namespace baartal::server {

Q_LOGGING_CATEGORY(lcServer, "baartal.server")

namespace {

QList<core::Ed25519PublicKey> publicKeysOf(const QList<core::Ed25519KeyPair>& keys)
{
    QList<core::Ed25519PublicKey> publicKeys;
    for (const core::Ed25519KeyPair& key : keys) {
        publicKeys.append(key.publicKey());
    }
    return publicKeys;
}

} // namespace

ServerApp::ServerApp(ServerConfig config, const core::Clock* clock, std::unique_ptr<core::Database> database,
                     AccessTokens tokens, std::unique_ptr<SmsProvider> sms)
    : m_config(std::move(config))
    , m_clock(clock != nullptr ? *clock : m_systemClock)
    , m_database(std::move(database))
    , m_hasher(m_config.passwordStrength)
    , m_tokens(std::move(tokens))
    , m_accounts(*m_database, m_hasher, m_clock)
    , m_ledger(*m_database, m_clock, m_config.loyalty)
    , m_sessions(*m_database, m_clock, m_tokens, m_accounts)
    , m_sms(std::move(sms))
    , m_otp(*m_database, m_clock, m_accounts, *m_sms, m_config.jwtSecret, m_config.otp)
    , m_tokenSigner(m_config.signingKeys.constFirst())
    , m_tokenVerifier(publicKeysOf(m_config.signingKeys))
    , m_context{m_config,   m_clock, *m_database,   m_accounts,     m_ledger,
                m_sessions, m_otp,   m_tokenSigner, m_tokenVerifier}
    , m_api(m_tokens, m_clock)
    , m_expiry(m_ledger)
    , m_housekeeping(*m_database, m_clock)
    , m_notifications(*m_database, m_clock, m_config.notifications)
{
    // Every sale tells its shop, whichever route or upload recorded it, in the sale's own transaction.
    m_ledger.setSaleHook([this](const core::LedgerTransaction& sale) {
        return core::NotificationQueue(*m_database, m_clock).enqueue(MerchantEvents::earn(sale));
    });
    m_api.setHealthCheck([this] { return checkDatabase(); });
    m_api.router().setRateLimits(m_config.authRateLimit, m_config.apiRateLimit);
    m_api.router().setCorsOrigins(m_config.corsOrigins);
    AuthRoutes::registerRoutes(m_api.router(), m_context);
    OtpRoutes::registerRoutes(m_api.router(), m_context);
    MerchantRoutes::registerRoutes(m_api.router(), m_context);
    WalletRoutes::registerRoutes(m_api.router(), m_context);
    BundleRoutes::registerRoutes(m_api.router(), m_context);
    AdminRoutes::registerRoutes(m_api.router(), m_context);
    ScanRoutes::registerRoutes(m_api.router(), m_context);
    SpendRequestRoutes::registerRoutes(m_api.router(), m_context);
    NotificationRoutes::registerRoutes(m_api.router(), m_context);
    KeyRoutes::registerRoutes(m_api.router(), m_context);
    WalletTokenRoutes::registerRoutes(m_api.router(), m_context);
    AnalyticsRoutes::registerRoutes(m_api.router(), m_context);
    OnboardingRoutes::registerRoutes(m_api.router(), m_context);
    CategoryRoutes::registerRoutes(m_api.router(), m_context);
    BundleAdminRoutes::registerRoutes(m_api.router(), m_context);
    DeviceRoutes::registerRoutes(m_api.router(), m_context);
    SyncRoutes::registerRoutes(m_api.router(), m_context);
    ShopHistoryRoutes::registerRoutes(m_api.router(), m_context);
    MerchantAdminRoutes::registerRoutes(m_api.router(), m_context);
}

ServerApp::~ServerApp() = default;

core::Result<std::unique_ptr<ServerApp>> ServerApp::create(const ServerConfig& config)
{
    return createOn(config, nullptr);
}

core::Result<std::unique_ptr<ServerApp>> ServerApp::create(const ServerConfig& config,
                                                           const core::Clock& clock)
{
    return createOn(config, &clock);
}

core::Result<std::unique_ptr<ServerApp>> ServerApp::createOn(const ServerConfig& config,
                                                             const core::Clock* clock)
{
    auto codec = core::JwtCodec::create(config.jwtSecret);
    if (!codec) {
        return codec.error();
    }
    if (config.signingKeys.isEmpty()) {
        return core::Error::invalid(QStringLiteral("signing_key_missing"),
                                    QStringLiteral("No key to sign customer QR and spend tokens with"));
    }
    auto sms = SmsProvider::create(config.sms);
    if (!sms) {
        return sms.error();
    }
    auto database = openDatabase(config.database);
    if (!database) {
        return database.error();
    }
    return std::unique_ptr<ServerApp>(
        new ServerApp(config, clock, std::move(*database), AccessTokens(std::move(*codec)), std::move(*sms)));
}

core::Result<std::unique_ptr<core::Database>> ServerApp::openDatabase(const core::DatabaseUrl& url)
{
    auto database = core::Database::open(url);
    if (!database) {
        return database.error();
    }
    core::Migrator migrator(**database, core::Migrator::serverMigrations());
    auto applied = migrator.migrate();
    if (!applied) {
        return applied.error();
    }
    qCInfo(lcServer).noquote() << "database" << url.redacted() << "at schema version"
                               << migrator.latestVersion()
                               << QStringLiteral("(%1 migrations applied now)").arg(*applied);
    return std::move(*database);
}

core::Result<quint16> ServerApp::listen()
{
    auto port = m_api.listen(m_config.listenAddress, m_config.listenPort);
    if (port) {
        m_config.listenPort = *port;
        m_expiry.start();
        m_housekeeping.start();
        m_notifications.start(m_config.notifications.pollInterval);
        qCInfo(lcServer).noquote() << "baartal-server listening on"
                                   << QStringLiteral("http://") + m_config.listenText();
    }
    return port;
}

core::Status ServerApp::checkDatabase()
{
    auto query = m_database->exec(QStringLiteral("SELECT 1"));
    if (!query) {
        qCWarning(lcServer).noquote() << "health check: database unreachable:" << query.error().message;
        return core::Error{core::ErrorKind::Unavailable, QStringLiteral("database_unreachable"),
                           QStringLiteral("The database is not answering.")};
    }
    return {};
}

} // namespace baartal::server
