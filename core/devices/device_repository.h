#pragma once

#include "core/devices/device.h"
#include "core/result/result.h"

#include <QList>

#include <optional>

namespace baartal::core {

class Database;

// SQL of the devices and sync_batches tables.
class DeviceRepository {
public:
    explicit DeviceRepository(Database& database)
        : m_database(database)
    {
    }

    // "device_key_taken" (Conflict) when the public key is enrolled already.
    Status add(const Device& device);
    Result<std::optional<Device>> findById(const QString& id);
    // The same, locking the row until commit where the dialect can: a batch holds its device while it
    // moves the device's chain.
    Result<std::optional<Device>> lockById(const QString& id);
    // A shop's devices, oldest first.
    Result<QList<Device>> listByMerchant(const QString& merchantId);
    // Sets revoked_at once; a device already revoked keeps its first time.
    Status revoke(const QString& id, const QDateTime& at);
    Status advance(const QString& id, qint64 lastSequence, const QByteArray& lastHash);

    Status addBatch(const StoredSyncBatch& batch);
    Result<std::optional<StoredSyncBatch>> findBatch(const QString& deviceId, const QByteArray& batchHash);

private:
    Result<std::optional<Device>> findOne(const QString& suffix, const QString& id);

    Database& m_database;
};

} // namespace baartal::core
