#pragma once

#include "core/crypto/ed25519_key_pair.h"

#include <QString>

namespace baartal::sync {

// This counter as the server knows it after enrolment: the device id the server gave its public key, the
// shop it belongs to, and the key pair that signs its sync batches.
struct DeviceIdentity {
    QString deviceId;
    QString merchantId;
    QString name;
    core::Ed25519KeyPair key;
};

} // namespace baartal::sync
