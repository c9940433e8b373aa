#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace baartal::core {

// An enrolled counter: its Ed25519 public key signs its sync batches, and its chain position says which
// row the server expects next.
struct Device {
    QString id;
    QString merchantId;
    QByteArray publicKey; // 32 bytes
    QString name;
    QDateTime createdAt;
    QDateTime revokedAt; // invalid while the device is in service
    qint64 lastSequence = 0;
    QByteArray lastHash; // SHA-256 of its last accepted row; zeros before the first

    bool revoked() const { return revokedAt.isValid(); }
};

// A batch the server accepted, with the answers it gave, for a retry of the same bytes.
struct StoredSyncBatch {
    QString deviceId;
    qint64 firstSequence = 0;
    qint64 lastSequence = 0;
    QByteArray batchHash; // SHA-256 of the batch's canonical bytes
    QByteArray answers;   // the results array as compact JSON
    QDateTime createdAt;
};

} // namespace baartal::core
