#include "core/ledger/ledger_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

namespace {

const QString kTxnColumns =
    QStringLiteral("txn_id, client_txn_id, type, customer_id, merchant_id, amount_paise, "
                   "bcoins_earned, bcoins_spent, voids_txn_id, reason, created_by, created_at");

// kTxnColumns of the table aliased as `alias`, for queries that join transactions to others.
QString txnColumns(const QString& alias)
{
    QStringList columns = kTxnColumns.split(QStringLiteral(", "));
    for (QString& column : columns) {
        column.prepend(alias + QLatin1Char('.'));
    }
    return columns.join(QStringLiteral(", "));
}

// The WHERE conditions of a listing of transactions, with their bound values in order.
struct TransactionFilter {
    QStringList where;
    QVariantList values;

    TransactionFilter(const QString& column, const QString& value)
        : where{column + QStringLiteral(" = ?")}
        , values{value}
    {
    }

    // column = value, unless value is empty.
    void optional(const QString& column, const QString& value)
    {
        if (!value.isEmpty()) {
            where.append(column + QStringLiteral(" = ?"));
            values.append(value);
        }
    }

    // The type, if any, and created_at within [from, until), each bound only when valid.
    void typeAndRange(const std::optional<TransactionType>& type, const QDateTime& from,
                      const QDateTime& until)
    {
        if (type) {
            where.append(QStringLiteral("type = ?"));
            values.append(toText(*type));
        }
        if (from.isValid()) {
            where.append(QStringLiteral("created_at >= ?"));
            values.append(SqlValues::fromTime(from));
        }
        if (until.isValid()) {
            where.append(QStringLiteral("created_at < ?"));
            values.append(SqlValues::fromTime(until));
        }
    }
};

template <typename T>
Result<T> scalar(Result<QSqlQuery*> query, T (*convert)(const QVariant&))
{
    if (!query) {
        return query.error();
    }
    return convert((*query)->next() ? (*query)->value(0) : QVariant());
}

Coins toCoins(const QVariant& value)
{
    return Coins(value.toLongLong());
}

qint64 toCount(const QVariant& value)
{
    return value.toLongLong();
}

bool toTrue(const QVariant& value)
{
    return !value.isNull();
}

LedgerTransaction readTransaction(const QSqlQuery& q)
{
    LedgerTransaction t;
    t.id = q.value(0).toString();
    t.clientTxnId = q.value(1).toString();
    t.type = transactionTypeFromString(q.value(2).toString()).value_or(TransactionType::Earn);
    t.customerId = q.value(3).toString();
    t.merchantId = q.value(4).toString();
    t.amount = Paise(q.value(5).toLongLong());
    t.earned = Coins(q.value(6).toLongLong());
    t.spent = Coins(q.value(7).toLongLong());
    t.voidsTxnId = q.value(8).toString();
    t.reason = q.value(9).toString();
    t.createdBy = q.value(10).toString();
    t.createdAt = SqlValues::toTime(q.value(11));
    return t;
}

// Coins of a coin_lots row reserved by spend holds that count at the bound time: no debit may take them.
const QString kHeldInLot = QStringLiteral(
    "(SELECT COALESCE(SUM(hl.coins), 0) FROM spend_hold_lots hl JOIN spend_holds h ON h.id = hl.hold_id "
    "WHERE hl.lot_id = coin_lots.id AND h.status = 'active' AND h.lapses_at > ?)");

} // namespace

