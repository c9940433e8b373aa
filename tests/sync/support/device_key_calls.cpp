#include "tests/sync/support/device_key_calls.h"

#include <QTest>

#include <optional>

namespace baartal::testsupport {

namespace {

constexpr int kAnswerTimeoutMs = 20000;

template <typename T, typename Call>
T waitFor(Call call)
{
    std::optional<T> answer;
    call([&answer](T result) { answer.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kAnswerTimeoutMs)) {
        return T(core::Error::internal(QStringLiteral("test_timeout"),
                                       QStringLiteral("The key store never answered")));
    }
    return std::move(*answer);
}

} // namespace

core::Result<sync::KeyLocation> DeviceKeyCalls::store(sync::DeviceKeyStore& keys, const QString& merchantId,
                                                      const core::Ed25519KeyPair& key)
{
    return waitFor<core::Result<sync::KeyLocation>>(
        [&](auto done) { keys.store(merchantId, key, std::move(done)); });
}

core::Result<core::Ed25519KeyPair> DeviceKeyCalls::load(sync::DeviceKeyStore& keys, const QString& merchantId)
{
    return waitFor<core::Result<core::Ed25519KeyPair>>(
        [&](auto done) { keys.load(merchantId, std::move(done)); });
}

core::Status DeviceKeyCalls::remove(sync::DeviceKeyStore& keys, const QString& merchantId)
{
    return waitFor<core::Status>([&](auto done) { keys.remove(merchantId, std::move(done)); });
}

} // namespace baartal::testsupport
