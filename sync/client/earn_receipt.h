#pragma once

#include "core/money/coins.h"
#include "core/result/result.h"

#include <QJsonObject>
#include <QString>

namespace baartal::sync {

// The server's record of an accepted earn: what it actually credited and the customer's balance after.
struct EarnReceipt {
    QString serverTxnId;
    QString customerId;
    core::Coins coinsEarned;
    core::Coins coinsSpent;
    core::Coins balance;
    bool duplicate = false; // the server had already applied this client transaction id

    static core::Result<EarnReceipt> fromJson(const QJsonObject& data);
};

} // namespace baartal::sync
