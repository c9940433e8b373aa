#include "core/spend/spend_request_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

namespace {

const QString kColumns = QStringLiteral("s.id, s.customer_id, s.merchant_id, s.coins, s.status, s.txn_id, "
                                        "s.created_at, s.expires_at, s.decided_at");

SpendRequest read(const QSqlQuery& q)
{
    return SpendRequest{
        q.value(0).toString(),
        q.value(1).toString(),
        q.value(2).toString(),
        Coins(q.value(3).toLongLong()),
        spendRequestStatusFromString(q.value(4).toString()).value_or(SpendRequestStatus::Pending),
        q.value(5).toString(),
        SqlValues::toTime(q.value(6)),
        SqlValues::toTime(q.value(7)),
        SqlValues::toTime(q.value(8))};
}

Result<std::optional<SpendRequest>> readOne(Result<QSqlQuery*> query)
{
    if (!query) {
        return query.error();
    }
    if (!(*query)->next()) {
        return std::optional<SpendRequest>();
    }
    return std::optional<SpendRequest>(read(**query));
}

} // namespace

Status SpendRequestRepository::add(const SpendRequest& r)
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO spend_requests (id, customer_id, merchant_id, coins, status, txn_id, "
                       "created_at, expires_at, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.customerId, r.merchantId, r.coins.value(), toText(r.status),
         SqlValues::fromOptionalText(r.txnId), SqlValues::fromTime(r.createdAt),
         SqlValues::fromTime(r.expiresAt), SqlValues::fromTime(r.decidedAt)});
    if (!query) {
        return query.error();
    }
    return {};
}

Result<std::optional<SpendRequest>> SpendRequestRepository::findById(const QString& id)
{
    return readOne(m_database.exec(
        QStringLiteral("SELECT %1 FROM spend_requests s WHERE s.id = ?").arg(kColumns), {id}));
}

Result<std::optional<SpendRequest>> SpendRequestRepository::findPending(const QString& customerId,
                                                                        const QString& merchantId,
                                                                        const QDateTime& now)
{
    return readOne(m_database.exec(
        QStringLiteral("SELECT %1 FROM spend_requests s WHERE s.customer_id = ? AND s.merchant_id = ? AND "
                       "s.status = 'pending' AND s.expires_at > ? ORDER BY s.created_at DESC, s.id DESC "
                       "LIMIT 1")
            .arg(kColumns),
        {customerId, merchantId, SqlValues::fromTime(now)}));
}

Result<QList<SpendRequestListing>> SpendRequestRepository::listings(const QString& where,
                                                                    const QVariantList& values)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1, m.business_name, u.email_or_phone FROM spend_requests s "
                       "JOIN merchants m ON m.id = s.merchant_id JOIN customers cu ON cu.id = s.customer_id "
                       "JOIN users u ON u.id = cu.user_id WHERE %2 "
                       "ORDER BY s.created_at DESC, s.id DESC LIMIT ?")
            .arg(kColumns, where),
        values);
    if (!query) {
        return query.error();
    }
    QList<SpendRequestListing> listings;
    while ((*query)->next()) {
        listings.append({read(**query), (*query)->value(9).toString(), (*query)->value(10).toString()});
    }
    return listings;
}

Result<QList<SpendRequestListing>> SpendRequestRepository::listByCustomer(const QString& customerId,
                                                                          int limit)
{
    return listings(QStringLiteral("s.customer_id = ?"), {customerId, limit});
}

Result<QList<SpendRequestListing>> SpendRequestRepository::listPending(const QString& merchantId,
                                                                       const QDateTime& now, int limit)
{
    return listings(QStringLiteral("s.merchant_id = ? AND s.status = 'pending' AND s.expires_at > ?"),
                    {merchantId, SqlValues::fromTime(now), limit});
}

Result<bool> SpendRequestRepository::close(const QString& id, const QString& ownerColumn,
                                           const QString& ownerId, SpendRequestStatus status,
                                           const QString& txnId, const QDateTime& now)
{
    auto query =
        m_database.exec(QStringLiteral("UPDATE spend_requests SET status = ?, txn_id = ?, decided_at = ? "
                                       "WHERE id = ? AND %1 = ? AND status = 'pending' AND expires_at > ?")
                            .arg(ownerColumn),
                        {toText(status), SqlValues::fromOptionalText(txnId), SqlValues::fromTime(now), id,
                         ownerId, SqlValues::fromTime(now)});
    if (!query) {
        return query.error();
    }
    return (*query)->numRowsAffected() == 1;
}

Result<bool> SpendRequestRepository::decide(const QString& id, const QString& merchantId,
                                            SpendRequestStatus status, const QString& txnId,
                                            const QDateTime& now)
{
    return close(id, QStringLiteral("merchant_id"), merchantId, status, txnId, now);
}

Result<bool> SpendRequestRepository::cancel(const QString& id, const QString& customerId,
                                            const QDateTime& now)
{
    return close(id, QStringLiteral("customer_id"), customerId, SpendRequestStatus::Cancelled, {}, now);
}

} // namespace baartal::core
