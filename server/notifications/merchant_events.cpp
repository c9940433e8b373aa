#include "server/notifications/merchant_events.h"

#include "core/approvals/approval.h"
#include "core/ledger/ledger_transaction.h"
#include "server/admin/approval_json.h"
#include "server/wallet/transaction_json.h"

namespace baartal::server {

core::MerchantEvent MerchantEvents::earn(const core::LedgerTransaction& sale)
{
    QString summary = QStringLiteral("Baartal: sale of %1 recorded at your shop, %2 coins earned")
                          .arg(sale.amount.formatIndian(), sale.earned.formatIndian());
    if (sale.spent.value() > 0) {
        summary += QStringLiteral(", %1 coins redeemed").arg(sale.spent.formatIndian());
    }
    return {core::EventType::Earn, sale.merchantId,
            QJsonObject{{QStringLiteral("transaction"), TransactionJson::toJson(sale)}},
            summary + QLatin1Char('.')};
}

core::MerchantEvent MerchantEvents::approvalDecided(const core::ApprovalListing& decided)
{
    const bool approved = decided.approval.status == core::ApprovalStatus::Approved;
    QString summary = approved ? QStringLiteral("Baartal: %1 is approved and can now issue and redeem coins.")
                                     .arg(decided.businessName)
                               : QStringLiteral("Baartal: %1 was not approved.").arg(decided.businessName);
    if (!decided.approval.notes.isEmpty()) {
        summary += QStringLiteral(" Notes: %1").arg(decided.approval.notes);
    }
    return {core::EventType::ApprovalDecided, decided.approval.merchantId,
            QJsonObject{{QStringLiteral("approval"), ApprovalJson::toJson(decided)}}, summary};
}

core::MerchantEvent MerchantEvents::spendRequestWaiting(const QString& merchantId,
                                                        const QJsonObject& spendRequest, core::Coins coins)
{
    return {core::EventType::SpendRequestWaiting, merchantId,
            QJsonObject{{QStringLiteral("spend_request"), spendRequest}},
            QStringLiteral("Baartal: a customer is waiting to spend %1 coins at your shop.")
                .arg(coins.formatIndian())};
}

} // namespace baartal::server
