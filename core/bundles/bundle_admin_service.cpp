#include "core/bundles/bundle_admin_service.h"

#include "core/audit/audit_log_repository.h"
#include "core/bundles/bundle_repository.h"
#include "core/geo/pincode.h"
#include "core/ids/ids.h"
#include "core/merchants/merchant_repository.h"
#include "core/storage/transaction_guard.h"
#include "core/time/clock.h"

namespace baartal::core {

namespace {

Result<QString> validName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > BundleAdminService::kMaxNameLength) {
        return Error::invalid(
            QStringLiteral("invalid_bundle_name"),
            QStringLiteral("name must be 1 to %1 characters.").arg(BundleAdminService::kMaxNameLength));
    }
    return trimmed;
}

} // namespace

Result<BundleSummaryPage> BundleAdminService::list(const BundleFilter& filter)
{
    auto page = BundleRepository(m_database).list(filter);
    if (!page) {
        return page.error();
    }
    auto bundles = summaries(page->bundles);
    if (!bundles) {
        return bundles.error();
    }
    return BundleSummaryPage{std::move(*bundles), page->total};
}

Result<BundleSummary> BundleAdminService::create(const QString& pincode, const QString& name,
                                                 const QString& adminUserId)
{
    if (Status valid = Pincode::check(pincode); !valid) {
        return valid.error();
    }
    auto trimmed = validName(name);
    if (!trimmed) {
        return trimmed.error();
    }
    auto transaction = TransactionGuard::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    const Bundle bundle{Ids::newId(), *trimmed, pincode, true, m_clock.now()};
    if (Status added = BundleRepository(m_database).add(bundle); !added) {
        return added.error();
    }
    const QJsonObject detail{{QStringLiteral("name"), bundle.regionName},
                             {QStringLiteral("pincode"), pincode}};
    if (Status audited =
            AuditLogRepository(m_database)
                .add({adminUserId, QStringLiteral("bundle_create"), bundle.id, detail, bundle.createdAt});
        !audited) {
        return audited.error();
    }
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return BundleSummary{bundle, {}};
}

Result<BundleSummary> BundleAdminService::update(const QString& id, const BundleUpdate& update,
                                                 const QString& adminUserId)
{
    std::optional<QString> name;
    if (update.name) {
        auto trimmed = validName(*update.name);
        if (!trimmed) {
            return trimmed.error();
        }
        name = *trimmed;
    }
    auto transaction = TransactionGuard::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    BundleRepository bundles(m_database);
    auto found = bundles.findById(id);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return Error::notFound(QStringLiteral("bundle_not_found"), QStringLiteral("No such bundle."));
    }
    Bundle bundle = **found;
    QJsonObject detail;
    if (name && *name != bundle.regionName) {
        detail.insert(QStringLiteral("name"), QJsonObject{{QStringLiteral("from"), bundle.regionName},
                                                          {QStringLiteral("to"), *name}});
        bundle.regionName = *name;
    }
    if (update.active && *update.active != bundle.active) {
        detail.insert(QStringLiteral("active"), QJsonObject{{QStringLiteral("from"), bundle.active},
                                                            {QStringLiteral("to"), *update.active}});
        bundle.active = *update.active;
    }
    // Nothing that differs is nothing to write or audit.
    if (!detail.isEmpty()) {
        if (Status updated = bundles.update(bundle); !updated) {
            return updated.error();
        }
        if (Status audited =
                AuditLogRepository(m_database)
                    .add({adminUserId, QStringLiteral("bundle_update"), bundle.id, detail, m_clock.now()});
            !audited) {
            return audited.error();
        }
    }
    auto summary = summaries({bundle});
    if (!summary) {
        return summary.error();
    }
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return summary->first();
}

Result<QList<BundleSummary>> BundleAdminService::summaries(const QList<Bundle>& bundles)
{
    QStringList ids;
    for (const Bundle& bundle : bundles) {
        ids.append(bundle.id);
    }
    auto categories = MerchantRepository(m_database).categoriesInBundles(ids);
    if (!categories) {
        return categories.error();
    }
    QList<BundleSummary> result;
    for (const Bundle& bundle : bundles) {
        result.append(BundleSummary{bundle, categories->value(bundle.id)});
    }
    return result;
}

} // namespace baartal::core
