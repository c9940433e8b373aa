#include "server/admin/admin_routes.h"

#include "core/approvals/approval_service.h"
#include "core/audit/audit_log_repository.h"
#include "core/customers/customer_repository.h"
#include "core/ledger/ledger_invariant_checker.h"
#include "core/ledger/ledger_service.h"
#include "core/notifications/notification_queue.h"
#include "core/time/clock.h"
#include "core/users/account_service.h"
#include "core/users/user_repository.h"
#include "server/admin/approval_json.h"
#include "server/http/json_fields.h"
#include "server/http/router.h"
#include "server/merchants/counter_customer.h"
#include "server/notifications/merchant_events.h"
#include "server/server_context.h"
#include "server/wallet/transaction_json.h"

#include <QJsonArray>
#include <QJsonObject>

namespace baartal::server {

namespace {

// The largest adjustment one request may make either way: far above any goodwill credit, it keeps a
// mistyped amount from minting or wiping out a fortune.
constexpr qint64 kMaxAdjustmentCoins = 10'000'000;

const QList<core::UserRole> kAdminOnly{core::UserRole::Admin};

ApiResponse listApprovals(ServerContext& context, const ApiRequest& request)
{
    std::optional<core::ApprovalStatus> status;
    const QString statusField = QStringLiteral("status");
    if (request.query().hasQueryItem(statusField)) {
        status = core::approvalStatusFromString(request.query().queryItemValue(statusField));
        if (!status) {
            return ApiResponse::error(core::Error::invalid(
                QStringLiteral("invalid_status"),
                QStringLiteral("status must be \"pending\", \"approved\" or \"rejected\".")));
        }
    }
    auto listings = core::ApprovalService(context.database, context.clock).list(status);
    if (!listings) {
        return ApiResponse::error(listings.error());
    }
    QJsonArray approvals;
    for (const core::ApprovalListing& listing : *listings) {
        approvals.append(ApprovalJson::toJson(listing));
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("approvals"), approvals}});
}

core::Result<core::ApprovalDecision> decisionFrom(const QJsonObject& body)
{
    auto text = JsonFields::requireString(body, QStringLiteral("decision"));
    if (!text) {
        return text.error();
    }
    if (*text == QLatin1String("approve")) {
        return core::ApprovalDecision::Approve;
    }
    if (*text == QLatin1String("reject")) {
        return core::ApprovalDecision::Reject;
    }
    return core::Error::invalid(QStringLiteral("invalid_decision"),
                                QStringLiteral("decision must be \"approve\" or \"reject\"."));
}

ApiResponse decideApproval(ServerContext& context, const ApiRequest& request)
{
    auto id = JsonFields::parseUuid(request.pathParam(QStringLiteral("id")), QStringLiteral("id"));
    if (!id) {
        return ApiResponse::error(id.error());
    }
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto decision = decisionFrom(*body);
    if (!decision) {
        return ApiResponse::error(decision.error());
    }
    auto notes = JsonFields::optionalString(*body, QStringLiteral("notes"));
    if (!notes) {
        return ApiResponse::error(notes.error());
    }
    // The shop hears of the decision exactly when it commits.
    const auto notify = [&context](const core::ApprovalListing& listing) {
        return core::NotificationQueue(context.database, context.clock)
            .enqueue(MerchantEvents::approvalDecided(listing));
    };
    auto decided = core::ApprovalService(context.database, context.clock)
                       .decide(*id, *decision, notes->value_or(QString()), request.auth()->userId, notify);
    if (!decided) {
        return ApiResponse::error(decided.error());
    }
    return ApiResponse::ok(ApprovalJson::toJson(*decided));
}

struct Adjustment {
    core::Coins coins{0};
    QString reason;
    QString password;
};

core::Result<Adjustment> adjustmentFrom(const QJsonObject& body)
{
    auto coins =
        JsonFields::requireInt(body, QStringLiteral("coins"), -kMaxAdjustmentCoins, kMaxAdjustmentCoins);
    if (!coins) {
        return coins.error();
    }
    auto reason = JsonFields::requireString(body, QStringLiteral("reason"));
    if (!reason) {
        return reason.error();
    }
    auto password = JsonFields::requireString(body, QStringLiteral("password"));
    if (!password) {
        return password.error();
    }
    return Adjustment{core::Coins(*coins), *reason, *password};
}

