#pragma once

#include "core/money/coins.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace baartal::core {

// Pending, Confirmed, Declined and Cancelled are stored; Lapsed is a pending request read after its
// expiry.
enum class SpendRequestStatus { Pending, Confirmed, Declined, Cancelled, Lapsed };

QString toText(SpendRequestStatus status);
std::optional<SpendRequestStatus> spendRequestStatusFromString(QStringView text);

// Coins a customer asks to spend at a shop; the shop confirms with the bill, or declines.
struct SpendRequest {
    QString id;
    QString customerId;
    QString merchantId;
    Coins coins{0};
    SpendRequestStatus status = SpendRequestStatus::Pending; // as stored: never Lapsed
    QString txnId;                                           // the sale that spent the coins, once confirmed
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime decidedAt; // confirmed, declined or cancelled

    SpendRequestStatus statusAt(const QDateTime& now) const;
};

// A spend request with the names either side needs: the shop's for the customer, the customer's login
// (to mask) for the shop.
struct SpendRequestListing {
    SpendRequest request;
    QString businessName;
    QString customerLogin;
};

} // namespace baartal::core
