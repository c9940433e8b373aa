#include "sync/client/earn_receipt.h"

#include "sync/client/response_fields.h"

namespace baartal::sync {

core::Result<EarnReceipt> EarnReceipt::fromJson(const QJsonObject& data)
{
    auto transaction = ResponseFields::requireObject(data, QStringLiteral("transaction"));
    if (!transaction) {
        return transaction.error();
    }
    auto txnId = ResponseFields::requireString(*transaction, QStringLiteral("txn_id"));
    auto customerId = ResponseFields::requireString(*transaction, QStringLiteral("customer_id"));
    auto earned = ResponseFields::requireInteger(*transaction, QStringLiteral("bcoins_earned"));
    auto spent = ResponseFields::requireInteger(*transaction, QStringLiteral("bcoins_spent"));
    auto balance = ResponseFields::requireInteger(data, QStringLiteral("balance"));
    if (!txnId) {
        return txnId.error();
    }
    if (!customerId) {
        return customerId.error();
    }
    if (!earned) {
        return earned.error();
    }
    if (!spent) {
        return spent.error();
    }
    if (!balance) {
        return balance.error();
    }
    if (*earned < 0 || *spent < 0) {
        return ResponseFields::invalid(*earned < 0 ? QStringLiteral("bcoins_earned")
                                                   : QStringLiteral("bcoins_spent"));
    }

    EarnReceipt receipt;
    receipt.serverTxnId = *txnId;
    receipt.customerId = *customerId;
    receipt.coinsEarned = core::Coins(*earned);
    receipt.coinsSpent = core::Coins(*spent);
    receipt.balance = core::Coins(*balance);
    receipt.duplicate = data.value(QStringLiteral("duplicate")).toBool();
    return receipt;
}

} // namespace baartal::sync
