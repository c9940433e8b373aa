#pragma once

#include "core/money/coins.h"
#include "core/result/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace baartal::sync {

// A customer who checked in at the shop and waits to be served: one item of
// GET /api/v1/merchant/checkins.
struct PendingCheckin {
    QString id;
    QString customerId;
    QString contact;     // the customer's login, masked ("98•••••345")
    core::Coins balance; // spendable when the server answered
    QDateTime createdAt;
    QDateTime expiresAt;

    // "invalid_response" naming the field that breaks the contract.
    static core::Result<PendingCheckin> fromJson(const QJsonObject& item);
    // The whole answer: {"checkins": [...]}.
    static core::Result<QList<PendingCheckin>> listFromJson(const QJsonObject& data);

    friend bool operator==(const PendingCheckin&, const PendingCheckin&) = default;
};

} // namespace baartal::sync
