#pragma once

#include "core/result/result.h"
#include "sync/client/counter_sale.h"

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
    // What the server reported for a sale it applied.
    struct ServerNumbers {
        QString serverTxnId;
        std::optional<core::Coins> coinsEarned;
        std::optional<core::Coins> balance; // the customer's, right after the sale
    };

    // Records the server's answer; "sale_not_pending" when the sale is unknown or already settled.
    core::Status markConfirmed(const QString& clientTxnId, const ServerNumbers& numbers, const QDateTime& at);
    // reason: the server's stable error code.
    core::Status markRejected(const QString& clientTxnId, const QString& reason, const QDateTime& at);
    // Notes the void that reverses the sale; "sale_not_voidable" (Conflict) when the sale is unknown,
    // was refused by the server or is voided already.
    core::Status markVoided(const QString& clientTxnId, const QString& voidClientTxnId, const QString& reason,
                            const QDateTime& at);

    core::Result<std::optional<CounterSale>> find(const QString& clientTxnId);
    // Whether a sale of this counter already took the spend token.
    core::Result<bool> hasSpendToken(const QString& spendToken);
    // The merchant's latest sales, newest first.
    core::Result<QList<CounterSale>> recent(const QString& merchantId, int limit);
    // The merchant's sales recorded at or after `from`, newest first, at most `limit`.
    core::Result<QList<CounterSale>> since(const QString& merchantId, const QDateTime& from, int limit);

private:
    core::Status settle(const QString& clientTxnId, const QString& sql, QVariantList values);
    // The sales matching `condition`, newest first; `values` bind its placeholders, then the limit.
    core::Result<QList<CounterSale>> newestFirst(const QString& condition, const QVariantList& values);

    core::Database& m_database;
};

} // namespace baartal::sync
