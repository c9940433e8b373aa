#pragma once

#include "sync/client/device_key_store.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace baartal::sync {

// The counter store's record of this counter's enrolment with one server for one merchant: what the
// server registered, and where the secret key was put.
struct EnrolledDevice {
    QString serverUrl;
    QString merchantId;
    QString deviceId;
    QString name;
    QByteArray publicKey; // the 32 key bytes
    KeyLocation keyLocation = KeyLocation::Keychain;
    QString replacedDeviceId; // the device this one replaced after its key was lost; empty for a first
    QDateTime enrolledAt;
};

} // namespace baartal::sync
