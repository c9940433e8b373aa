#pragma once

#include "core/customers/customer.h"
#include "core/result/result.h"

#include <optional>

namespace baartal::core {

class Database;

// SQL of the customers table.
class CustomerRepository {
public:
    explicit CustomerRepository(Database& database)
        : m_database(database)
    {
    }

    Status add(const Customer& customer);
    Result<std::optional<Customer>> findById(const QString& id);
    Result<std::optional<Customer>> findByUserId(const QString& userId);
    Result<std::optional<Customer>> findByReferralCode(const QString& code);
    // Locks the customer's row until commit on PostgreSQL, so two spends of one wallet serialise.
    Result<std::optional<Customer>> lockById(const QString& id);
    Status touchActivity(const QString& id, const QDateTime& at);

private:
    Result<std::optional<Customer>> findOne(const QString& where, const QVariant& value, bool lock = false);
    Database& m_database;
};

} // namespace baartal::core
