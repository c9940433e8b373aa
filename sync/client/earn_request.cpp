#include "sync/client/earn_request.h"

namespace baartal::sync {

QJsonObject EarnRequest::toJson() const
{
    QJsonObject body{
        {QStringLiteral("customer_id"), customerId},
        {QStringLiteral("bill_amount"), bill.toJsonNumber()},
        {QStringLiteral("client_txn_id"), clientTxnId},
    };
    if (redeemCoins > core::Coins(0)) {
        body.insert(QStringLiteral("redeem_coins"), redeemCoins.toJson());
    }
    return body;
}

} // namespace baartal::sync
