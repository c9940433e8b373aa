#pragma once

#include "core/money/coins.h"
#include "core/money/paise.h"
#include "core/result/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace baartal::sync {

// A sale the server recorded while the counter waited, as its online sale routes answer
// ({transaction, balance, duplicate}; e.g. POST /api/v1/merchant/spend-requests/{id}/confirm).
struct OnlineSale {
    QString serverTxnId;
    QString customerId;
    core::Paise bill;
    core::Coins coinsRedeemed;
    core::Coins coinsEarned;
    core::Coins balance; // the customer's spendable balance right after the sale
    QDateTime createdAt;
    bool duplicate = false; // the client transaction id was recorded before: this is that sale

    // "invalid_response" naming the field that breaks the contract.
    static core::Result<OnlineSale> fromJson(const QJsonObject& data);
};

} // namespace baartal::sync