Status LedgerRepository::insert(const LedgerTransaction& t)
{
    auto row = m_database.exec(
        QStringLiteral("INSERT INTO transactions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kTxnColumns),
        {t.id, SqlValues::fromOptionalText(t.clientTxnId), toText(t.type), t.customerId,
         SqlValues::fromOptionalText(t.merchantId), t.amount.value(), t.earned.value(), t.spent.value(),
         SqlValues::fromOptionalText(t.voidsTxnId), SqlValues::fromText(t.reason),
         SqlValues::fromOptionalText(t.createdBy), SqlValues::fromTime(t.createdAt)});
    if (!row) {
        const Error& error = row.error();
        if (error.code == QLatin1String("unique_violation") &&
            error.message.contains(QLatin1String("client_txn_id"))) {
            return Error::conflict(QStringLiteral("duplicate_client_txn"),
                                   QStringLiteral("Transaction %1 was already recorded").arg(t.clientTxnId));
        }
        if (error.code == QLatin1String("unique_violation") &&
            error.message.contains(QLatin1String("voids_txn_id"))) {
            return Error::conflict(QStringLiteral("already_voided"),
                                   QStringLiteral("Transaction %1 is already voided").arg(t.voidsTxnId));
        }
        return error;
    }
    for (const Posting& posting : t.postings) {
        auto inserted = m_database.exec(QStringLiteral("INSERT INTO ledger_postings (txn_id, account_type, "
                                                       "account_owner, coins) VALUES (?, ?, ?, ?)"),
                                        {t.id, toText(posting.account.type),
                                         SqlValues::fromText(posting.account.owner), posting.coins.value()});
        if (!inserted) {
            return inserted.error();
        }
    }
    return {};
}

Result<std::optional<LedgerTransaction>> LedgerRepository::findOne(const QString& column,
                                                                   const QString& value)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM transactions WHERE %2 = ?").arg(kTxnColumns, column), {value});
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    if (!q.next()) {
        return std::optional<LedgerTransaction>();
    }
    LedgerTransaction t = readTransaction(q);

    auto postings = m_database.exec(
        QStringLiteral(
            "SELECT account_type, account_owner, coins FROM ledger_postings WHERE txn_id = ? ORDER BY id"),
        {t.id});
    if (!postings) {
        return postings.error();
    }
    while ((*postings)->next()) {
        const auto type = accountTypeFromString((*postings)->value(0).toString());
        if (!type) {
            return Error::internal(QStringLiteral("ledger_corrupt"),
                                   QStringLiteral("Unknown account type in transaction %1").arg(t.id));
        }
        t.postings.append(
            {{*type, (*postings)->value(1).toString()}, Coins((*postings)->value(2).toLongLong())});
    }
    return std::optional<LedgerTransaction>(t);
}

Result<QList<LedgerTransaction>> LedgerRepository::history(const HistoryQuery& query)
{
    TransactionFilter filter(QStringLiteral("customer_id"), query.customerId);
    filter.optional(QStringLiteral("merchant_id"), query.merchantId);
    filter.typeAndRange(query.type, query.from, query.until);
    QStringList& where = filter.where;
    QVariantList& values = filter.values;
    if (query.after) {
        where.append(QStringLiteral("(created_at < ? OR (created_at = ? AND txn_id < ?))"));
        const QVariant at = SqlValues::fromTime(query.after->createdAt);
        values << at << at << query.after->txnId;
    }
    values.append(query.limit);
    auto rows = m_database.exec(
        QStringLiteral("SELECT %1 FROM transactions WHERE %2 ORDER BY created_at DESC, txn_id DESC LIMIT ?")
            .arg(kTxnColumns, where.join(QLatin1String(" AND "))),
        values);
    if (!rows) {
        return rows.error();
    }
    QList<LedgerTransaction> page;
    while ((*rows)->next()) {
        page.append(readTransaction(**rows));
    }
    return page;
}

