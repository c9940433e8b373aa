#include "server/demo/demo_seeder.h"

#include "core/approvals/approval_repository.h"
#include "core/bundles/bundle_repository.h"
#include "core/ids/ids.h"
#include "core/merchants/merchant_repository.h"
#include "core/storage/database.h"
#include "core/storage/transaction_guard.h"
#include "core/time/clock.h"
#include "core/users/account_service.h"
#include "core/users/user_repository.h"

namespace baartal::server {

namespace {

const QString kRegion = QStringLiteral("Dadar West");
const QString kPincode = QStringLiteral("400028");

} // namespace

DemoSeeder::DemoSeeder(core::Database& database, const core::PasswordHasher& hasher, const core::Clock& clock,
                       QString publicBaseUrl)
    : m_database(database)
    , m_hasher(hasher)
    , m_clock(clock)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

core::Result<DemoSeedReport> DemoSeeder::seed()
{
    m_created = 0;
    const QString merchantPassword = QString::fromLatin1(kMerchantPassword);
    const QString customerPassword = QString::fromLatin1(kCustomerPassword);
    const QString adminPassword = QString::fromLatin1(kAdminPassword);
    DemoSeedReport report;

    auto admin = ensureUser(QStringLiteral("admin@baartal.test"), adminPassword, core::UserRole::Admin);
    if (!admin) {
        return admin.error();
    }
    report.logins.append({core::UserRole::Admin, admin->user.emailOrPhone, adminPassword, {}});

    auto bundle = ensureBundle();
    if (!bundle) {
        return bundle.error();
    }
    const struct {
        QString login;
        ShopSpec shop;
    } shops[] = {
        {QStringLiteral("demo.merchant@baartal.test"),
         {QStringLiteral("Dadar Fresh Grocers"), QStringLiteral("grocery"),
          QStringLiteral("Shop 4, Ranade Road, Dadar West, Mumbai 400028"), true}},
        {QStringLiteral("demo.salon@baartal.test"),
         {QStringLiteral("Shivaji Park Unisex Saloon"), QStringLiteral("saloon"),
          QStringLiteral("12 Keluskar Road, Shivaji Park, Dadar West, Mumbai 400028"), false}},
    };
    for (const auto& [login, shop] : shops) {
        auto owner = ensureUser(login, merchantPassword, core::UserRole::Merchant);
        if (!owner) {
            return owner.error();
        }
        auto merchant = ensureShop(*owner, shop, *bundle, admin->user.id);
        if (!merchant) {
            return merchant.error();
        }
        report.logins.append(
            {core::UserRole::Merchant, owner->user.emailOrPhone, merchantPassword,
             QStringLiteral("%1 (%2, %3) merchant_id=%4")
                 .arg(merchant->businessName, merchant->category,
                      merchant->approved ? QStringLiteral("approved") : QStringLiteral("pending approval"),
                      merchant->id)});
    }

    for (const QString& login :
         {QStringLiteral("demo.customer1@baartal.test"), QStringLiteral("demo.customer2@baartal.test")}) {
        auto customer = ensureUser(login, customerPassword, core::UserRole::Customer);
        if (!customer) {
            return customer.error();
        }
        report.logins.append({core::UserRole::Customer, customer->user.emailOrPhone, customerPassword,
                              QStringLiteral("customer_id=%1").arg(customer->customer->id)});
    }
    report.created = m_created;
    return report;
}

core::Result<core::UserAccount> DemoSeeder::ensureUser(const QString& login, const QString& password,
                                                       core::UserRole role)
{
    core::AccountService accounts(m_database, m_hasher, m_clock);
    auto existing = core::UserRepository(m_database).findByLogin(login);
    if (!existing) {
        return existing.error();
    }
    if (*existing) {
        if ((*existing)->role != role) {
            return core::Error::conflict(
                QStringLiteral("demo_login_taken"),
                QStringLiteral("%1 already exists as a %2, not a %3")
                    .arg(login, core::toText((*existing)->role), core::toText(role)));
        }
        return accounts.findByUserId((*existing)->id);
    }
    auto created =
        role == core::UserRole::Admin
            ? accounts.createAdmin(login, password)
            : accounts.registerAccount(
                  {login, password, role, {}, role == core::UserRole::Customer ? kPincode : QString()});
    if (created) {
        ++m_created;
    }
    return created;
}

core::Result<core::Bundle> DemoSeeder::ensureBundle()
{
    core::BundleRepository bundles(m_database);
    auto existing = bundles.listByPincode(kPincode);
    if (!existing) {
        return existing.error();
    }
    for (const core::Bundle& bundle : *existing) {
        if (bundle.regionName == kRegion) {
            return bundle;
        }
    }
    const core::Bundle bundle{core::Ids::newId(), kRegion, kPincode, true, m_clock.now()};
    if (core::Status added = bundles.add(bundle); !added) {
        return added.error();
    }
    ++m_created;
    return bundle;
}

// A new shop goes through the same approval record a real sign-up gets: pending, then (for the
// approved demo shop) decided by the demo admin.
core::Result<core::Merchant> DemoSeeder::ensureShop(const core::UserAccount& owner, const ShopSpec& shop,
                                                    const core::Bundle& bundle, const QString& adminUserId)
{
    core::MerchantRepository merchants(m_database);
    auto existing = merchants.findByUserId(owner.user.id);
    if (!existing) {
        return existing.error();
    }
    if (*existing) {
        return **existing;
    }
    auto transaction = core::TransactionGuard::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    const QDateTime now = m_clock.now();
    core::Merchant merchant;
    merchant.id = core::Ids::newId();
    merchant.userId = owner.user.id;
    merchant.businessName = shop.businessName;
    merchant.category = shop.category;
    merchant.pincode = bundle.pincode;
    merchant.address = shop.address;
    merchant.qrCodeUrl = m_publicBaseUrl + QStringLiteral("/scan/") + merchant.id;
    merchant.bundleId = bundle.id;
    merchant.createdAt = now;
    if (core::Status added = merchants.add(merchant); !added) {
        return added.error();
    }
    core::ApprovalRepository approvals(m_database);
    const core::Approval approval{
        core::Ids::newId(), merchant.id, core::ApprovalStatus::Pending, {}, {}, now, {}};
    if (core::Status added = approvals.add(approval); !added) {
        return added.error();
    }
    if (shop.approved) {
        if (core::Status decided = approvals.decide(approval.id, core::ApprovalStatus::Approved,
                                                    QStringLiteral("Demo shop"), adminUserId, now);
            !decided) {
            return decided.error();
        }
        if (core::Status approved = merchants.setApproved(merchant.id, true); !approved) {
            return approved.error();
        }
        merchant.approved = true;
    }
    if (core::Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    ++m_created;
    return merchant;
}

} // namespace baartal::server
