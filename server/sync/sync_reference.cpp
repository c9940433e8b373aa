#include "server/sync/sync_reference.h"

#include "core/approvals/approval_repository.h"
#include "core/devices/device_repository.h"
#include "core/ledger/ledger_repository.h"
#include "core/ledger/ledger_service.h"
#include "core/ledger/spend_hold_repository.h"
#include "core/time/clock.h"
#include "core/users/contact_mask.h"
#include "server/http/json_time.h"
#include "server/keys/key_json.h"
#include "server/server_context.h"

#include <QJsonArray>

namespace baartal::server {

namespace {

QDateTime before(const QDateTime& now, std::chrono::milliseconds span)
{
    return now.addMSecs(-span.count());
}

// Approved while the flag says so; otherwise waiting for an admin, or turned down when nothing waits.
core::Result<QJsonObject> merchantJson(core::Database& database, const core::Merchant& merchant)
{
    core::ApprovalStatus status = core::ApprovalStatus::Approved;
    if (!merchant.approved) {
        auto pending = core::ApprovalRepository(database).hasPending(merchant.id);
        if (!pending) {
            return pending.error();
        }
        status = *pending ? core::ApprovalStatus::Pending : core::ApprovalStatus::Rejected;
    }
    return QJsonObject{{QStringLiteral("id"), merchant.id},
                       {QStringLiteral("business_name"), merchant.businessName},
                       {QStringLiteral("category"), merchant.category},
                       {QStringLiteral("issue_rate"), merchant.bcoinIssueRate},
                       {QStringLiteral("spend_cap_percent"),
                        merchant.spendCapPercent ? QJsonValue(*merchant.spendCapPercent) : QJsonValue()},
                       {QStringLiteral("approved"), merchant.approved},
                       {QStringLiteral("status"), core::toText(status)}};
}

core::Result<QJsonArray> revokedDevices(core::Database& database, const QString& merchantId)
{
    auto devices = core::DeviceRepository(database).listByMerchant(merchantId);
    if (!devices) {
        return devices.error();
    }
    QJsonArray list;
    for (const core::Device& device : std::as_const(*devices)) {
        if (device.revoked()) {
            list.append(QJsonObject{{QStringLiteral("id"), device.id},
                                    {QStringLiteral("name"), device.name},
                                    {QStringLiteral("revoked_at"), JsonTime::orNull(device.revokedAt)}});
        }
    }
    return list;
}

core::Result<QJsonArray> refusedSpendTokens(core::Database& database, const QString& merchantId,
                                            const QDateTime& now)
{
    // A hold that lapsed instead is never listed: it lapses only once its token expired longer ago than
    // the window.
    static_assert(core::SpendHold::kRedemptionGrace >= SyncReference::kRefusedTokenWindow);
    auto holds = core::SpendHoldRepository(database).endedSince(
        merchantId, before(now, SyncReference::kRefusedTokenWindow));
    if (!holds) {
        return holds.error();
    }
    QJsonArray list;
    for (const core::SpendHold& hold : std::as_const(*holds)) {
        list.append(QJsonObject{{QStringLiteral("nonce"), hold.id},
                                {QStringLiteral("customer_id"), hold.customerId},
                                {QStringLiteral("state"), core::toText(hold.status)},
                                {QStringLiteral("expires_at"), JsonTime::orNull(hold.expiresAt)}});
    }
    return list;
}

core::Result<QJsonArray> recentCustomers(ServerContext& context, const QString& merchantId, int limit,
                                         const QDateTime& now)
{
    auto customers = core::LedgerRepository(context.database)
                         .customersOfShop(merchantId, before(now, SyncReference::kCustomerWindow), limit);
    if (!customers) {
        return customers.error();
    }
    QJsonArray list;
    for (const core::ShopCustomer& customer : std::as_const(*customers)) {
        // The spendable balance, as the counter routes show it (held coins left out), by one SQL sum:
        // up to 2,000 customers are read here.
        auto balance = context.ledger.spendableBalance(customer.customerId);
        if (!balance) {
            return balance.error();
        }
        list.append(QJsonObject{{QStringLiteral("customer_id"), customer.customerId},
                                {QStringLiteral("name_masked"), core::ContactMask::mask(customer.login)},
                                {QStringLiteral("balance"), balance->toJson()},
                                {QStringLiteral("last_visit_at"), JsonTime::orNull(customer.lastVisitAt)}});
    }
    return list;
}

} // namespace

core::Result<QJsonObject> SyncReference::build(ServerContext& context, const core::Merchant& merchant,
                                               int customerLimit)
{
    const QDateTime now = context.clock.now();
    auto shop = merchantJson(context.database, merchant);
    if (!shop) {
        return shop.error();
    }
    auto devices = revokedDevices(context.database, merchant.id);
    if (!devices) {
        return devices.error();
    }
    auto tokens = refusedSpendTokens(context.database, merchant.id, now);
    if (!tokens) {
        return tokens.error();
    }
    auto customers = recentCustomers(context, merchant.id, customerLimit, now);
    if (!customers) {
        return customers.error();
    }
    return QJsonObject{{QStringLiteral("generated_at"), JsonTime::orNull(now)},
                       {QStringLiteral("merchant"), *shop},
                       {QStringLiteral("server_keys"), KeyJson::keys(context.tokenVerifier)},
                       {QStringLiteral("revoked_devices"), *devices},
                       {QStringLiteral("revoked_spend_tokens"), *tokens},
                       {QStringLiteral("recent_customers"), *customers}};
}

} // namespace baartal::server
