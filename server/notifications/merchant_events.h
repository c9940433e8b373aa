#pragma once

#include "core/money/coins.h"
#include "core/notifications/notification.h"

namespace baartal::core {
struct ApprovalListing;
struct LedgerTransaction;
} // namespace baartal::core

namespace baartal::server {

// The events a shop is notified of, in the shapes integrators receive. Queue one with
// core::NotificationQueue(database, clock).enqueue(...) inside the transaction of its cause.
class MerchantEvents {
public:
    MerchantEvents() = delete;

    // "earn": data {transaction} as the wallet API shows it.
    static core::MerchantEvent earn(const core::LedgerTransaction& sale);
    // "approval.decided": data {approval} as the admin API shows it.
    static core::MerchantEvent approvalDecided(const core::ApprovalListing& decided);
    // "spend_request.waiting": data {spend_request} as the spend-request API shows it; coins for the text.
    static core::MerchantEvent spendRequestWaiting(const QString& merchantId, const QJsonObject& spendRequest,
                                                   core::Coins coins);
};

} // namespace baartal::server
