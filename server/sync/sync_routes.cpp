#include "server/sync/sync_routes.h"

#include "core/crypto/base64_url.h"
#include "server/auth/caller_profiles.h"
#include "server/http/json_fields.h"
#include "server/http/query_fields.h"
#include "server/http/router.h"
#include "server/server_context.h"
#include "server/sync/batch_ingestor.h"
#include "server/sync/sync_reference.h"

#include <QJsonObject>

namespace baartal::server {

namespace {

// A base64url field; "batch_malformed" when it does not decode.
core::Result<QByteArray> bytesField(const QJsonObject& body, const QString& field)
{
    auto text = JsonFields::requireString(body, field);
    if (!text) {
        return text.error();
    }
    const auto bytes = core::Base64Url::decode(text->toLatin1());
    if (!bytes) {
        return core::Error::invalid(QStringLiteral("batch_malformed"),
                                    QStringLiteral("%1 must be base64url.").arg(field));
    }
    return *bytes;
}

ApiResponse upload(ServerContext& context, const ApiRequest& request)
{
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto batch = bytesField(*body, QStringLiteral("batch"));
    if (!batch) {
        return ApiResponse::error(batch.error());
    }
    auto signature = bytesField(*body, QStringLiteral("signature"));
    if (!signature) {
        return ApiResponse::error(signature.error());
    }
    auto merchant = CallerProfiles::merchant(context, request);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    auto answer = BatchIngestor(context).ingest(merchant->id, request.auth()->userId, *batch, *signature);
    if (!answer) {
        return ApiResponse::error(answer.error());
    }
    return ApiResponse::ok(*answer);
}

ApiResponse reference(ServerContext& context, const ApiRequest& request)
{
    auto limit = QueryFields::number(request.query(), QStringLiteral("limit"),
                                     SyncReference::kDefaultCustomers, 1, SyncReference::kMaxCustomers);
    if (!limit) {
        return ApiResponse::error(limit.error());
    }
    auto merchant = CallerProfiles::merchant(context, request);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    auto data = SyncReference::build(context, *merchant, *limit);
    if (!data) {
        return ApiResponse::error(data.error());
    }
    return ApiResponse::ok(*data);
}

} // namespace

void SyncRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add({Method::Post,
                QStringLiteral("/api/v1/sync/batches"),
                {core::UserRole::Merchant},
                QStringLiteral("Uploads a counter's signed batch of outbox rows; answers each row once"),
                [&context](const ApiRequest& request) {
                    return upload(context, request);
                }});
    router.add({Method::Get,
                QStringLiteral("/api/v1/sync/reference"),
                {core::UserRole::Merchant},
                QStringLiteral("What the caller's counters cache for offline trading: shop settings, server "
                               "keys, revoked devices and spend tokens, recent customers' balances; limit"),
                [&context](const ApiRequest& request) {
                    return reference(context, request);
                }});
}

} // namespace baartal::server
