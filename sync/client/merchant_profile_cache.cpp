#include "sync/client/merchant_profile_cache.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::sync {

core::Status MerchantProfileCache::store(const MerchantProfile& profile)
{
    const QVariant cap = profile.spendCapPercent ? QVariant(*profile.spendCapPercent) : QVariant();
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO merchant_profile (merchant_id, business_name, category, issue_rate, "
                       "spend_cap_percent, approved, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (merchant_id) DO UPDATE SET business_name = excluded.business_name, "
                       "category = excluded.category, issue_rate = excluded.issue_rate, "
                       "spend_cap_percent = excluded.spend_cap_percent, approved = excluded.approved, "
                       "fetched_at = excluded.fetched_at"),
        {profile.id, profile.businessName, core::SqlValues::fromText(profile.category), profile.issueRate,
         cap, profile.approved ? 1 : 0, core::SqlValues::fromTime(profile.fetchedAt)});
    if (!query) {
        return query.error();
    }
    return {};
}

core::Result<std::optional<MerchantProfile>> MerchantProfileCache::find(const QString& merchantId)
{
    auto query = m_database.exec(QStringLiteral("SELECT merchant_id, business_name, category, issue_rate, "
                                                "spend_cap_percent, approved, fetched_at "
                                                "FROM merchant_profile WHERE merchant_id = ?"),
                                 {merchantId});
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    if (!q.next()) {
        return std::optional<MerchantProfile>();
    }
    MerchantProfile profile;
    profile.id = q.value(0).toString();
    profile.businessName = q.value(1).toString();
    profile.category = q.value(2).toString();
    profile.issueRate = q.value(3).toInt();
    if (!q.value(4).isNull()) {
        profile.spendCapPercent = q.value(4).toInt();
    }
    profile.approved = q.value(5).toInt() != 0;
    profile.fetchedAt = core::SqlValues::toTime(q.value(6));
    return std::optional<MerchantProfile>(profile);
}

} // namespace baartal::sync