Result<ShopHistoryPage> LedgerRepository::shopHistory(const ShopHistoryQuery& query)
{
    TransactionFilter conditions(QStringLiteral("merchant_id"), query.merchantId);
    conditions.optional(QStringLiteral("customer_id"), query.customerId);
    conditions.typeAndRange(query.type, query.from, query.until);
    const QString filter = conditions.where.join(QLatin1String(" AND "));
    QVariantList& values = conditions.values;

    ShopHistoryPage page;
    auto total = scalar<qint64>(
        m_database.exec(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE %1").arg(filter), values),
        toCount);
    if (!total) {
        return total.error();
    }
    page.total = *total;

    // The page's ids come from the shop's indexes alone, so the rows an offset skips cost no table reads;
    // only the page itself is joined to its customer and its void.
    values << query.limit << query.offset;
    auto rows = m_database.exec(
        QStringLiteral("SELECT %1, u.email_or_phone, v.txn_id FROM (SELECT txn_id FROM transactions "
                       "WHERE %2 ORDER BY created_at DESC, txn_id DESC LIMIT ? OFFSET ?) p "
                       "JOIN transactions t ON t.txn_id = p.txn_id "
                       "JOIN customers c ON c.id = t.customer_id JOIN users u ON u.id = c.user_id "
                       "LEFT JOIN transactions v ON v.voids_txn_id = t.txn_id "
                       "ORDER BY t.created_at DESC, t.txn_id DESC")
            .arg(txnColumns(QStringLiteral("t")), filter),
        values);
    if (!rows) {
        return rows.error();
    }
    while ((*rows)->next()) {
        const QSqlQuery& q = **rows;
        page.transactions.append({readTransaction(q), q.value(12).toString(), q.value(13).toString()});
    }
    return page;
}

Result<std::optional<LedgerTransaction>> LedgerRepository::findById(const QString& txnId)
{
    return findOne(QStringLiteral("txn_id"), txnId);
}

Result<std::optional<LedgerTransaction>> LedgerRepository::findByClientId(const QString& clientTxnId)
{
    return findOne(QStringLiteral("client_txn_id"), clientTxnId);
}

Result<bool> LedgerRepository::isVoided(const QString& txnId)
{
    return scalar<bool>(
        m_database.exec(QStringLiteral("SELECT 1 FROM transactions WHERE voids_txn_id = ?"), {txnId}),
        toTrue);
}

Result<QList<ShopCustomer>> LedgerRepository::customersOfShop(const QString& merchantId,
                                                              const QDateTime& since, int limit)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT t.customer_id, u.email_or_phone, MAX(t.created_at) AS last_visit "
                       "FROM transactions t JOIN customers c ON c.id = t.customer_id "
                       "JOIN users u ON u.id = c.user_id WHERE t.merchant_id = ? AND t.created_at >= ? "
                       "GROUP BY t.customer_id, u.email_or_phone ORDER BY last_visit DESC, t.customer_id "
                       "LIMIT ?"),
        {merchantId, SqlValues::fromTime(since), limit});
    if (!query) {
        return query.error();
    }
    QList<ShopCustomer> customers;
    while ((*query)->next()) {
        const QSqlQuery& q = **query;
        customers.append({q.value(0).toString(), q.value(1).toString(), SqlValues::toTime(q.value(2))});
    }
    return customers;
}

Status LedgerRepository::insertLot(const CoinLot& lot, const QString& txnId)
{
    auto query =
        m_database.exec(QStringLiteral("INSERT INTO coin_lots (id, customer_id, txn_id, coins, remaining, "
                                       "earned_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {lot.id, lot.customerId, txnId, lot.original.value(), lot.remaining.value(),
                         SqlValues::fromTime(lot.earnedAt), SqlValues::fromTime(lot.expiresAt)});
    if (!query) {
        return query.error();
    }
    return {};
}

Result<Coins> LedgerRepository::spendable(const QString& customerId, const QDateTime& now)
{
    return scalar<Coins>(
        m_database.exec(
            QStringLiteral("SELECT COALESCE(SUM(remaining - %1), 0) FROM coin_lots "
                           "WHERE customer_id = ? AND remaining > %1 "
                           "AND (expires_at IS NULL OR expires_at > ?)")
                .arg(kHeldInLot),
            {SqlValues::fromTime(now), customerId, SqlValues::fromTime(now), SqlValues::fromTime(now)}),
        toCoins);
}

Result<QList<CoinLot>> LedgerRepository::openLots(const QString& customerId, const QDateTime& now)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT id, customer_id, coins, remaining - %1, earned_at, expires_at FROM coin_lots "
                       "WHERE customer_id = ? AND remaining > %1 ORDER BY expires_at, earned_at, id")
            .arg(kHeldInLot),
        {SqlValues::fromTime(now), customerId, SqlValues::fromTime(now)});
    if (!query) {
        return query.error();
    }
    QList<CoinLot> lots;
    while ((*query)->next()) {
        const QSqlQuery& q = **query;
        lots.append(CoinLot{q.value(0).toString(), q.value(1).toString(), Coins(q.value(2).toLongLong()),
                            Coins(q.value(3).toLongLong()), SqlValues::toTime(q.value(4)),
                            SqlValues::toTime(q.value(5))});
    }
    return lots;
}

Result<QStringList> LedgerRepository::customersWithExpiredLots(const QDateTime& now, int limit)
{
    auto query =
        m_database.exec(QStringLiteral("SELECT DISTINCT customer_id FROM coin_lots WHERE remaining > %1 "
                                       "AND expires_at <= ? ORDER BY customer_id LIMIT ?")
                            .arg(kHeldInLot),
                        {SqlValues::fromTime(now), SqlValues::fromTime(now), limit});
    if (!query) {
        return query.error();
    }
    QStringList customers;
    while ((*query)->next()) {
        customers << (*query)->value(0).toString();
    }
    return customers;
}

