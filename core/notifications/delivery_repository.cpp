#include "core/notifications/delivery_repository.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

namespace {

const QString kColumns = QStringLiteral(
    "id, event_id, merchant_id, channel, event_type, body, summary, status, attempts, next_attempt_at, "
    "claim_token, last_http_status, last_error, created_at, delivered_at");

QVariant optionalStatus(int httpStatus)
{
    return httpStatus > 0 ? QVariant(httpStatus) : QVariant(QMetaType::fromType<int>());
}

Delivery fromRow(const QSqlQuery& q)
{
    Delivery delivery;
    delivery.id = q.value(0).toString();
    delivery.eventId = q.value(1).toString();
    delivery.merchantId = q.value(2).toString();
    delivery.channel =
        notificationChannelFromString(q.value(3).toString()).value_or(NotificationChannel::Webhook);
    delivery.eventType = q.value(4).toString();
    delivery.body = q.value(5).toString().toUtf8();
    delivery.summary = q.value(6).toString();
    delivery.status = deliveryStatusFromString(q.value(7).toString()).value_or(DeliveryStatus::Pending);
    delivery.attempts = q.value(8).toInt();
    delivery.nextAttemptAt = SqlValues::toTime(q.value(9));
    delivery.claimToken = q.value(10).toString();
    delivery.lastHttpStatus = q.value(11).toInt();
    delivery.lastError = q.value(12).toString();
    delivery.createdAt = SqlValues::toTime(q.value(13));
    delivery.deliveredAt = SqlValues::toTime(q.value(14));
    return delivery;
}

} // namespace

Status DeliveryRepository::insert(const Delivery& delivery)
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO notification_deliveries (id, event_id, merchant_id, channel, event_type, "
                       "body, summary, status, attempts, next_attempt_at, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {delivery.id, delivery.eventId, delivery.merchantId, toText(delivery.channel), delivery.eventType,
         QString::fromUtf8(delivery.body), SqlValues::fromText(delivery.summary), toText(delivery.status),
         delivery.attempts, SqlValues::fromTime(delivery.nextAttemptAt),
         SqlValues::fromTime(delivery.createdAt)});
    if (!query) {
        return query.error();
    }
    return {};
}

Result<QStringList> DeliveryRepository::lockDue(const QDateTime& now, int limit)
{
    const QVariant at = SqlValues::fromTime(now);
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT id FROM notification_deliveries WHERE status = 'pending' AND next_attempt_at <= ? "
            "AND (lease_until IS NULL OR lease_until <= ?) ORDER BY next_attempt_at, id LIMIT ?") +
            m_database.forUpdateSkipLocked(),
        {at, at, limit});
    if (!query) {
        return query.error();
    }
    QStringList ids;
    while ((*query)->next()) {
        ids.append((*query)->value(0).toString());
    }
    return ids;
}

Status DeliveryRepository::lease(const QStringList& ids, const QString& claimToken,
                                 const QDateTime& leaseUntil)
{
    if (ids.isEmpty()) {
        return {};
    }
    QVariantList values{claimToken, SqlValues::fromTime(leaseUntil)};
    for (const QString& id : ids) {
        values.append(id);
    }
    auto query =
        m_database.exec(QStringLiteral("UPDATE notification_deliveries SET claim_token = ?, lease_until = ?, "
                                       "attempts = attempts + 1 WHERE id IN (%1)")
                            .arg(SqlValues::placeholders(ids.size())),
                        values);
    if (!query) {
        return query.error();
    }
    return {};
}

Result<QList<Delivery>> DeliveryRepository::leasedTo(const QString& claimToken)
{
    return select(QStringLiteral("WHERE claim_token = ? ORDER BY next_attempt_at, id"), {claimToken});
}

Result<bool> DeliveryRepository::settle(const Delivery& delivery)
{
    auto query = m_database.exec(
        QStringLiteral(
            "UPDATE notification_deliveries SET status = ?, next_attempt_at = ?, last_http_status = ?, "
            "last_error = ?, delivered_at = ?, claim_token = NULL, lease_until = NULL "
            "WHERE id = ? AND claim_token = ?"),
        {toText(delivery.status), SqlValues::fromTime(delivery.nextAttemptAt),
         optionalStatus(delivery.lastHttpStatus), SqlValues::fromText(delivery.lastError),
         SqlValues::fromTime(delivery.deliveredAt), delivery.id, delivery.claimToken});
    if (!query) {
        return query.error();
    }
    return (*query)->numRowsAffected() == 1;
}

Result<QList<Delivery>> DeliveryRepository::listByMerchant(const QString& merchantId,
                                                           std::optional<DeliveryStatus> status, int limit)
{
    if (status) {
        return select(
            QStringLiteral("WHERE merchant_id = ? AND status = ? ORDER BY created_at DESC, id LIMIT ?"),
            {merchantId, toText(*status), limit});
    }
    return select(QStringLiteral("WHERE merchant_id = ? ORDER BY created_at DESC, id LIMIT ?"),
                  {merchantId, limit});
}

Result<QList<Delivery>> DeliveryRepository::select(const QString& where, const QVariantList& values)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM notification_deliveries ").arg(kColumns) + where, values);
    if (!query) {
        return query.error();
    }
    QList<Delivery> deliveries;
    while ((*query)->next()) {
        deliveries.append(fromRow(**query));
    }
    return deliveries;
}

} // namespace baartal::core
