#pragma once

#include "core/money/coins.h"

#include <QDateTime>
#include <QString>

namespace baartal::core {

// The coins of one earn (or bonus) that are still unspent, and when they lapse.
struct CoinLot {
    QString id;
    QString customerId;
    Coins original;
    Coins remaining;
    QDateTime earnedAt;
    QDateTime expiresAt;

    // Expired from the instant expiresAt is reached. A lot without a valid expiry never lapses, so a
    // missing date can never destroy a customer's coins.
    bool isExpiredAt(const QDateTime& now) const;
};

} // namespace baartal::core
