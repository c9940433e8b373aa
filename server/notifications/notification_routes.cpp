#include "server/notifications/notification_routes.h"

#include "core/crypto/secure_random.h"
#include "core/notifications/delivery_repository.h"
#include "core/notifications/notification_settings_repository.h"
#include "core/time/clock.h"
#include "server/auth/caller_profiles.h"
#include "server/http/json_fields.h"
#include "server/http/router.h"
#include "server/notifications/webhook_url_policy.h"
#include "server/notifications/whatsapp_adapter.h"
#include "server/server_context.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace baartal::server {

namespace {

constexpr int kDefaultDeliveries = 50;
constexpr int kMaxDeliveries = 200;
// 32 random bytes, base64url, behind a prefix that tells people what the string is.
constexpr qsizetype kSecretBytes = 32;

const QList<core::UserRole> kMerchantOnly{core::UserRole::Merchant};

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString newSecret()
{
    return QStringLiteral("whsec_") + core::SecureRandom::token(kSecretBytes);
}

// The settings as the owner sees them; the secret only when it was just made, since it is shown once.
ApiResponse settingsAnswer(ServerContext& context, const core::NotificationSettings& settings,
                           const QString& shownSecret = {})
{
    QJsonObject data{{QStringLiteral("webhook_url"), textOrNull(settings.webhookUrl)},
                     {QStringLiteral("whatsapp_to"), textOrNull(settings.whatsappTo)},
                     {QStringLiteral("whatsapp_available"), context.config.notifications.whatsappEnabled()},
                     {QStringLiteral("updated_at"), timeOrNull(settings.updatedAt)}};
    if (!shownSecret.isEmpty()) {
        data.insert(QStringLiteral("webhook_secret"), shownSecret);
    }
    return ApiResponse::ok(data);
}

QJsonObject deliveryJson(const core::Delivery& delivery)
{
    const bool pending = delivery.status == core::DeliveryStatus::Pending;
    return {{QStringLiteral("id"), delivery.id},
            {QStringLiteral("event_id"), delivery.eventId},
            {QStringLiteral("event_type"), delivery.eventType},
            {QStringLiteral("channel"), core::toText(delivery.channel)},
            {QStringLiteral("status"), core::toText(delivery.status)},
            {QStringLiteral("attempts"), delivery.attempts},
            {QStringLiteral("last_http_status"),
             delivery.lastHttpStatus > 0 ? QJsonValue(delivery.lastHttpStatus) : QJsonValue()},
            {QStringLiteral("last_error"), textOrNull(delivery.lastError)},
            {QStringLiteral("created_at"), timeOrNull(delivery.createdAt)},
            {QStringLiteral("next_attempt_at"), pending ? timeOrNull(delivery.nextAttemptAt) : QJsonValue()},
            {QStringLiteral("delivered_at"), timeOrNull(delivery.deliveredAt)},
            {QStringLiteral("event"), QJsonDocument::fromJson(delivery.body).object()}};
}

// Edits the caller's settings; returns a secret to show once, if it made one.
using SettingsChange = std::function<core::Result<QString>(core::NotificationSettings&, const QJsonObject&)>;

// Loads the caller's settings (empty ones for a shop that never set any), lets `change` edit them, stores
// them and answers with them. Changes made here apply to events queued before them too: a delivery reads the
// settings when it is sent.
ApiResponse changeSettings(ServerContext& context, const ApiRequest& request, bool needsBody,
                           const SettingsChange& change)
{
    QJsonObject body;
    if (needsBody) {
        auto parsed = request.jsonBody();
        if (!parsed) {
            return ApiResponse::error(parsed.error());
        }
        body = *parsed;
    }
    auto merchant = CallerProfiles::merchant(context, request);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    core::NotificationSettingsRepository repository(context.database);
    auto stored = repository.find(merchant->id);
    if (!stored) {
        return ApiResponse::error(stored.error());
    }
    core::NotificationSettings settings = stored->value_or(core::NotificationSettings{});
    settings.merchantId = merchant->id;
    auto shownSecret = change(settings, body);
    if (!shownSecret) {
        return ApiResponse::error(shownSecret.error());
    }
    settings.updatedAt = context.clock.now();
    if (core::Status saved = repository.save(settings); !saved) {
        return ApiResponse::error(saved.error());
    }
    return settingsAnswer(context, settings, *shownSecret);
}

ApiResponse getSettings(ServerContext& context, const ApiRequest& request)
{
    auto merchant = CallerProfiles::merchant(context, request);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    auto stored = core::NotificationSettingsRepository(context.database).find(merchant->id);
    if (!stored) {
        return ApiResponse::error(stored.error());
    }
    return settingsAnswer(context, stored->value_or(core::NotificationSettings{}));
}

core::Result<QString> setWebhook(ServerContext& context, core::NotificationSettings& settings,
                                 const QJsonObject& body)
{
    auto text = JsonFields::requireString(body, QStringLiteral("url"));
    if (!text) {
        return text.error();
    }
    auto url = WebhookUrlPolicy(context.config.notifications.allowLoopbackWebhooks).check(text->trimmed());
    if (!url) {
        return url.error();
    }
    settings.webhookUrl = url->toString();
    if (!settings.webhookSecret.isEmpty()) {
        return QString();
    }
    settings.webhookSecret = newSecret();
    return settings.webhookSecret;
}

core::Result<QString> rotateSecret(core::NotificationSettings& settings)
{
    if (settings.webhookUrl.isEmpty()) {
        return core::Error::notFound(QStringLiteral("webhook_not_set"),
                                     QStringLiteral("Set a webhook URL first; it comes with a secret."));
    }
    settings.webhookSecret = newSecret();
    return settings.webhookSecret;
}

core::Result<QString> setWhatsApp(ServerContext& context, core::NotificationSettings& settings,
                                  const QJsonObject& body)
{
    auto text = JsonFields::requireString(body, QStringLiteral("whatsapp_to"));
    if (!text) {
        return text.error();
    }
    auto number = WhatsAppAdapter::normaliseNumber(*text);
    if (!number) {
        return number.error();
    }
    if (!context.config.notifications.whatsappEnabled()) {
        return core::Error::unprocessable(
            QStringLiteral("whatsapp_not_configured"),
            QStringLiteral("This server has no WhatsApp account to send from."));
    }
    settings.whatsappTo = *number;
    return QString();
}

core::Result<int> deliveriesLimit(const QUrlQuery& query)
{
    const QString field = QStringLiteral("limit");
    if (!query.hasQueryItem(field)) {
        return kDefaultDeliveries;
    }
    bool ok = false;
    const int limit = query.queryItemValue(field).toInt(&ok);
    if (!ok || limit < 1 || limit > kMaxDeliveries) {
        return core::Error::invalid(
            QStringLiteral("invalid_limit"),
            QStringLiteral("limit must be a whole number from 1 to %1.").arg(kMaxDeliveries));
    }
    return limit;
}

ApiResponse listDeliveries(ServerContext& context, const ApiRequest& request)
{
    std::optional<core::DeliveryStatus> status;
    const QString statusField = QStringLiteral("status");
    if (request.query().hasQueryItem(statusField)) {
        status = core::deliveryStatusFromString(request.query().queryItemValue(statusField));
        if (!status) {
            return ApiResponse::error(core::Error::invalid(
                QStringLiteral("invalid_status"),
                QStringLiteral("status must be \"pending\", \"delivered\" or \"dead\".")));
        }
    }
    auto limit = deliveriesLimit(request.query());
    if (!limit) {
        return ApiResponse::error(limit.error());
    }
    auto merchant = CallerProfiles::merchant(context, request);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    auto deliveries = core::DeliveryRepository(context.database).listByMerchant(merchant->id, status, *limit);
    if (!deliveries) {
        return ApiResponse::error(deliveries.error());
    }
    QJsonArray items;
    for (const core::Delivery& delivery : *deliveries) {
        items.append(deliveryJson(delivery));
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("deliveries"), items}});
}

} // namespace

