#include "core/checkins/checkin_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

namespace {

const QString kColumns = QStringLiteral("c.id, c.scan_id, c.customer_id, c.merchant_id, c.status, c.txn_id, "
                                        "c.created_at, c.expires_at, c.used_at");

Checkin read(const QSqlQuery& q)
{
    return Checkin{q.value(0).toString(),
                   q.value(1).toString(),
                   q.value(2).toString(),
                   q.value(3).toString(),
                   checkinStatusFromString(q.value(4).toString()).value_or(CheckinStatus::Pending),
                   q.value(5).toString(),
                   SqlValues::toTime(q.value(6)),
                   SqlValues::toTime(q.value(7)),
                   SqlValues::toTime(q.value(8))};
}

} // namespace

Status CheckinRepository::addScan(const QString& scanId, const QString& customerId, const QString& merchantId,
                                  const QDateTime& at)
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO scans (id, customer_id, merchant_id, created_at) VALUES (?, ?, ?, ?)"),
        {scanId, customerId, merchantId, SqlValues::fromTime(at)});
    if (!query) {
        return query.error();
    }
    return {};
}

Status CheckinRepository::add(const Checkin& c)
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO checkins (id, scan_id, customer_id, merchant_id, status, txn_id, "
                       "created_at, expires_at, used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.id, c.scanId, c.customerId, c.merchantId, toText(c.status), SqlValues::fromOptionalText(c.txnId),
         SqlValues::fromTime(c.createdAt), SqlValues::fromTime(c.expiresAt), SqlValues::fromTime(c.usedAt)});
    if (!query) {
        return query.error();
    }
    return {};
}

Result<std::optional<Checkin>> CheckinRepository::findById(const QString& id)
{
    auto query =
        m_database.exec(QStringLiteral("SELECT %1 FROM checkins c WHERE c.id = ?").arg(kColumns), {id});
    if (!query) {
        return query.error();
    }
    if (!(*query)->next()) {
        return std::optional<Checkin>();
    }
    return std::optional<Checkin>(read(**query));
}

Result<std::optional<Checkin>> CheckinRepository::findPending(const QString& customerId,
                                                              const QString& merchantId, const QDateTime& now)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM checkins c WHERE c.customer_id = ? AND c.merchant_id = ? AND "
                       "c.status = 'pending' AND c.expires_at > ? ORDER BY c.created_at DESC, c.id DESC "
                       "LIMIT 1")
            .arg(kColumns),
        {customerId, merchantId, SqlValues::fromTime(now)});
    if (!query) {
        return query.error();
    }
    if (!(*query)->next()) {
        return std::optional<Checkin>();
    }
    return std::optional<Checkin>(read(**query));
}

Result<QList<CheckinListing>> CheckinRepository::listPending(const QString& merchantId, const QDateTime& now,
                                                             int limit)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1, u.email_or_phone FROM checkins c "
                       "JOIN customers cu ON cu.id = c.customer_id JOIN users u ON u.id = cu.user_id "
                       "WHERE c.merchant_id = ? AND c.status = 'pending' AND c.expires_at > ? "
                       "ORDER BY c.created_at DESC, c.id DESC LIMIT ?")
            .arg(kColumns),
        {merchantId, SqlValues::fromTime(now), limit});
    if (!query) {
        return query.error();
    }
    QList<CheckinListing> listings;
    while ((*query)->next()) {
        listings.append({read(**query), (*query)->value(9).toString()});
    }
    return listings;
}

Result<bool> CheckinRepository::markUsed(const QString& id, const QString& merchantId, const QString& txnId,
                                         const QDateTime& now)
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE checkins SET status = 'used', txn_id = ?, used_at = ? "
                       "WHERE id = ? AND merchant_id = ? AND status = 'pending' AND expires_at > ?"),
        {txnId, SqlValues::fromTime(now), id, merchantId, SqlValues::fromTime(now)});
    if (!query) {
        return query.error();
    }
    return (*query)->numRowsAffected() == 1;
}

} // namespace baartal::core