ApiResponse adjustWallet(ServerContext& context, const ApiRequest& request)
{
    auto customerId = JsonFields::parseUuid(request.pathParam(QStringLiteral("customer_id")),
                                            QStringLiteral("customer_id"));
    if (!customerId) {
        return ApiResponse::error(customerId.error());
    }
    auto body = request.jsonBody();
    if (!body) {
        return ApiResponse::error(body.error());
    }
    auto adjustment = adjustmentFrom(*body);
    if (!adjustment) {
        return ApiResponse::error(adjustment.error());
    }
    const QString adminId = request.auth()->userId;
    if (core::Status confirmed = context.accounts.verifyPassword(adminId, adjustment->password); !confirmed) {
        return ApiResponse::error(confirmed.error());
    }
    const auto audit = [&](const core::LedgerTransaction& txn) {
        const QJsonObject detail{{QStringLiteral("txn_id"), txn.id},
                                 {QStringLiteral("coins"), adjustment->coins.toJson()},
                                 {QStringLiteral("reason"), txn.reason}};
        return core::AuditLogRepository(context.database)
            .add({adminId, QStringLiteral("wallet_adjust"), *customerId, detail, txn.createdAt});
    };
    auto adjusted = context.ledger.adjust(*customerId, adjustment->coins, adjustment->reason, adminId, audit);
    if (!adjusted) {
        return ApiResponse::error(adjusted.error());
    }
    auto wallet = context.ledger.wallet(*customerId);
    if (!wallet) {
        return ApiResponse::error(wallet.error());
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("transaction"), TransactionJson::toJson(*adjusted)},
                                       {QStringLiteral("balance"), wallet->balance.toJson()}},
                           201);
}

// The customer whose login is this phone (or e-mail): {id, contact (masked), balance}, for an admin
// about to adjust their wallet. "invalid_login" (400) for text that is no login, "customer_not_found"
// (404) when no customer has it.
ApiResponse findCustomer(ServerContext& context, const ApiRequest& request)
{
    auto login = core::AccountService::normaliseLogin(
        request.query().queryItemValue(QStringLiteral("phone"), QUrl::FullyDecoded));
    if (!login) {
        return ApiResponse::error(login.error());
    }
    auto user = core::UserRepository(context.database).findByLogin(*login);
    if (!user) {
        return ApiResponse::error(user.error());
    }
    const auto notFound = core::Error::notFound(QStringLiteral("customer_not_found"),
                                                QStringLiteral("No customer has this phone number."));
    if (!*user || (*user)->role != core::UserRole::Customer) {
        return ApiResponse::error(notFound);
    }
    auto customer = core::CustomerRepository(context.database).findByUserId((*user)->id);
    if (!customer) {
        return ApiResponse::error(customer.error());
    }
    if (!*customer) {
        return ApiResponse::error(notFound);
    }
    auto described = CounterCustomer::describe(context, QJsonObject{{QStringLiteral("id"), (*customer)->id}},
                                               (*customer)->id, *login);
    if (!described) {
        return ApiResponse::error(described.error());
    }
    return ApiResponse::ok(*described);
}

ApiResponse checkLedger(ServerContext& context)
{
    auto report = core::LedgerInvariantChecker(context.database).check(context.clock.now());
    if (!report) {
        return ApiResponse::error(report.error());
    }
    return ApiResponse::ok(
        QJsonObject{{QStringLiteral("ok"), report->ok()},
                    {QStringLiteral("violations"), QJsonArray::fromStringList(report->violations)},
                    {QStringLiteral("transactions_checked"), report->transactionsChecked},
                    {QStringLiteral("wallets_checked"), report->walletsChecked},
                    {QStringLiteral("checked_at"), context.clock.now().toUTC().toString(Qt::ISODateWithMs)}});
}

} // namespace

void AdminRoutes::registerRoutes(Router& router, ServerContext& context)
{
    router.add({Method::Get, QStringLiteral("/api/v1/admin/approvals"), kAdminOnly,
                QStringLiteral("Shops awaiting approval or decided, optionally of one status"),
                [&context](const ApiRequest& request) {
                    return listApprovals(context, request);
                }});
    router.add({Method::Post, QStringLiteral("/api/v1/admin/approvals/{id}"), kAdminOnly,
                QStringLiteral("Approve or reject a pending shop"), [&context](const ApiRequest& request) {
                    return decideApproval(context, request);
                }});
    router.add({Method::Post, QStringLiteral("/api/v1/admin/wallets/{customer_id}/adjust"), kAdminOnly,
                QStringLiteral("Issue or withdraw coins by hand, with a reason and the admin's password"),
                [&context](const ApiRequest& request) {
                    return adjustWallet(context, request);
                }});
    router.add({Method::Get, QStringLiteral("/api/v1/admin/customers"), kAdminOnly,
                QStringLiteral("Find a customer by phone: id, masked contact and balance"),
                [&context](const ApiRequest& request) {
                    return findCustomer(context, request);
                }});
    router.add({Method::Get, QStringLiteral("/api/v1/admin/ledger/check"), kAdminOnly,
                QStringLiteral("Check the ledger's invariants over every stored row"),
                [&context](const ApiRequest&) {
                    return checkLedger(context);
                }});
}

} // namespace baartal::server
