#pragma once

#include "core/money/coins.h"
#include "core/money/paise.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace baartal::sync {

// Where a sale stands between the counter and the server.
enum class SaleStatus {
    Pending,   // committed at the counter, the server has not answered yet
    Confirmed, // the server applied it; its numbers are authoritative
    Rejected,  // the server refused it (unknown customer, a spend token used elsewhere…); nothing moved
};

QString toText(SaleStatus status);
std::optional<SaleStatus> saleStatusFromString(QStringView text);

// One sale as the counter recorded it, keyed by the id the server deduplicates on.
struct CounterSale {
    QString clientTxnId;
    QString merchantId;
    QString customerId;
    core::Paise bill;
    core::Coins redeemCoins;
    int issueRate = 0;
    core::Coins coinsEarnedLocal; // the counter's own preview at issueRate
    QString spendToken;           // a spend: the customer's one-time token that holds redeemCoins
    SaleStatus status = SaleStatus::Pending;
    QString serverTxnId;
    std::optional<core::Coins> serverCoinsEarned;
    std::optional<core::Coins> customerBalance; // after this sale, as the server reported it
    QString errorCode;                          // a rejected sale: the server's stable reason
    QString voidedBy; // the client transaction id of the void that reversed this sale
    QString voidReason;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace baartal::sync
