#include "sync/client/merchant_profile.h"

#include "sync/client/response_fields.h"

namespace baartal::sync {

namespace {

// The two answers name the issue rate differently; everything else is read the same way.
core::Result<MerchantProfile> parse(const QJsonObject& data, const QString& rateField)
{
    auto id = ResponseFields::requireString(data, QStringLiteral("id"));
    auto name = ResponseFields::requireString(data, QStringLiteral("business_name"));
    auto rate = ResponseFields::requireInteger(data, rateField);
    auto cap = ResponseFields::optionalInteger(data, QStringLiteral("spend_cap_percent"));
    auto approved = ResponseFields::requireBool(data, QStringLiteral("approved"));
    if (!id) {
        return id.error();
    }
    if (!name) {
        return name.error();
    }
    if (!rate) {
        return rate.error();
    }
    if (!cap) {
        return cap.error();
    }
    if (!approved) {
        return approved.error();
    }
    if (*rate < core::EarnPolicy::kMinRate || *rate > core::EarnPolicy::kMaxRate) {
        return ResponseFields::invalid(rateField);
    }
    if (cap->has_value() && (**cap < 0 || **cap > 100)) {
        return ResponseFields::invalid(QStringLiteral("spend_cap_percent"));
    }

    MerchantProfile profile;
    profile.id = *id;
    profile.businessName = *name;
    profile.category = data.value(QStringLiteral("category")).toString();
    profile.issueRate = static_cast<int>(*rate);
    if (cap->has_value()) {
        profile.spendCapPercent = static_cast<int>(**cap);
    }
    profile.approved = *approved;
    return profile;
}

} // namespace

core::Result<MerchantProfile> MerchantProfile::fromJson(const QJsonObject& data)
{
    return parse(data, QStringLiteral("bcoin_issue_rate"));
}

core::Result<MerchantProfile> MerchantProfile::fromReferenceJson(const QJsonObject& merchant)
{
    return parse(merchant, QStringLiteral("issue_rate"));
}

core::EarnPolicy MerchantProfile::earnPolicy() const
{
    // fromJson and the cache's CHECK keep the rate in range, so the fallback is never taken in practice.
    return core::EarnPolicy::withRate(issueRate).valueOr(core::EarnPolicy());
}

core::SpendPolicy MerchantProfile::spendPolicy() const
{
    return core::SpendPolicy::create(core::SpendPolicy::kDefaultCapPercent, spendCapPercent)
        .valueOr(core::SpendPolicy());
}

} // namespace baartal::sync
