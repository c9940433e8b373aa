#include "server/sync/device_routes.h"

#include "core/crypto/base64_url.h"
#include "core/crypto/ed25519_public_key.h"
#include "core/devices/device_repository.h"
#include "core/ids/ids.h"
#include "core/sync/sync_batch_codec.h"
#include "core/time/clock.h"
#include "server/auth/caller_profiles.h"
#include "server/http/json_fields.h"
#include "server/http/json_time.h"
#include "server/http/router.h"
#include "server/server_context.h"

#include <QJsonArray>
#include <QJsonObject>

namespace baartal::server {

namespace {

constexpr qsizetype kMaxNameLength = 60;

QJsonObject deviceJson(const core::Device& device)
{
    return {{QStringLiteral("id"), device.id},
            {QStringLiteral("merchant_id"), device.merchantId},
            {QStringLiteral("name"), device.name},
            {QStringLiteral("public_key"), QString::fromLatin1(core::Base64Url::encode(device.publicKey))},
            {QStringLiteral("created_at"), JsonTime::orNull(device.createdAt)},
            {QStringLiteral("revoked_at"), JsonTime::orNull(device.revokedAt)},
            {QStringLiteral("last_sequence"), device.lastSequence}};
}

ApiResponse enrol(ServerContext& context, const ApiRequest& request)
{
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto name = JsonFields::requireString(*body, QStringLiteral("name"));
    if (!name) {
        return ApiResponse::error(name.error());
    }
    if (name->trimmed().isEmpty() || name->size() > kMaxNameLength) {
        return ApiResponse::error(
            core::Error::invalid(QStringLiteral("field_out_of_range"),
                                 QStringLiteral("name must be 1 to %1 characters.").arg(kMaxNameLength)));
    }
    auto keyText = JsonFields::requireString(*body, QStringLiteral("public_key"));
    if (!keyText) {
        return ApiResponse::error(keyText.error());
    }
    const auto keyBytes = core::Base64Url::decode(keyText->toLatin1());
    auto key = core::Ed25519PublicKey::fromBytes(keyBytes.value_or(QByteArray()));
    if (!keyBytes || !key) {
        return ApiResponse::error(
            core::Error::invalid(QStringLiteral("invalid_public_key"),
                                 QStringLiteral("public_key must be a 32-byte Ed25519 key in base64url.")));
    }
    auto merchant = CallerProfiles::merchant(context, request);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    core::Device device;
    device.id = core::Ids::newId();
    device.merchantId = merchant->id;
    device.publicKey = key->bytes();
    device.name = name->trimmed();
    device.createdAt = context.clock.now();
    device.lastHash = core::SyncBatchCodec::genesisHash();
    if (core::Status added = core::DeviceRepository(context.database).add(device); !added) {
        return ApiResponse::error(added.error());
    }
    return ApiResponse::ok(deviceJson(device), 201);
}

// A merchant lists their own shop's devices; an admin names the shop with ?merchant_id=.
ApiResponse list(ServerContext& context, const ApiRequest& request)
{
    QString merchantId;
    if (request.auth()->role == core::UserRole::Admin) {
        const QString text =
            request.query().queryItemValue(QStringLiteral("merchant_id"), QUrl::FullyDecoded);
        if (text.isEmpty()) {
            return ApiResponse::error(core::Error::invalid(QStringLiteral("missing_field"),
                                                           QStringLiteral("merchant_id is required.")));
        }
        auto id = JsonFields::parseUuid(text, QStringLiteral("merchant_id"));
        if (!id) {
            return ApiResponse::error(id.error());
        }
        merchantId = *id;
    } else {
        auto merchant = CallerProfiles::merchant(context, request);
        if (!merchant) {
            return ApiResponse::error(merchant.error());
        }
        merchantId = merchant->id;
    }
    auto devices = core::DeviceRepository(context.database).listByMerchant(merchantId);
    if (!devices) {
        return ApiResponse::error(devices.error());
    }
    QJsonArray list;
    for (const core::Device& device : *devices) {
        list.append(deviceJson(device));
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("devices"), list}});
}

// Revoking twice keeps the first time; another shop's device is unknown to a merchant.
ApiResponse revoke(ServerContext& context, const ApiRequest& request)
{
    auto id = JsonFields::parseUuid(request.pathParam(QStringLiteral("id")), QStringLiteral("id"));
    if (!id) {
        return ApiResponse::error(id.error());
    }
    core::DeviceRepository devices(context.database);
    auto device = devices.findById(*id);
    if (!device) {
        return ApiResponse::error(device.error());
    }
    if (*device && request.auth()->role == core::UserRole::Merchant) {
        auto merchant = CallerProfiles::merchant(context, request);
        if (!merchant) {
            return ApiResponse::error(merchant.error());
        }
        if ((*device)->merchantId != merchant->id) {
            device->reset();
        }
    }
    if (!*device) {
        return ApiResponse::error(
            core::Error::notFound(QStringLiteral("device_not_found"), QStringLiteral("No such device.")));
    }
    if (core::Status revoked = devices.revoke(*id, context.clock.now()); !revoked) {
        return ApiResponse::error(revoked.error());
    }
    auto updated = devices.findById(*id);
    if (!updated || !*updated) {
        return ApiResponse::error(updated ? core::Error::internal(QStringLiteral("device_vanished"),
                                                                  QStringLiteral("The device vanished."))
                                          : updated.error());
    }
    return ApiResponse::ok(deviceJson(**updated));
}

} // namespace

void DeviceRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add({Method::Post,
                QStringLiteral("/api/v1/devices"),
                {core::UserRole::Merchant},
                QStringLiteral("Enrols a counter: registers its Ed25519 public key, answers its device id"),
                [&context](const ApiRequest& request) {
                    return enrol(context, request);
                }});
    router.add({Method::Get,
                QStringLiteral("/api/v1/devices"),
                {core::UserRole::Merchant, core::UserRole::Admin},
                QStringLiteral("The shop's enrolled counters (an admin passes ?merchant_id=)"),
                [&context](const ApiRequest& request) {
                    return list(context, request);
                }});
    router.add({Method::Post,
                QStringLiteral("/api/v1/devices/{id}/revoke"),
                {core::UserRole::Merchant, core::UserRole::Admin},
                QStringLiteral("Revokes a counter: its sync batches are refused from then on"),
                [&context](const ApiRequest& request) {
                    return revoke(context, request);
                }});
}

} // namespace baartal::server
