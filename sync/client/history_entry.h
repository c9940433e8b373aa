#pragma once

#include "core/ledger/transaction_type.h"
#include "core/money/coins.h"
#include "core/money/paise.h"
#include "core/result/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace baartal::sync {

// One transaction of the shop's history as GET /api/v1/merchant/transactions lists it. The customer is
// only ever their masked contact ("98•••••345").
struct HistoryEntry {
    QString txnId;
    core::TransactionType type = core::TransactionType::Earn;
    QDateTime time; // UTC
    QString customerId;
    QString contact;
    core::Paise bill{0};
    core::Coins earned{0};
    core::Coins redeemed{0};
    QString clientTxnId; // the counter's id for the sale; empty for a sale made on the server
    QString reason;      // why a void was made
    QString voidsTxnId;  // on a void: the transaction it reverses
    QString voidedBy;    // on a reversed transaction: the void that reversed it

    bool isVoided() const { return !voidedBy.isEmpty(); }

    // A field missing, mistyped, an unknown type or an amount that is not exact rupees and paise is
    // "invalid_response".
    static core::Result<HistoryEntry> fromJson(const QJsonObject& object);
};

} // namespace baartal::sync
