#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace baartal::sync {

// The server's answer to POST /api/v1/devices: the device id it gave the counter's public key.
struct DeviceRegistration {
    QString deviceId;
    QString merchantId;
    QString name;
    QByteArray publicKey; // the 32 key bytes the server registered

    // "invalid_response" when a field is missing or public_key is not a base64url Ed25519 key.
    static core::Result<DeviceRegistration> fromJson(const QJsonObject& data);
};

} // namespace baartal::sync
