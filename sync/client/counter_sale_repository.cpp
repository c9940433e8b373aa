#include "sync/client/counter_sale_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::sync {

namespace {

const QString kColumns = QStringLiteral("client_txn_id, merchant_id, customer_id, bill_paise, redeem_coins, "
                                        "issue_rate, coins_earned_local, status, "
                                        "server_txn_id, server_coins_earned, customer_balance, error_code, "
                                        "created_at, updated_at, spend_token, voided_by, void_reason");

std::optional<core::Coins> optionalCoins(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<core::Coins>(core::Coins(value.toLongLong()));
}

CounterSale saleFrom(const QSqlQuery& q)
{
    CounterSale sale;
    sale.clientTxnId = q.value(0).toString();
    sale.merchantId = q.value(1).toString();
    sale.customerId = q.value(2).toString();
    sale.bill = core::Paise(q.value(3).toLongLong());
    sale.redeemCoins = core::Coins(q.value(4).toLongLong());
    sale.issueRate = q.value(5).toInt();
    sale.coinsEarnedLocal = core::Coins(q.value(6).toLongLong());
    // The table's CHECK admits only the three spellings.
    sale.status = saleStatusFromString(q.value(7).toString()).value_or(SaleStatus::Pending);
    sale.serverTxnId = q.value(8).toString();
    sale.serverCoinsEarned = optionalCoins(q.value(9));
    sale.customerBalance = optionalCoins(q.value(10));
    sale.errorCode = q.value(11).toString();
    sale.createdAt = core::SqlValues::toTime(q.value(12));
    sale.updatedAt = core::SqlValues::toTime(q.value(13));
    sale.spendToken = q.value(14).toString();
    sale.voidedBy = q.value(15).toString();
    sale.voidReason = q.value(16).toString();
    return sale;
}

} // namespace

core::Status CounterSaleRepository::add(const CounterSale& s)
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO counter_sales (%1) VALUES (%2)")
            .arg(kColumns, core::SqlValues::placeholders(17)),
        {s.clientTxnId, s.merchantId, s.customerId, s.bill.value(), s.redeemCoins.value(), s.issueRate,
         s.coinsEarnedLocal.value(), toText(s.status), core::SqlValues::fromOptionalText(s.serverTxnId),
         s.serverCoinsEarned ? QVariant(s.serverCoinsEarned->value()) : QVariant(),
         s.customerBalance ? QVariant(s.customerBalance->value()) : QVariant(),
         core::SqlValues::fromOptionalText(s.errorCode), core::SqlValues::fromTime(s.createdAt),
         core::SqlValues::fromTime(s.updatedAt), core::SqlValues::fromText(s.spendToken),
         core::SqlValues::fromOptionalText(s.voidedBy), core::SqlValues::fromOptionalText(s.voidReason)});
    if (!query) {
        return query.error();
    }
    return {};
}

core::Status CounterSaleRepository::markConfirmed(const QString& clientTxnId, const ServerNumbers& numbers,
                                                  const QDateTime& at)
{
    return settle(
        clientTxnId,
        QStringLiteral("status = 'confirmed', server_txn_id = ?, server_coins_earned = ?, "
                       "customer_balance = ?"),
        {numbers.serverTxnId, numbers.coinsEarned ? QVariant(numbers.coinsEarned->value()) : QVariant(),
         numbers.balance ? QVariant(numbers.balance->value()) : QVariant(), core::SqlValues::fromTime(at)});
}

core::Status CounterSaleRepository::markRejected(const QString& clientTxnId, const QString& reason,
                                                 const QDateTime& at)
{
    return settle(clientTxnId, QStringLiteral("status = 'rejected', error_code = ?"),
                  {reason, core::SqlValues::fromTime(at)});
}

core::Status CounterSaleRepository::markVoided(const QString& clientTxnId, const QString& voidClientTxnId,
                                               const QString& reason, const QDateTime& at)
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE counter_sales SET voided_by = ?, void_reason = ?, updated_at = ? "
                       "WHERE client_txn_id = ? AND voided_by IS NULL AND status <> 'rejected'"),
        {voidClientTxnId, reason, core::SqlValues::fromTime(at), clientTxnId});
    if (!query) {
        return query.error();
    }
    if ((*query)->numRowsAffected() != 1) {
        return core::Error::conflict(
            QStringLiteral("sale_not_voidable"),
            QStringLiteral("Sale %1 is unknown, refused by the server or voided already.").arg(clientTxnId));
    }
    return {};
}

core::Status CounterSaleRepository::settle(const QString& clientTxnId, const QString& assignments,
                                           QVariantList values)
{
    values.append(clientTxnId);
    auto query = m_database.exec(
        QStringLiteral(
            "UPDATE counter_sales SET %1, updated_at = ? WHERE client_txn_id = ? AND status = 'pending'")
            .arg(assignments),
        values);
    if (!query) {
        return query.error();
    }
    if ((*query)->numRowsAffected() != 1) {
        return core::Error::conflict(
            QStringLiteral("sale_not_pending"),
            QStringLiteral("Sale %1 is unknown or already settled.").arg(clientTxnId));
    }
    return {};
}

core::Result<std::optional<CounterSale>> CounterSaleRepository::find(const QString& clientTxnId)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM counter_sales WHERE client_txn_id = ?").arg(kColumns), {clientTxnId});
    if (!query) {
        return query.error();
    }
    if (!(*query)->next()) {
        return std::optional<CounterSale>();
    }
    return std::optional<CounterSale>(saleFrom(**query));
}

core::Result<QList<CounterSale>> CounterSaleRepository::recent(const QString& merchantId, int limit)
{
    return newestFirst(QStringLiteral("merchant_id = ?"), {merchantId, limit});
}

core::Result<QList<CounterSale>> CounterSaleRepository::since(const QString& merchantId,
                                                              const QDateTime& from, int limit)
{
    return newestFirst(QStringLiteral("merchant_id = ? AND created_at >= ?"),
                       {merchantId, core::SqlValues::fromTime(from), limit});
}

core::Result<QList<CounterSale>> CounterSaleRepository::newestFirst(const QString& condition,
                                                                    const QVariantList& values)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM counter_sales WHERE %2 ORDER BY created_at DESC, rowid DESC LIMIT ?")
            .arg(kColumns, condition),
        values);
    if (!query) {
        return query.error();
    }
    QList<CounterSale> sales;
    while ((*query)->next()) {
        sales.append(saleFrom(**query));
    }
    return sales;
}

core::Result<bool> CounterSaleRepository::hasSpendToken(const QString& spendToken)
{
    auto query =
        m_database.exec(QStringLiteral("SELECT 1 FROM counter_sales WHERE spend_token = ?"), {spendToken});
    if (!query) {
        return query.error();
    }
    return (*query)->next();
}

} // namespace baartal::sync
