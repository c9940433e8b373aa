#pragma once

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
// and a saloon awaiting approval, two customers and an admin. Idempotent: whatever already exists (by
// login, by shop owner, by bundle name and pincode) is kept as it is, so a second run changes nothing.
class DemoSeeder {
public:
    static constexpr const char* kMerchantPassword = "demo-merchant-pass";
    static constexpr const char* kCustomerPassword = "demo-customer-pass";
    static constexpr const char* kAdminPassword = "demo-admin-pass";

    // Everything given must outlive the seeder. QR codes point below publicBaseUrl.
    DemoSeeder(core::Database& database, const core::PasswordHasher& hasher, const core::Clock& clock,
               QString publicBaseUrl);
    Q_DISABLE_COPY_MOVE(DemoSeeder)

    core::Result<DemoSeedReport> seed();

private:
    struct ShopSpec {
        QString businessName;
        QString category;
        QString address;
        bool approved = false;
    };

    core::Result<core::UserAccount> ensureUser(const QString& login, const QString& password,
                                               core::UserRole role);
    core::Result<core::Bundle> ensureBundle();
    core::Result<core::Merchant> ensureShop(const core::UserAccount& owner, const ShopSpec& shop,
                                            const core::Bundle& bundle, const QString& adminUserId);

    core::Database& m_database;
    const core::PasswordHasher& m_hasher;
    const core::Clock& m_clock;
    QString m_publicBaseUrl;
    int m_created = 0;
};

} // namespace baartal::server
