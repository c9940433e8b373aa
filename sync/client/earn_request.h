#pragma once

#include "core/money/coins.h"
#include "core/money/paise.h"

#include <QJsonObject>
#include <QString>

namespace baartal::sync {

// The body of POST /api/v1/merchant/earn. The client transaction id is the counter's own sale id, so a
// resend after a lost answer is recognised by the server as the same sale.
struct EarnRequest {
    QString clientTxnId;
    QString customerId;
    core::Paise bill;
    core::Coins redeemCoins; // zero: nothing redeemed, and the field is left out

    QJsonObject toJson() const;
};

} // namespace baartal::sync
