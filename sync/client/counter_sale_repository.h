#pragma once

#include "core/result/result.h"
#include "sync/client/counter_sale.h"
#include "sync/client/earn_receipt.h"

#include <QList>

#include <optional>

namespace baartal::core {
class Database;
}

namespace baartal::sync {

// The counter_sales table of the counter store. A sale is added as pending and later settled by the
// server's answer; a settled sale never changes again.
class CounterSaleRepository {
public:
    explicit CounterSaleRepository(core::Database& database)
        : m_database(database)
    {
    }

    // "unique_violation" (Conflict) when the client transaction id is already recorded.
    core::Status add(const CounterSale& sale);
    // Records the server's numbers; "sale_not_pending" when the sale is unknown or already settled.
    core::Status markConfirmed(const QString& clientTxnId, const EarnReceipt& receipt, const QDateTime& at);
    core::Status markRejected(const QString& clientTxnId, const core::Error& reason, const QDateTime& at);

    core::Result<std::optional<CounterSale>> find(const QString& clientTxnId);
    // The merchant's latest sales, newest first.
    core::Result<QList<CounterSale>> recent(const QString& merchantId, int limit);

private:
    core::Status settle(const QString& clientTxnId, const QString& sql, QVariantList values);

    core::Database& m_database;
};

} // namespace baartal::sync
