#include "core/merchants/onboarding_service.h"

#include "core/approvals/approval_repository.h"
#include "core/bundles/bundle_repository.h"
#include "core/geo/pincode.h"
#include "core/ids/ids.h"
#include "core/merchants/category_repository.h"
#include "core/merchants/merchant_repository.h"
#include "core/policy/earn_policy.h"
#include "core/storage/transaction_guard.h"
#include "core/time/clock.h"

namespace baartal::core {

namespace {

std::optional<GeoPoint> positionOf(const Merchant& merchant)
{
    if (!merchant.lat || !merchant.lng) {
        return std::nullopt;
    }
    return GeoPoint{*merchant.lat, *merchant.lng};
}

void setPosition(Merchant& merchant, const std::optional<GeoPoint>& position)
{
    merchant.lat = position ? std::optional<double>(position->lat) : std::nullopt;
    merchant.lng = position ? std::optional<double>(position->lng) : std::nullopt;
}

// The pincode's own bundle, which a shop joins unless it chooses another.
Result<std::optional<Bundle>> oldestActive(BundleRepository& bundles, const QString& pincode)
{
    auto inPincode = bundles.listByPincode(pincode);
    if (!inPincode) {
        return inPincode.error();
    }
    for (const Bundle& bundle : std::as_const(*inPincode)) {
        if (bundle.active) {
            return std::optional<Bundle>(bundle);
        }
    }
    return std::optional<Bundle>();
}

Status addPendingApproval(Database& database, const QString& merchantId, const QDateTime& now)
{
    return ApprovalRepository(database).add(
        Approval{Ids::newId(), merchantId, ApprovalStatus::Pending, {}, {}, now, {}});
}

} // namespace

OnboardingService::OnboardingService(Database& database, const Clock& clock, QString publicBaseUrl,
                                     int platformSpendCapPercent)
    : m_database(database)
    , m_clock(clock)
    , m_publicBaseUrl(std::move(publicBaseUrl))
    , m_platformSpendCapPercent(platformSpendCapPercent)
{
}

QString OnboardingService::scanUrl(const QString& publicBaseUrl, const QString& merchantId)
{
    return publicBaseUrl + QStringLiteral("/scan/") + merchantId;
}

Result<Merchant> OnboardingService::registerShop(const ShopApplication& application)
{
    m_alternatives.clear();
    Merchant merchant;
    merchant.id = Ids::newId();
    merchant.userId = application.userId;
    merchant.businessName = application.businessName.trimmed();
    merchant.category = application.category;
    merchant.pincode = application.pincode;
    merchant.address = application.address.trimmed();
    setPosition(merchant, application.position);
    merchant.bcoinIssueRate = application.bcoinIssueRate;
    merchant.spendCapPercent = application.spendCapPercent;
    merchant.qrCodeUrl = scanUrl(m_publicBaseUrl, merchant.id);
    merchant.createdAt = m_clock.now();
    if (Status valid = validate(merchant, application.bundle); !valid) {
        return valid.error();
    }
    return offerAlternatives(insertShop(merchant, application.bundle), merchant, {});
}

Result<Merchant> OnboardingService::updateShop(const QString& userId, const ShopChanges& changes)
{
    m_alternatives.clear();
    Merchant wanted;
    auto saved = saveChanges(userId, changes, wanted);
    return offerAlternatives(std::move(saved), wanted, wanted.id);
}

Result<Merchant> OnboardingService::offerAlternatives(Result<Merchant> outcome, const Merchant& wanted,
                                                      const QString& ignoredMerchantId)
{
    if (outcome || outcome.error().code != QLatin1String("category_taken")) {
        return outcome;
    }
    auto found = BundleAlternatives(m_database)
                     .find(wanted.category, wanted.pincode, positionOf(wanted), ignoredMerchantId);
    if (!found) {
        return found.error();
    }
    m_alternatives = std::move(*found);
    return outcome;
}

Result<Merchant> OnboardingService::insertShop(Merchant merchant, const BundleChoice& choice)
{
    auto transaction = TransactionGuard::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    MerchantRepository merchants(m_database);
    auto existing = merchants.findByUserId(merchant.userId);
    if (!existing) {
        return existing.error();
    }
    if (*existing) {
        return Error::conflict(QStringLiteral("merchant_exists"),
                               QStringLiteral("This account already has a shop; edit it instead."));
    }
    auto bundle = place(merchant.pincode, choice, {});
    if (!bundle) {
        return bundle.error();
    }
    merchant.bundleId = bundle->id;
    // The unique index on (bundle_id, category) is the check: a shop of the category already there, or
    // one committed by a racing sign-up a moment ago, fails this insert as "category_taken".
    if (Status added = merchants.add(merchant); !added) {
        return added.error();
    }
    if (Status pending = addPendingApproval(m_database, merchant.id, merchant.createdAt); !pending) {
        return pending.error();
    }
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return merchant;
}

Result<Merchant> OnboardingService::saveChanges(const QString& userId, const ShopChanges& changes,
                                                Merchant& wanted)
{
    auto transaction = TransactionGuard::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    MerchantRepository merchants(m_database);
    auto found = merchants.findByUserId(userId);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return Error::notFound(QStringLiteral("merchant_profile_missing"),
                               QStringLiteral("This merchant account has no shop profile yet."));
    }
    const Merchant before = **found;
    Merchant after = before;
    after.businessName = changes.businessName.value_or(before.businessName).trimmed();
    after.category = changes.category.value_or(before.category);
    after.pincode = changes.pincode.value_or(before.pincode);
    after.address = changes.address.value_or(before.address).trimmed();
    if (changes.position) {
        setPosition(after, *changes.position);
    }
    after.bcoinIssueRate = changes.bcoinIssueRate.value_or(before.bcoinIssueRate);
    if (changes.spendCapPercent) {
        after.spendCapPercent = *changes.spendCapPercent;
    }
    if (Status valid = validate(after, changes.bundle); !valid) {
        return valid.error();
    }
    wanted = after;

