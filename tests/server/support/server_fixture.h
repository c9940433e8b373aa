#pragma once

#include "core/crypto/password_hasher.h"
#include "core/ledger/ledger_invariant_checker.h"
#include "core/merchants/merchant.h"
#include "core/result/result.h"
#include "core/storage/dialect.h"
#include "core/users/account_service.h"
#include "server/server_app.h"
#include "tests/testsupport/api_test_client.h"
#include "tests/testsupport/fake_clock.h"
#include "tests/testsupport/temporary_database.h"

#include <functional>
#include <memory>

namespace baartal::testsupport {

// The two sides of a sale: a registered customer and an approved shop whose owner is logged in.
struct TestShop {
    QString customerId;
    core::Merchant merchant;
    QString merchantToken;
};

// A real baartal-server in the test process: a fresh migrated database of the given dialect, a fake
// clock, the HTTP server on 127.0.0.1 (a free port) and a client for it. The test keeps its own
// connection to the same database to arrange data and check what was written.
class ServerFixture {
public:
    static const QString kPassword;
    static const QString kCustomerLogin;
    static const QString kMerchantLogin;

    Q_DISABLE_COPY_MOVE(ServerFixture)
    ~ServerFixture();

    static core::Result<std::unique_ptr<ServerFixture>> start(core::Dialect dialect);
    // start(), with the test's changes to the server's settings (an SMS provider, limits).
    static core::Result<std::unique_ptr<ServerFixture>>
    start(core::Dialect dialect, const std::function<void(server::ServerConfig&)>& configure);

    core::Database& database() { return m_temporary->database(); }
    FakeClock& clock() { return m_clock; }
    ApiTestClient& api() { return *m_api; }
    server::ServerApp& app() { return *m_app; }
    // What the server was started with, for a second server on the same database.
    const server::ServerConfig& config() const { return m_config; }

    // A customer registered through the API; its customer id.
    core::Result<QString> registerCustomer(const QString& login);
    // A merchant account registered through the API, with no shop yet; its access token, empty when
    // registering or logging in fails.
    QString registerMerchant(const QString& login);
    // A merchant login with a shop profile (grocery, in a bundle of its own), written directly.
    core::Result<core::Merchant> addMerchant(const QString& login, bool approved, int issueRate = 5);
    core::Result<core::UserAccount> addAdmin(const QString& login);
    // kCustomerLogin registered, and kMerchantLogin's approved shop at issueRate coins per ₹100, logged in.
    core::Result<TestShop> openShop(int issueRate = 5);
    // The access token of POST /api/v1/auth/login; empty when the login fails.
    QString login(const QString& login, const QString& password = kPassword);

    core::Result<qint64> rowCount(const QString& table);
    // Runs the LedgerInvariantChecker over the whole database and fails the current test on a violation.
    void verifyLedgerIsSound();

private:
    ServerFixture() = default;

    FakeClock m_clock;
    core::PasswordHasher m_hasher{core::PasswordHasher::Strength::Minimal};
    std::unique_ptr<TemporaryDatabase> m_temporary;
    server::ServerConfig m_config;
    std::unique_ptr<server::ServerApp> m_app;
    std::unique_ptr<ApiTestClient> m_api;
};

} // namespace baartal::testsupport
