#pragma once

#include "core/bundles/bundle.h"
#include "core/result/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace baartal::core {

class Clock;
class Database;

// A bundle as admins manage it: with the categories of its shops, approved or not (one shop each).
struct BundleSummary {
    Bundle bundle;
    QStringList categories;
};

// One page of the admin's list, with how many bundles match in all.
struct BundleSummaryPage {
    QList<BundleSummary> bundles;
    qint64 total = 0;
};

// What an admin changes about a bundle; an empty optional leaves it as it is.
struct BundleUpdate {
    std::optional<QString> name;
    std::optional<bool> active;
};

// Admins' management of bundles: list them with their shops, open one, rename, activate or deactivate
// it. A deactivated bundle vanishes from discovery and takes no new shops; the shops already in it
// stay there. Every change writes the admin audit record ("bundle_create", "bundle_update", subject the
// bundle) in the change's transaction.
//
// Errors: Invalid "invalid_pincode", "invalid_bundle_name" (1 to kMaxNameLength characters after
// trimming); NotFound "bundle_not_found".
class BundleAdminService {
public:
    static constexpr int kMaxNameLength = 80;

    BundleAdminService(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    Result<BundleSummaryPage> list(const BundleFilter& filter);
    Result<BundleSummary> create(const QString& pincode, const QString& name, const QString& adminUserId);
    Result<BundleSummary> update(const QString& id, const BundleUpdate& update, const QString& adminUserId);

private:
    Result<QList<BundleSummary>> summaries(const QList<Bundle>& bundles);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace baartal::core
