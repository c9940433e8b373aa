#pragma once

#include "core/money/coins.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace baartal::core {

enum class SpendHoldStatus { Active, Redeemed, Cancelled };

QString toText(SpendHoldStatus status);
std::optional<SpendHoldStatus> spendHoldStatusFromString(QStringView text);

// Coins set aside for one spend token (the hold id is the token's nonce). While the hold counts, no
// other debit can take them; redeeming the token draws exactly these coins, once.
struct SpendHold {
    // How long after the token's expiry the coins stay held: a counter that accepted the token offline
    // just before it expired has this long to upload the sale. A customer who will not use the token
    // cancels it to free the coins at once.
    static constexpr std::chrono::hours kRedemptionGrace{24};

    QString id;
    QString customerId;
    QString merchantId; // the one shop that may redeem it; empty for any approved shop
    Coins coins{0};
    SpendHoldStatus status = SpendHoldStatus::Active;
    QDateTime createdAt;
    QDateTime expiresAt; // the token's expiry
    QDateTime lapsesAt;  // expiresAt + kRedemptionGrace: the hold stops counting
    QDateTime endedAt;   // when redeemed or cancelled

    // Active and not lapsed: its coins are reserved.
    bool holdsAt(const QDateTime& now) const { return status == SpendHoldStatus::Active && now < lapsesAt; }
};

} // namespace baartal::core
