#include "server/wallet/transaction_json.h"

#include "core/ledger/ledger_transaction.h"

#include <QJsonValue>

namespace baartal::server {

QJsonObject TransactionJson::toJson(const core::LedgerTransaction& transaction)
{
    return QJsonObject{
        {QStringLiteral("txn_id"), transaction.id},
        {QStringLiteral("customer_id"), transaction.customerId},
        {QStringLiteral("merchant_id"),
         transaction.merchantId.isEmpty() ? QJsonValue() : QJsonValue(transaction.merchantId)},
        {QStringLiteral("amount"), transaction.amount.toJsonNumber()},
        {QStringLiteral("bcoins_earned"), transaction.earned.toJson()},
        {QStringLiteral("bcoins_spent"), transaction.spent.toJson()},
        {QStringLiteral("type"), core::toText(transaction.type)},
        {QStringLiteral("timestamp"), transaction.createdAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

} // namespace baartal::server
