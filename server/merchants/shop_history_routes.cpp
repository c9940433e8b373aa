#include "server/merchants/shop_history_routes.h"

#include "core/customers/customer_repository.h"
#include "core/users/contact_mask.h"
#include "core/users/user_repository.h"
#include "server/auth/caller_profiles.h"
#include "server/http/router.h"
#include "server/merchants/shop_history_request.h"
#include "server/server_context.h"
#include "server/wallet/transaction_json.h"

#include <QJsonArray>
#include <QJsonObject>

namespace baartal::server {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject rowJson(const core::ShopTransaction& row)
{
    QJsonObject item = TransactionJson::toJson(row.transaction);
    item.insert(QStringLiteral("contact"), core::ContactMask::mask(row.customerLogin));
    item.insert(QStringLiteral("client_txn_id"), textOrNull(row.transaction.clientTxnId));
    item.insert(QStringLiteral("reason"), row.transaction.reason);
    item.insert(QStringLiteral("voids_txn_id"), textOrNull(row.transaction.voidsTxnId));
    item.insert(QStringLiteral("voided_by"), textOrNull(row.voidedByTxnId));
    return item;
}

// The customer a phone number belongs to; empty when no customer has it, which then matches nothing.
core::Result<QString> customerWithPhone(ServerContext& context, const QString& phone)
{
    auto user = core::UserRepository(context.database).findByLogin(phone);
    if (!user) {
        return user.error();
    }
    if (!*user) {
        return QString();
    }
    auto customer = core::CustomerRepository(context.database).findByUserId((*user)->id);
    if (!customer) {
        return customer.error();
    }
    return *customer ? (*customer)->id : QString();
}

ApiResponse transactions(ServerContext& context, const ApiRequest& request)
{
    auto merchant = CallerProfiles::merchant(context, request);
    if (!merchant) {
        return ApiResponse::error(merchant.error());
    }
    auto parsed = ShopHistoryRequest::parse(request.query(), merchant->id);
    if (!parsed) {
        return ApiResponse::error(parsed.error());
    }
    core::ShopHistoryPage page;
    bool matchesNobody = false;
    if (!parsed->customerPhone.isEmpty()) {
        auto customerId = customerWithPhone(context, parsed->customerPhone);
        if (!customerId) {
            return ApiResponse::error(customerId.error());
        }
        parsed->query.customerId = *customerId;
        matchesNobody = customerId->isEmpty();
    }
    if (!matchesNobody) {
        auto found = core::LedgerRepository(context.database).shopHistory(parsed->query);
        if (!found) {
            return ApiResponse::error(found.error());
        }
        page = *found;
    }
    QJsonArray items;
    for (const core::ShopTransaction& row : std::as_const(page.transactions)) {
        items.append(rowJson(row));
    }
    const QJsonObject pagination{{QStringLiteral("page"), parsed->page},
                                 {QStringLiteral("limit"), parsed->query.limit},
                                 {QStringLiteral("total"), page.total}};
    return ApiResponse::ok(
        QJsonObject{{QStringLiteral("transactions"), items}, {QStringLiteral("pagination"), pagination}});
}

} // namespace

void ShopHistoryRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add({Method::Get,
                QStringLiteral("/api/v1/merchant/transactions"),
                {core::UserRole::Merchant},
                QStringLiteral("The caller's shop's transactions, newest first: page, limit, from, to, "
                               "customer (id or mobile), type (earn, spend, void)"),
                [&context](const ApiRequest& request) {
                    return transactions(context, request);
                }});
}

} // namespace baartal::server
