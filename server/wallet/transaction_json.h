#pragma once

#include <QJsonObject>

namespace baartal::core {
struct LedgerTransaction;
}

namespace baartal::server {

// A ledger transaction as the API shows it, in the specification's terms.
class TransactionJson {
public:
    TransactionJson() = delete;

    // {txn_id, customer_id, merchant_id (null for platform movements), amount (rupees), bcoins_earned,
    // bcoins_spent, type, timestamp (ISO 8601 UTC)}.
    static QJsonObject toJson(const core::LedgerTransaction& transaction);
};

} // namespace baartal::server