void NotificationRoutes::registerRoutes(Router& router, ServerContext& context)
{
    const QString webhook = QStringLiteral("/api/v1/merchant/webhook");
    const QString whatsapp = QStringLiteral("/api/v1/merchant/whatsapp");
    router.add({Method::Get, webhook, kMerchantOnly,
                QStringLiteral("Where the caller's shop receives notifications (webhook and WhatsApp)"),
                [&context](const ApiRequest& request) {
                    return getSettings(context, request);
                }});
    router.add({Method::Put, webhook, kMerchantOnly,
                QStringLiteral("Set the shop's webhook URL; the first time, answers with its signing secret"),
                [&context](const ApiRequest& request) {
                    return changeSettings(
                        context, request, true,
                        [&context](core::NotificationSettings& settings, const QJsonObject& body) {
                            return setWebhook(context, settings, body);
                        });
                }});
    router.add({Method::Delete, webhook, kMerchantOnly,
                QStringLiteral("Stop webhook notifications and forget the signing secret"),
                [&context](const ApiRequest& request) {
                    return changeSettings(context, request, false,
                                          [](core::NotificationSettings& settings, const QJsonObject&) {
                                              settings.webhookUrl.clear();
                                              settings.webhookSecret.clear();
                                              return core::Result<QString>(QString());
                                          });
                }});
    router.add({Method::Post, webhook + QStringLiteral("/secret"), kMerchantOnly,
                QStringLiteral("Replace the webhook signing secret; answers with the new one"),
                [&context](const ApiRequest& request) {
                    return changeSettings(context, request, false,
                                          [](core::NotificationSettings& settings, const QJsonObject&) {
                                              return rotateSecret(settings);
                                          });
                }});
    router.add({Method::Get, webhook + QStringLiteral("/deliveries"), kMerchantOnly,
                QStringLiteral("The shop's notification deliveries, newest first (?status=&limit=)"),
                [&context](const ApiRequest& request) {
                    return listDeliveries(context, request);
                }});
    router.add({Method::Put, whatsapp, kMerchantOnly,
                QStringLiteral("Receive the shop's notifications as WhatsApp messages at this number"),
                [&context](const ApiRequest& request) {
                    return changeSettings(
                        context, request, true,
                        [&context](core::NotificationSettings& settings, const QJsonObject& body) {
                            return setWhatsApp(context, settings, body);
                        });
                }});
    router.add({Method::Delete, whatsapp, kMerchantOnly, QStringLiteral("Stop WhatsApp notifications"),
                [&context](const ApiRequest& request) {
                    return changeSettings(context, request, false,
                                          [](core::NotificationSettings& settings, const QJsonObject&) {
                                              settings.whatsappTo.clear();
                                              return core::Result<QString>(QString());
                                          });
                }});
}

} // namespace baartal::server
