#pragma once

#include "core/money/coins.h"
#include "core/result/result.h"

#include <QJsonObject>
#include <QString>

namespace baartal::sync {

// What an admin asks of POST /api/v1/admin/wallets/{customer_id}/adjust: coins to issue (positive) or
// withdraw (negative), why, and the admin's own password again.
struct WalletAdjustmentRequest {
    QString customerId;
    core::Coins coins{0};
    QString reason;
    QString password;

    QJsonObject toJson() const;
};

// Its answer: the adjustment's transaction and the customer's balance after it.
struct WalletAdjustment {
    QString transactionId;
    core::Coins coins{0}; // signed as requested
    core::Coins balance{0};

    static core::Result<WalletAdjustment> fromJson(const QJsonObject& data);
};

} // namespace baartal::sync