Status LedgerRepository::allocate(const QString& txnId, const QList<LotAllocation>& allocations)
{
    for (const LotAllocation& allocation : allocations) {
        auto taken = m_database.exec(
            QStringLiteral("UPDATE coin_lots SET remaining = remaining - ? WHERE id = ? AND remaining >= ?"),
            {allocation.coins.value(), allocation.lotId, allocation.coins.value()});
        if (!taken) {
            return taken.error();
        }
        if ((*taken)->numRowsAffected() != 1) {
            return Error::conflict(
                QStringLiteral("lot_changed"),
                QStringLiteral("Coin lot %1 changed underneath this transaction").arg(allocation.lotId));
        }
        auto recorded = m_database.exec(
            QStringLiteral("INSERT INTO lot_allocations (txn_id, lot_id, coins) VALUES (?, ?, ?)"),
            {txnId, allocation.lotId, allocation.coins.value()});
        if (!recorded) {
            return recorded.error();
        }
    }
    return {};
}

Result<QList<LotAllocation>> LedgerRepository::allocationsOf(const QString& txnId)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT lot_id, coins FROM lot_allocations WHERE txn_id = ? ORDER BY lot_id"),
        {txnId});
    if (!query) {
        return query.error();
    }
    QList<LotAllocation> allocations;
    while ((*query)->next()) {
        allocations.append({(*query)->value(0).toString(), Coins((*query)->value(1).toLongLong())});
    }
    return allocations;
}

Status LedgerRepository::restore(const QList<LotAllocation>& allocations)
{
    for (const LotAllocation& allocation : allocations) {
        auto query =
            m_database.exec(QStringLiteral("UPDATE coin_lots SET remaining = remaining + ? WHERE id = ?"),
                            {allocation.coins.value(), allocation.lotId});
        if (!query) {
            return query.error();
        }
    }
    return {};
}

Result<std::optional<CoinLot>> LedgerRepository::lotOf(const QString& txnId)
{
    auto query =
        m_database.exec(QStringLiteral("SELECT id, customer_id, coins, remaining, earned_at, expires_at "
                                       "FROM coin_lots WHERE txn_id = ?"),
                        {txnId});
    if (!query) {
        return query.error();
    }
    const QSqlQuery& q = **query;
    if (!(*query)->next()) {
        return std::optional<CoinLot>();
    }
    return std::optional<CoinLot>(CoinLot{q.value(0).toString(), q.value(1).toString(),
                                          Coins(q.value(2).toLongLong()), Coins(q.value(3).toLongLong()),
                                          SqlValues::toTime(q.value(4)), SqlValues::toTime(q.value(5))});
}

Result<Coins> LedgerRepository::balance(const Account& account)
{
    return scalar<Coins>(m_database.exec(QStringLiteral("SELECT COALESCE(SUM(coins), 0) FROM ledger_postings "
                                                        "WHERE account_type = ? AND account_owner = ?"),
                                         {toText(account.type), SqlValues::fromText(account.owner)}),
                         toCoins);
}

Result<WalletTotals> LedgerRepository::walletTotals(const QString& customerId)
{
    // Voided movements and their voids cancel out; expiry is not spending.
    auto query = m_database.exec(
        QStringLiteral("SELECT COALESCE(SUM(bcoins_earned), 0), "
                       "COALESCE(SUM(CASE WHEN type <> 'expiry' THEN bcoins_spent ELSE 0 END), 0) "
                       "FROM transactions t WHERE customer_id = ? AND type <> 'void' "
                       "AND NOT EXISTS (SELECT 1 FROM transactions v WHERE v.voids_txn_id = t.txn_id)"),
        {customerId});
    if (!query) {
        return query.error();
    }
    if (!(*query)->next()) {
        return WalletTotals{};
    }
    return WalletTotals{Coins((*query)->value(0).toLongLong()), Coins((*query)->value(1).toLongLong())};
}

Result<bool> LedgerRepository::hasEarned(const QString& customerId)
{
    return scalar<bool>(
        m_database.exec(QStringLiteral("SELECT 1 FROM transactions WHERE customer_id = ? "
                                       "AND bcoins_earned > 0 AND type IN ('earn', 'spend') LIMIT 1"),
                        {customerId}),
        toTrue);
}

Result<bool> LedgerRepository::hasReferralBonus(const QString& customerId)
{
    return scalar<bool>(m_database.exec(QStringLiteral("SELECT 1 FROM transactions WHERE customer_id = ? "
                                                       "AND type = 'referral_bonus' LIMIT 1"),
                                        {customerId}),
                        toTrue);
}

} // namespace baartal::core
