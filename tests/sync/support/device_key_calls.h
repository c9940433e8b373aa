#pragma once

#include "core/result/result.h"
#include "sync/client/device_key_store.h"

namespace baartal::testsupport {

// DeviceKeyStore's asynchronous calls, waited for: each returns the callback's answer, or a
// "test_timeout" error when none came within 20 s.
class DeviceKeyCalls {
public:
    DeviceKeyCalls() = delete;

    static core::Result<sync::KeyLocation> store(sync::DeviceKeyStore& keys, const QString& merchantId,
                                                 const core::Ed25519KeyPair& key);
    static core::Result<core::Ed25519KeyPair> load(sync::DeviceKeyStore& keys, const QString& merchantId);
    static core::Status remove(sync::DeviceKeyStore& keys, const QString& merchantId);
};

} // namespace baartal::testsupport
