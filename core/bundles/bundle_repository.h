#pragma once

#include "core/bundles/bundle.h"
#include "core/result/result.h"

#include <QList>

#include <optional>

namespace baartal::core {

class Database;

// SQL of the bundles table.
class BundleRepository {
public:
    explicit BundleRepository(Database& database)
        : m_database(database)
    {
    }

    Status add(const Bundle& bundle);
    Result<std::optional<Bundle>> findById(const QString& id);
    Result<QList<Bundle>> listByPincode(const QString& pincode);
    // The bundles with these ids that exist, in no particular order.
    Result<QList<Bundle>> listByIds(const QStringList& ids);

private:
    Database& m_database;
};

} // namespace baartal::core
