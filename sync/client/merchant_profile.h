#pragma once

#include "core/policy/earn_policy.h"
#include "core/policy/spend_policy.h"
#include "core/result/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace baartal::sync {

// The signed-in merchant's settings the counter needs, from GET /api/v1/merchants/me, cached locally so
// previews and local checks work during an outage.
struct MerchantProfile {
    QString id;
    QString businessName;
    QString category;
    int issueRate = core::EarnPolicy::kDefaultRate; // coins per ₹100, validated on the way in
    std::optional<int> spendCapPercent;             // the merchant's own lower cap, if any
    bool approved = false;
    QDateTime fetchedAt; // when the counter read it from the server; kept by MerchantProfileCache

    // Refuses an issue rate outside EarnPolicy's range as "invalid_response": the server never sends one.
    static core::Result<MerchantProfile> fromJson(const QJsonObject& data);
    // The same from the "merchant" object of GET /api/v1/sync/reference, which calls the rate issue_rate.
    static core::Result<MerchantProfile> fromReferenceJson(const QJsonObject& merchant);

    core::EarnPolicy earnPolicy() const;
    // The platform's default cap, lowered by the merchant's own when set.
    core::SpendPolicy spendPolicy() const;
};

} // namespace baartal::sync
