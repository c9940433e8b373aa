#include "server/demo/demo_seeder.h"

#include "core/approvals/approval_service.h"
#include "core/bundles/bundle_admin_service.h"
#include "core/bundles/bundle_repository.h"
#include "core/checkins/checkin_service.h"
#include "core/ledger/ledger_repository.h"
#include "core/merchants/merchant_repository.h"
#include "core/merchants/onboarding_service.h"
#include "core/spend/spend_request_service.h"
#include "core/storage/database.h"
#include "core/time/clock.h"
#include "core/users/account_service.h"
#include "core/users/user_repository.h"

namespace baartal::server {

namespace {

const QString kRegion = QStringLiteral("Dadar West");
const QString kPincode = QStringLiteral("400028");

// The time the activity happened at: the seeded week is written as it would have been, day by day.
class ActivityClock final : public core::Clock {
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }

private:
    QDateTime m_now;
};

// A visit to the grocer: the customer scans the counter QR and the cashier keys the bill on the
// check-in; or, with `redeem`, the customer asks to spend coins and the cashier confirms with the bill.
struct Visit {
    int daysAgo = 0;
    int customer = 0; // index into the demo customers
    qint64 billPaise = 0;
    qint64 redeem = 0;
};

constexpr Visit kWeek[] = {
    {6, 0, 450'00, 0}, {5, 1, 1'280'50, 0}, {4, 2, 1'120'00, 0},
    {3, 0, 860'00, 0}, {2, 1, 215'00, 0},   {1, 0, 640'00, 20},
};
// Who is at the counter now, and who waits for the cashier to confirm their coins.
constexpr int kAtCounter = 1;
constexpr int kWaitingToSpend = 2;
constexpr qint64 kWaitingCoins = 30;
// The minutes between a customer's scan (or spend request) and the cashier keying the bill.
constexpr int kMinutesToBill = 4;

} // namespace

DemoSeeder::DemoSeeder(core::Database& database, const core::PasswordHasher& hasher, const core::Clock& clock,
                       QString publicBaseUrl, core::LoyaltySettings settings)
    : m_database(database)
    , m_hasher(hasher)
    , m_clock(clock)
    , m_publicBaseUrl(std::move(publicBaseUrl))
    , m_settings(std::move(settings))
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

    auto bundle = ensureBundle(admin->user.id);
    if (!bundle) {
        return bundle.error();
    }
    const struct {
        QString login;
        ShopSpec shop;
    } shops[] = {
        {QStringLiteral("demo.merchant@baartal.test"),
         {QStringLiteral("Dadar Fresh Grocers"), QStringLiteral("grocery"),
          QStringLiteral("Shop 4, Ranade Road, Dadar West, Mumbai 400028"), 19.0205, 72.8385, true}},
        {QStringLiteral("demo.salon@baartal.test"),
         {QStringLiteral("Shivaji Park Unisex Saloon"), QStringLiteral("saloon"),
          QStringLiteral("12 Keluskar Road, Shivaji Park, Dadar West, Mumbai 400028"), 19.0268, 72.8377,
          false}},
    };
    QList<core::Merchant> merchants;
    QStringList ownerIds;
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
        merchants.append(*merchant);
        ownerIds.append(owner->user.id);
    }

    QStringList customerIds;
    for (const QString& login :
         {QStringLiteral("demo.customer1@baartal.test"), QStringLiteral("demo.customer2@baartal.test"),
          QStringLiteral("+919869012345")}) {
        auto customer = ensureUser(login, customerPassword, core::UserRole::Customer);
        if (!customer) {
            return customer.error();
        }
        report.logins.append({core::UserRole::Customer, customer->user.emailOrPhone, customerPassword,
                              QStringLiteral("customer_id=%1").arg(customer->customer->id)});
        customerIds.append(customer->customer->id);
    }

