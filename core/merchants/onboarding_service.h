#pragma once

#include "core/bundles/bundle.h"
#include "core/bundles/bundle_alternatives.h"
#include "core/geo/geo_distance.h"
#include "core/merchants/merchant.h"
#include "core/result/result.h"

#include <QString>

#include <optional>

namespace baartal::core {

class Clock;
class Database;

// Which bundle a shop asks for. By default the oldest active bundle of its pincode (created when the
// pincode has none); or one it picked from the alternatives it was offered; or a new bundle of its
// own pincode.
struct BundleChoice {
    QString bundleId;
    bool newBundle = false;
};

// A merchant's sign-up form for their shop.
struct ShopApplication {
    QString userId;
    QString businessName;
    QString category;
    QString pincode;
    QString address;
    std::optional<GeoPoint> position;
    int bcoinIssueRate = 5;
    std::optional<int> spendCapPercent;
    BundleChoice bundle;
};

// What a merchant changes about their shop; an empty optional leaves that field as it is.
struct ShopChanges {
    std::optional<QString> businessName;
    std::optional<QString> category;
    std::optional<QString> pincode;
    std::optional<QString> address;
    std::optional<std::optional<GeoPoint>> position; // an empty inner value removes the pin
    std::optional<int> bcoinIssueRate;
    std::optional<std::optional<int>> spendCapPercent; // an empty inner value removes the shop's cap
    BundleChoice bundle;
};

// Signs shops up and edits them, holding the bundle rule: one shop per category per bundle, which the
// database's unique index decides, so of two shops racing for one place exactly one gets it and the
// other gets Conflict "category_taken" (BundleAlternatives then says where it could go).
//
// Both write the shop, and any bundle it needs, in one transaction, with a pending approval for a new
// shop. A shop that changes category, pincode or bundle was approved for a place it is leaving, so it
// goes back to pending (a new approval, unless one is already waiting). Every field is checked before
// anything is written; errors (Invalid unless noted): "invalid_business_name", "invalid_address",
// "invalid_pincode", "unknown_category", "invalid_rate", "invalid_spend_cap", "invalid_coordinates",
// "conflicting_bundle_choice"; NotFound "bundle_not_found"; Conflict "bundle_inactive",
// "merchant_exists", "category_taken"; Unprocessable "bundle_out_of_area" for a chosen bundle outside
// the shop's postal sorting district; NotFound "merchant_profile_missing" for an update with no shop.
class OnboardingService {
public:
    static constexpr int kMaxBusinessNameLength = 100;
    static constexpr int kMaxAddressLength = 300;

    OnboardingService(Database& database, const Clock& clock, QString publicBaseUrl,
                      int platformSpendCapPercent);

    // <public base URL>/scan/{merchant_id}: what the shop's counter QR opens.
    static QString scanUrl(const QString& publicBaseUrl, const QString& merchantId);

    Result<Merchant> registerShop(const ShopApplication& application);
    Result<Merchant> updateShop(const QString& userId, const ShopChanges& changes);

    // After a call refused with "category_taken": where the shop could go instead, read once the
    // refused transaction was rolled back. Empty after any other outcome.
    const QList<BundleAlternative>& alternatives() const { return m_alternatives; }

private:
    Result<Merchant> insertShop(Merchant merchant, const BundleChoice& choice);
    // `wanted` receives the shop as the changes would make it, for alternatives() when refused.
    Result<Merchant> saveChanges(const QString& userId, const ShopChanges& changes, Merchant& wanted);
    // Fills alternatives() when `outcome` is a "category_taken" refusal of `wanted`.
    Result<Merchant> offerAlternatives(Result<Merchant> outcome, const Merchant& wanted,
                                       const QString& ignoredMerchantId);
    Status validate(const Merchant& merchant, const BundleChoice& choice);
    // The bundle the shop goes to; `current` is the bundle a shop keeps when it stays in its pincode and
    // made no choice.
    Result<Bundle> place(const QString& pincode, const BundleChoice& choice, const QString& current);
    Result<Bundle> createBundle(const QString& pincode);

    Database& m_database;
    const Clock& m_clock;
    QString m_publicBaseUrl;
    int m_platformSpendCapPercent;
    QList<BundleAlternative> m_alternatives;
};

} // namespace baartal::core
