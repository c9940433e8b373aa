#pragma once

#include "core/money/coins.h"
#include "core/result/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace baartal::sync {

// A customer's request, from the phone, to spend coins at the shop: one item of
// GET /api/v1/merchant/spend-requests. The counter confirms it online on a bill, or declines it.
struct PendingSpendRequest {
    QString id;
    QString customerId;
    QString contact;     // the customer's login, masked
    core::Coins coins;   // what the customer asks to redeem; the server redeems exactly these
    core::Coins balance; // spendable when the server answered
    QDateTime createdAt;
    QDateTime expiresAt;

    // "invalid_response" naming the field that breaks the contract.
    static core::Result<PendingSpendRequest> fromJson(const QJsonObject& item);
    // The whole answer: {"spend_requests": [...]}.
    static core::Result<QList<PendingSpendRequest>> listFromJson(const QJsonObject& data);

    friend bool operator==(const PendingSpendRequest&, const PendingSpendRequest&) = default;
};

} // namespace baartal::sync
