#include "sync/client/online_sale.h"

#include "sync/client/response_fields.h"

namespace baartal::sync {

core::Result<OnlineSale> OnlineSale::fromJson(const QJsonObject& data)
{
    auto transaction = ResponseFields::requireObject(data, QStringLiteral("transaction"));
    if (!transaction) {
        return transaction.error();
    }
    auto txnId = ResponseFields::requireString(*transaction, QStringLiteral("txn_id"));
    auto customerId = ResponseFields::requireString(*transaction, QStringLiteral("customer_id"));
    for (const auto* field : {&txnId, &customerId}) {
        if (!*field) {
            return field->error();
        }
    }
    auto earned = ResponseFields::requireInteger(*transaction, QStringLiteral("bcoins_earned"));
    auto spent = ResponseFields::requireInteger(*transaction, QStringLiteral("bcoins_spent"));
    auto balance = ResponseFields::requireInteger(data, QStringLiteral("balance"));
    for (const auto* field : {&earned, &spent, &balance}) {
        if (!*field) {
            return field->error();
        }
    }
    const QJsonValue amount = transaction->value(QStringLiteral("amount"));
    auto bill = core::Paise::fromJsonNumber(amount.toDouble(-1));
    if (!amount.isDouble() || !bill) {
        return ResponseFields::invalid(QStringLiteral("amount"));
    }
    auto created = ResponseFields::requireTime(*transaction, QStringLiteral("timestamp"));
    if (!created) {
        return created.error();
    }
    auto duplicate = ResponseFields::requireBool(data, QStringLiteral("duplicate"));
    if (!duplicate) {
        return duplicate.error();
    }
    return OnlineSale{
        *txnId,   *customerId, *bill, core::Coins(*spent), core::Coins(*earned), core::Coins(*balance),
        *created, *duplicate};
}

} // namespace baartal::sync
