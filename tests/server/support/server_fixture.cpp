#include "tests/server/support/server_fixture.h"

#include "core/bundles/bundle_repository.h"
#include "core/ids/ids.h"
#include "core/merchants/merchant_repository.h"
#include "core/storage/database.h"

#include <QTest>

namespace baartal::testsupport {

const QString ServerFixture::kPassword = QStringLiteral("correct-horse-battery");
const QString ServerFixture::kCustomerLogin = QStringLiteral("asha@example.in");
const QString ServerFixture::kMerchantLogin = QStringLiteral("grocer@example.in");

ServerFixture::~ServerFixture() = default;

core::Result<std::unique_ptr<ServerFixture>> ServerFixture::start(core::Dialect dialect)
{
    return start(dialect, [](server::ServerConfig&) {});
}

core::Result<std::unique_ptr<ServerFixture>>
ServerFixture::start(core::Dialect dialect, const std::function<void(server::ServerConfig&)>& configure)
{
    std::unique_ptr<ServerFixture> fixture(new ServerFixture);
    auto temporary = TemporaryDatabase::create(dialect);
    if (!temporary) {
        return temporary.error();
    }
    fixture->m_temporary = std::move(*temporary);

    server::ServerConfig config;
    config.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.listenPort = 0;
    config.database = fixture->m_temporary->url();
    config.jwtSecret = QByteArrayLiteral("test-secret-that-is-at-least-32-bytes-long");
    config.signingKeys = {core::Ed25519KeyPair::generate()};
    config.publicBaseUrl = QStringLiteral("https://baartal.test");
    config.passwordStrength = core::PasswordHasher::Strength::Minimal;
    // Tests log in and post far faster than people; tst_rate_limiter checks the limits themselves.
    config.authRateLimit = {100'000, std::chrono::seconds(60)};
    config.apiRateLimit = {100'000, std::chrono::seconds(60)};
    // Tests receive merchant webhooks on 127.0.0.1; tst_webhook_url_policy checks the production rule.
    config.notifications.allowLoopbackWebhooks = true;
    // Tests run the notification queue themselves (app().notifications().runOnce()), step by step.
    config.notifications.pollInterval = std::chrono::hours(1);
    configure(config);
    fixture->m_config = config;
    auto app = server::ServerApp::create(config, fixture->m_clock);
    if (!app) {
        return app.error();
    }
    fixture->m_app = std::move(*app);
    auto port = fixture->m_app->listen();
    if (!port) {
        return port.error();
    }
    fixture->m_api = std::make_unique<ApiTestClient>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port)));
    return fixture;
}

core::Result<QString> ServerFixture::registerCustomer(const QString& login)
{
    const ApiReply reply = m_api->post(QStringLiteral("/api/v1/auth/register"),
                                       {{QStringLiteral("email_or_phone"), login},
                                        {QStringLiteral("password"), kPassword},
                                        {QStringLiteral("role"), QStringLiteral("customer")}});
    if (reply.status != 201) {
        return core::Error::internal(QStringLiteral("register_failed"), reply.describe());
    }
    return reply.data().value(QStringLiteral("customer_id")).toString();
}

QString ServerFixture::registerMerchant(const QString& login)
{
    const ApiReply reply = m_api->post(QStringLiteral("/api/v1/auth/register"),
                                       {{QStringLiteral("email_or_phone"), login},
                                        {QStringLiteral("password"), kPassword},
                                        {QStringLiteral("role"), QStringLiteral("merchant")}});
    return reply.status == 201 ? this->login(login) : QString();
}

core::Result<core::Merchant> ServerFixture::addMerchant(const QString& login, bool approved, int issueRate)
{
    auto account = core::AccountService(database(), m_hasher, m_clock)
                       .registerAccount({login, kPassword, core::UserRole::Merchant, {}, {}});
    if (!account) {
        return account.error();
    }
    const core::Bundle bundle{core::Ids::newId(), QStringLiteral("Test bundle"), QStringLiteral("400028"),
                              true, m_clock.now()};
    if (core::Status added = core::BundleRepository(database()).add(bundle); !added) {
        return added.error();
    }
    core::Merchant merchant;
    merchant.id = core::Ids::newId();
    merchant.userId = account->user.id;
    merchant.businessName = QStringLiteral("Shop of ") + login;
    merchant.category = QStringLiteral("grocery");
    merchant.pincode = bundle.pincode;
    merchant.address = QStringLiteral("1 Test Road, Mumbai");
    merchant.bcoinIssueRate = issueRate;
    merchant.qrCodeUrl = QStringLiteral("https://baartal.test/scan/") + merchant.id;
    merchant.bundleId = bundle.id;
    merchant.approved = approved;
    merchant.createdAt = m_clock.now();
    if (core::Status added = core::MerchantRepository(database()).add(merchant); !added) {
        return added.error();
    }
    return merchant;
}

core::Result<core::UserAccount> ServerFixture::addAdmin(const QString& login)
{
    return core::AccountService(database(), m_hasher, m_clock).createAdmin(login, kPassword);
}

core::Result<TestShop> ServerFixture::openShop(int issueRate)
{
    auto customerId = registerCustomer(kCustomerLogin);
    if (!customerId) {
        return customerId.error();
    }
    auto merchant = addMerchant(kMerchantLogin, true, issueRate);
    if (!merchant) {
        return merchant.error();
    }
    const QString token = login(kMerchantLogin);
    if (token.isEmpty()) {
        return core::Error::internal(QStringLiteral("login_failed"), kMerchantLogin);
    }
    return TestShop{*customerId, *merchant, token};
}

QString ServerFixture::login(const QString& login, const QString& password)
{
    const ApiReply reply =
        m_api->post(QStringLiteral("/api/v1/auth/login"),
                    {{QStringLiteral("email_or_phone"), login}, {QStringLiteral("password"), password}});
    return reply.data().value(QStringLiteral("token")).toString();
}

core::Result<qint64> ServerFixture::rowCount(const QString& table)
{
    auto query = database().exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    if (!query) {
        return query.error();
    }
    if (!(*query)->next()) {
        return core::Error::internal(QStringLiteral("count_failed"), table);
    }
    return (*query)->value(0).toLongLong();
}

void ServerFixture::verifyLedgerIsSound()
{
    auto report = core::LedgerInvariantChecker(database()).check(m_clock.now());
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY2(report->ok(), qPrintable(report->violations.join(QLatin1Char('\n'))));
}

} // namespace baartal::testsupport
