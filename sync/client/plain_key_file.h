#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QString>

namespace baartal::sync {

// The opt-in fallback for a counter without a system keychain: a device key seed kept UNENCRYPTED in a
// file of its own (mode 0600, in a folder of mode 0700). Anyone who can read the file as this user, or
// from a backup or a stolen disk, can sign batches as this counter; the keychain is always preferred.
class PlainKeyFile {
public:
    // folder: e.g. <POS data folder>/device-keys-unencrypted; name: distinct per server and merchant.
    PlainKeyFile(QString folder, const QString& name);
    // The file of merchantId's key under a keychain service (see DeviceKeyStore).
    static PlainKeyFile forKey(const QString& folder, const QString& service, const QString& merchantId);

    const QString& path() const { return m_path; }

    // "key_missing" (NotFound) when no file exists, "key_store_failed" when it cannot be read.
    core::Result<QByteArray> read() const;
    // Replaces the file atomically; created 0600 before a byte is written.
    core::Status write(const QByteArray& seed) const;
    // Succeeds when the file is gone afterwards (also when there was none).
    core::Status remove() const;

private:
    QString m_folder;
    QString m_path;
};

} // namespace baartal::sync
