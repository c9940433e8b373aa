#include "sync/client/device_registration.h"

#include "core/crypto/base64_url.h"
#include "core/crypto/ed25519_public_key.h"
#include "sync/client/response_fields.h"

namespace baartal::sync {

core::Result<DeviceRegistration> DeviceRegistration::fromJson(const QJsonObject& data)
{
    auto id = ResponseFields::requireString(data, QStringLiteral("id"));
    auto merchantId = ResponseFields::requireString(data, QStringLiteral("merchant_id"));
    auto name = ResponseFields::requireString(data, QStringLiteral("name"));
    auto keyText = ResponseFields::requireString(data, QStringLiteral("public_key"));
    for (const auto* field : {&id, &merchantId, &name, &keyText}) {
        if (!*field) {
            return field->error();
        }
    }
    const auto key = core::Base64Url::decode(keyText->toLatin1());
    if (id->isEmpty() || !key || key->size() != core::Ed25519PublicKey::kBytes) {
        return ResponseFields::invalid(id->isEmpty() ? QStringLiteral("id") : QStringLiteral("public_key"));
    }
    return DeviceRegistration{*id, *merchantId, *name, *key};
}

} // namespace baartal::sync
