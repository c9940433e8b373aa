#include "tests/sync/support/device_key_calls.h"

#include "tests/sync/support/callback_answer.h"

namespace baartal::testsupport {

core::Result<sync::KeyLocation> DeviceKeyCalls::store(sync::DeviceKeyStore& keys, const QString& merchantId,
                                                      const core::Ed25519KeyPair& key)
{
    return waitForCallback<core::Result<sync::KeyLocation>>(
        [&](auto done) { keys.store(merchantId, key, std::move(done)); });
}

core::Result<core::Ed25519KeyPair> DeviceKeyCalls::load(sync::DeviceKeyStore& keys, const QString& merchantId)
{
    return waitForCallback<core::Result<core::Ed25519KeyPair>>(
        [&](auto done) { keys.load(merchantId, std::move(done)); });
}

core::Status DeviceKeyCalls::remove(sync::DeviceKeyStore& keys, const QString& merchantId)
{
    return waitForCallback<core::Status>([&](auto done) { keys.remove(merchantId, std::move(done)); });
}

} // namespace baartal::testsupport