    const bool choseBundle = !changes.bundle.bundleId.isEmpty() || changes.bundle.newBundle;
    if (choseBundle || after.category != before.category || after.pincode != before.pincode) {
        auto bundle = place(after.pincode, changes.bundle,
                            after.pincode == before.pincode ? before.bundleId : QString());
        if (!bundle) {
            return bundle.error();
        }
        after.bundleId = bundle->id;
    }
    const bool relocated = after.category != before.category || after.pincode != before.pincode ||
                           after.bundleId != before.bundleId;
    if (relocated) {
        after.approved = false;
    }
    // As on sign-up, the unique index decides whether the shop's new category is free in its bundle.
    if (Status updated = merchants.update(after); !updated) {
        return updated.error();
    }
    if (relocated) {
        auto waiting = ApprovalRepository(m_database).hasPending(after.id);
        if (!waiting) {
            return waiting.error();
        }
        if (!*waiting) {
            if (Status pending = addPendingApproval(m_database, after.id, m_clock.now()); !pending) {
                return pending.error();
            }
        }
    }
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return after;
}

Status OnboardingService::validate(const Merchant& merchant, const BundleChoice& choice)
{
    if (merchant.businessName.isEmpty() || merchant.businessName.size() > kMaxBusinessNameLength) {
        return Error::invalid(
            QStringLiteral("invalid_business_name"),
            QStringLiteral("business_name must be 1 to %1 characters.").arg(kMaxBusinessNameLength));
    }
    if (merchant.address.isEmpty() || merchant.address.size() > kMaxAddressLength) {
        return Error::invalid(QStringLiteral("invalid_address"),
                              QStringLiteral("address must be 1 to %1 characters.").arg(kMaxAddressLength));
    }
    if (Status valid = Pincode::check(merchant.pincode); !valid) {
        return valid;
    }
    if (const std::optional<GeoPoint> position = positionOf(merchant); position && !position->isValid()) {
        return Error::invalid(
            QStringLiteral("invalid_coordinates"),
            QStringLiteral("lat and lng must be decimal degrees, lat from -90 to 90 and lng "
                           "from -180 to 180."));
    }
    if (auto rate = EarnPolicy::withRate(merchant.bcoinIssueRate); !rate) {
        return rate.error();
    }
    if (merchant.spendCapPercent &&
        (*merchant.spendCapPercent < 1 || *merchant.spendCapPercent > m_platformSpendCapPercent)) {
        return Error::invalid(QStringLiteral("invalid_spend_cap"),
                              QStringLiteral("spend_cap_percent must be between 1 and the platform's %1.")
                                  .arg(m_platformSpendCapPercent));
    }
    if (!choice.bundleId.isEmpty() && choice.newBundle) {
        return Error::invalid(QStringLiteral("conflicting_bundle_choice"),
                              QStringLiteral("Send bundle_id or new_bundle, not both."));
    }
    auto category = CategoryRepository(m_database).find(merchant.category);
    if (!category) {
        return category.error();
    }
    if (!*category) {
        return Error::invalid(QStringLiteral("unknown_category"),
                              QStringLiteral("There is no category %1; GET /api/v1/categories lists them.")
                                  .arg(merchant.category));
    }
    return {};
}

Result<Bundle> OnboardingService::place(const QString& pincode, const BundleChoice& choice,
                                        const QString& current)
{
    BundleRepository bundles(m_database);
    if (choice.newBundle) {
        return createBundle(pincode);
    }
    const QString wanted = choice.bundleId.isEmpty() ? current : choice.bundleId;
    if (!wanted.isEmpty()) {
        auto found = bundles.findById(wanted);
        if (!found) {
            return found.error();
        }
        if (!*found) {
            return Error::notFound(QStringLiteral("bundle_not_found"), QStringLiteral("No such bundle."));
        }
        const Bundle& bundle = **found;
        if (bundle.active && Pincode::sortingDistrict(bundle.pincode) == Pincode::sortingDistrict(pincode)) {
            return bundle;
        }
        if (!choice.bundleId.isEmpty()) {
            return bundle.active
                       ? Error::unprocessable(QStringLiteral("bundle_out_of_area"),
                                              QStringLiteral("That bundle is outside the shop's postal "
                                                             "district."))
                       : Error::conflict(QStringLiteral("bundle_inactive"),
                                         QStringLiteral("That bundle takes no new shops."));
        }
        // The shop's own bundle was deactivated: it goes where a new shop of its pincode would.
    }
    auto oldest = oldestActive(bundles, pincode);
    if (!oldest) {
        return oldest.error();
    }
    if (*oldest) {
        return **oldest;
    }
    // None yet: wait for any sign-up creating one, then look again before creating it ourselves.
    if (Status locked = bundles.lockPincode(pincode); !locked) {
        return locked.error();
    }
    oldest = oldestActive(bundles, pincode);
    if (!oldest) {
        return oldest.error();
    }
    if (*oldest) {
        return **oldest;
    }
    return createBundle(pincode);
}

Result<Bundle> OnboardingService::createBundle(const QString& pincode)
{
    BundleRepository bundles(m_database);
    auto existing = bundles.listByPincode(pincode);
    if (!existing) {
        return existing.error();
    }
    const Bundle bundle{Ids::newId(), QStringLiteral("%1 bundle %2").arg(pincode).arg(existing->size() + 1),
                        pincode, true, m_clock.now()};
    if (Status added = bundles.add(bundle); !added) {
        return added.error();
    }
    return bundle;
}

} // namespace baartal::core
