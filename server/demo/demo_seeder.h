#pragma once

#include "core/ledger/ledger_service.h"
#include "core/money/coins.h"
#include "core/money/paise.h"
#include "core/result/result.h"
#include "core/users/user_role.h"

#include <QList>
#include <QString>

namespace baartal::core {
class Clock;
class Database;
class PasswordHasher;
struct Bundle;
struct Merchant;
struct UserAccount;
} // namespace baartal::core

namespace baartal::server {

// One login the demo data offers, with what the operator needs to try it.
struct DemoLogin {
    core::UserRole role = core::UserRole::Customer;
    QString login;
    QString password;
    QString note; // "customer_id=…", "Dadar Fresh Grocers (grocery, approved) merchant_id=…"
};

struct DemoSeedReport {
    QList<DemoLogin> logins;
    int created = 0; // records made by this run; 0 when the data was already there
};

// The demo data of `baartal-server seed-demo`: the bundle "Dadar West" (400028) with an approved grocer
// and a saloon awaiting approval, three customers (one with a phone login, for OTP) and an admin; and at
// the grocer a week of sales (one paid partly in coins), a customer at the counter who just scanned the
// shop and a spend request waiting for the cashier.
//
// Everything goes through the services the API uses, so it obeys the same rules: the admin creates the
// bundle and approves the grocer (both audited), shops sign up through onboarding (bundle placement,
// pending approval), visits are scans whose check-ins the sales use, coins move through the ledger.
//
// Idempotent: whatever already exists (by login, by shop owner, by bundle name and pincode) is kept as
// it is, and the grocer's activity is added only while the shop has no sale at all, so a second run
// changes nothing.
class DemoSeeder {
public:
    static constexpr const char* kMerchantPassword = "demo-merchant-pass";
    static constexpr const char* kCustomerPassword = "demo-customer-pass";
    static constexpr const char* kAdminPassword = "demo-admin-pass";

    // Everything given must outlive the seeder. QR codes point below publicBaseUrl; the settings are the
    // server's, whose spend cap and earn rules the seeded sales follow.
    DemoSeeder(core::Database& database, const core::PasswordHasher& hasher, const core::Clock& clock,
               QString publicBaseUrl, core::LoyaltySettings settings = core::LoyaltySettings());
    Q_DISABLE_COPY_MOVE(DemoSeeder)

    core::Result<DemoSeedReport> seed();

private:
    struct ShopSpec {
        QString businessName;
        QString category;
        QString address;
        double lat = 0;
        double lng = 0;
        bool approved = false;
    };

    core::Result<core::UserAccount> ensureUser(const QString& login, const QString& password,
                                               core::UserRole role);
    core::Result<core::Bundle> ensureBundle(const QString& adminUserId);
    core::Result<core::Merchant> ensureShop(const core::UserAccount& owner, const ShopSpec& shop,
                                            const core::Bundle& bundle, const QString& adminUserId);
    // The grocer's week: `customers` are the demo customers' ids, in the order seed() makes them.
    core::Status ensureActivity(const core::Merchant& grocer, const QString& cashierUserId,
                                const QStringList& customers);

    core::Database& m_database;
    const core::PasswordHasher& m_hasher;
    const core::Clock& m_clock;
    QString m_publicBaseUrl;
    core::LoyaltySettings m_settings;
    int m_created = 0;
};

} // namespace baartal::server
