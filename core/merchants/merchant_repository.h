#pragma once

#include "core/merchants/merchant.h"
#include "core/result/result.h"

#include <QList>

#include <optional>

namespace baartal::core {

class Database;

// SQL of the merchants and categories tables.
class MerchantRepository {
public:
    explicit MerchantRepository(Database& database)
        : m_database(database)
    {
    }

    // A second shop of one category in one bundle comes back as Conflict "category_taken".
    Status add(const Merchant& merchant);
    Status update(const Merchant& merchant);
    Result<std::optional<Merchant>> findById(const QString& id);
    Result<std::optional<Merchant>> findByUserId(const QString& userId);
    Result<QList<Merchant>> listByBundle(const QString& bundleId);
    Status setApproved(const QString& id, bool approved);
    Result<bool> categoryExists(const QString& category);

private:
    Result<std::optional<Merchant>> findOne(const QString& where, const QVariant& value);
    Database& m_database;
};

} // namespace baartal::core
