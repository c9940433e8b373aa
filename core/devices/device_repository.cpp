#include "core/devices/device_repository.h"

#include "core/crypto/base64_url.h"
#include "core/storage/database.h"
#include "core/storage/sql_values.h"

namespace baartal::core {

namespace {

const QString kColumns =
    QStringLiteral("id, merchant_id, public_key, name, created_at, revoked_at, last_sequence, last_hash");

Device read(const QSqlQuery& q)
{
    Device d;
    d.id = q.value(0).toString();
    d.merchantId = q.value(1).toString();
    d.publicKey = Base64Url::decode(q.value(2).toString().toLatin1()).value_or(QByteArray());
    d.name = q.value(3).toString();
    d.createdAt = SqlValues::toTime(q.value(4));
    if (!q.value(5).isNull()) {
        d.revokedAt = SqlValues::toTime(q.value(5));
    }
    d.lastSequence = q.value(6).toLongLong();
    d.lastHash = QByteArray::fromHex(q.value(7).toString().toLatin1());
    return d;
}

} // namespace

Status DeviceRepository::add(const Device& d)
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO devices (%1) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)").arg(kColumns),
        {d.id, d.merchantId, QString::fromLatin1(Base64Url::encode(d.publicKey)), d.name,
         SqlValues::fromTime(d.createdAt), d.lastSequence, QString::fromLatin1(d.lastHash.toHex())});
    if (!query) {
        if (query.error().code == QLatin1String("unique_violation")) {
            return Error::conflict(QStringLiteral("device_key_taken"),
                                   QStringLiteral("This public key is enrolled already"));
        }
        return query.error();
    }
    return {};
}

Result<std::optional<Device>> DeviceRepository::findOne(const QString& suffix, const QString& id)
{
    auto query =
        m_database.exec(QStringLiteral("SELECT %1 FROM devices WHERE id = ?%2").arg(kColumns, suffix), {id});
    if (!query) {
        return query.error();
    }
    if (!(*query)->next()) {
        return std::optional<Device>();
    }
    return std::optional<Device>(read(**query));
}

Result<std::optional<Device>> DeviceRepository::findById(const QString& id)
{
    return findOne(QString(), id);
}

Result<std::optional<Device>> DeviceRepository::lockById(const QString& id)
{
    return findOne(QLatin1Char(' ') + m_database.forUpdate(), id);
}

Result<QList<Device>> DeviceRepository::listByMerchant(const QString& merchantId)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1 FROM devices WHERE merchant_id = ? ORDER BY created_at, id").arg(kColumns),
        {merchantId});
    if (!query) {
        return query.error();
    }
    QList<Device> devices;
    while ((*query)->next()) {
        devices.append(read(**query));
    }
    return devices;
}

Status DeviceRepository::revoke(const QString& id, const QDateTime& at)
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
        {SqlValues::fromTime(at), id});
    if (!query) {
        return query.error();
    }
    return {};
}

Status DeviceRepository::advance(const QString& id, qint64 lastSequence, const QByteArray& lastHash)
{
    auto query =
        m_database.exec(QStringLiteral("UPDATE devices SET last_sequence = ?, last_hash = ? WHERE id = ?"),
                        {lastSequence, QString::fromLatin1(lastHash.toHex()), id});
    if (!query) {
        return query.error();
    }
    return {};
}

Status DeviceRepository::addBatch(const StoredSyncBatch& b)
{
    auto query = m_database.exec(
        QStringLiteral(
            "INSERT INTO sync_batches (device_id, first_sequence, last_sequence, batch_hash, answers, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {b.deviceId, b.firstSequence, b.lastSequence, QString::fromLatin1(b.batchHash.toHex()),
         QString::fromUtf8(b.answers), SqlValues::fromTime(b.createdAt)});
    if (!query) {
        return query.error();
    }
    return {};
}

Result<std::optional<StoredSyncBatch>> DeviceRepository::findBatch(const QString& deviceId,
                                                                   const QByteArray& batchHash)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT first_sequence, last_sequence, answers, created_at FROM sync_batches "
                       "WHERE device_id = ? AND batch_hash = ?"),
        {deviceId, QString::fromLatin1(batchHash.toHex())});
    if (!query) {
        return query.error();
    }
    if (!(*query)->next()) {
        return std::optional<StoredSyncBatch>();
    }
    StoredSyncBatch b;
    b.deviceId = deviceId;
    b.firstSequence = (*query)->value(0).toLongLong();
    b.lastSequence = (*query)->value(1).toLongLong();
    b.batchHash = batchHash;
    b.answers = (*query)->value(2).toString().toUtf8();
    b.createdAt = SqlValues::toTime((*query)->value(3));
    return std::optional<StoredSyncBatch>(b);
}

} // namespace baartal::core