    if (core::Status activity = ensureActivity(merchants.constFirst(), ownerIds.constFirst(), customerIds);
        !activity) {
        return activity.error();
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

// The demo admin creates the bundle, as on the admin API, so its audit record says who did.
core::Result<core::Bundle> DemoSeeder::ensureBundle(const QString& adminUserId)
{
    auto existing = core::BundleRepository(m_database).listByPincode(kPincode);
    if (!existing) {
        return existing.error();
    }
    for (const core::Bundle& bundle : *existing) {
        if (bundle.regionName == kRegion) {
            return bundle;
        }
    }
    auto created = core::BundleAdminService(m_database, m_clock).create(kPincode, kRegion, adminUserId);
    if (!created) {
        return created.error();
    }
    ++m_created;
    return created->bundle;
}

// A new shop signs up as a merchant would (and waits for approval); the demo admin then approves the
// grocer as on the admin API. A shop that already exists is left as it is, whatever was decided about it.
core::Result<core::Merchant> DemoSeeder::ensureShop(const core::UserAccount& owner, const ShopSpec& shop,
                                                    const core::Bundle& bundle, const QString& adminUserId)
{
    auto existing = core::MerchantRepository(m_database).findByUserId(owner.user.id);
    if (!existing) {
        return existing.error();
    }
    if (*existing) {
        return **existing;
    }
    core::ShopApplication application;
    application.userId = owner.user.id;
    application.businessName = shop.businessName;
    application.category = shop.category;
    application.pincode = bundle.pincode;
    application.address = shop.address;
    application.position = core::GeoPoint{shop.lat, shop.lng};
    application.bundle.bundleId = bundle.id;
    auto merchant =
        core::OnboardingService(m_database, m_clock, m_publicBaseUrl, m_settings.platformSpendCapPercent)
            .registerShop(application);
    if (!merchant) {
        return merchant.error();
    }
    ++m_created;
    if (!shop.approved) {
        return merchant;
    }
    core::ApprovalService approvals(m_database, m_clock);
    auto pending = approvals.list(core::ApprovalStatus::Pending);
    if (!pending) {
        return pending.error();
    }
    for (const core::ApprovalListing& listing : std::as_const(*pending)) {
        if (listing.approval.merchantId == merchant->id) {
            auto decided = approvals.decide(listing.approval.id, core::ApprovalDecision::Approve,
                                            QStringLiteral("Demo shop"), adminUserId);
            if (!decided) {
                return decided.error();
            }
            merchant->approved = true;
        }
    }
    return merchant;
}

core::Status DemoSeeder::ensureActivity(const core::Merchant& grocer, const QString& cashierUserId,
                                        const QStringList& customers)
{
    // The first customer's wallet stands for the whole week: it has earned once the week was written.
    auto earned = core::LedgerRepository(m_database).hasEarned(customers.constFirst());
    if (!earned) {
        return earned.error();
    }
    if (*earned || !grocer.approved) {
        return {};
    }
    const QDateTime now = m_clock.now();
    ActivityClock clock;
    core::LedgerService ledger(m_database, clock, m_settings);
    core::CheckinService checkins(m_database, clock);
    core::SpendRequestService spendRequests(m_database, clock, ledger);
    core::SaleRequest sale;
    sale.merchantId = grocer.id;
    sale.createdBy = cashierUserId;

    for (const Visit& visit : kWeek) {
        const QDateTime arrived = now.addDays(-visit.daysAgo);
        clock.set(arrived);
        sale.customerId = customers.at(visit.customer);
        sale.bill = core::Paise(visit.billPaise);
        sale.redeem = core::Coins(visit.redeem);
        core::LedgerService::MovementHook settles;
        if (visit.redeem > 0) {
            auto request = spendRequests.create(sale.customerId, grocer.id, sale.redeem);
            if (!request) {
                return request.error();
            }
            settles = [&spendRequests, id = request->id, &grocer](const core::LedgerTransaction& txn) {
                return spendRequests.confirm(id, grocer.id, txn);
            };
        } else {
            auto scanned = checkins.scan(sale.customerId, grocer.id);
            if (!scanned) {
                return scanned.error();
            }
            settles = [&checkins, id = scanned->checkin.id, &grocer](const core::LedgerTransaction& txn) {
                return checkins.use(id, grocer.id, txn);
            };
        }
        clock.set(arrived.addSecs(kMinutesToBill * 60));
        if (auto recorded = ledger.recordSale(sale, settles); !recorded) {
            return recorded.error();
        }
        ++m_created;
    }

    clock.set(now);
    if (auto scanned = checkins.scan(customers.at(kAtCounter), grocer.id); !scanned) {
        return scanned.error();
    }
    if (auto request =
            spendRequests.create(customers.at(kWaitingToSpend), grocer.id, core::Coins(kWaitingCoins));
        !request) {
        return request.error();
    }
    m_created += 2;
    return {};
}

} // namespace baartal::server
