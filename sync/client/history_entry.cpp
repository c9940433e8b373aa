#include "sync/client/history_entry.h"

#include "sync/client/response_fields.h"

#include <QJsonValue>

namespace baartal::sync {

namespace {

// A string or null; absent, null and "" all read as empty.
core::Result<QString> optionalText(const QJsonObject& object, const QString& field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        return QString();
    }
    if (!value.isString()) {
        return ResponseFields::invalid(field);
    }
    return value.toString();
}

core::Result<core::Coins> coins(const QJsonObject& object, const QString& field)
{
    auto number = ResponseFields::requireInteger(object, field);
    if (!number) {
        return number.error();
    }
    if (*number < 0) {
        return ResponseFields::invalid(field);
    }
    return core::Coins(*number);
}

} // namespace

core::Result<HistoryEntry> HistoryEntry::fromJson(const QJsonObject& object)
{
    HistoryEntry entry;
    auto id = ResponseFields::requireString(object, QStringLiteral("txn_id"));
    if (!id) {
        return id.error();
    }
    entry.txnId = *id;
    auto typeText = ResponseFields::requireString(object, QStringLiteral("type"));
    if (!typeText) {
        return typeText.error();
    }
    const auto type = core::transactionTypeFromString(*typeText);
    if (!type) {
        return ResponseFields::invalid(QStringLiteral("type"));
    }
    entry.type = *type;
    auto time = ResponseFields::requireTime(object, QStringLiteral("timestamp"));
    if (!time) {
        return time.error();
    }
    entry.time = time->toUTC();
    auto customerId = ResponseFields::requireString(object, QStringLiteral("customer_id"));
    if (!customerId) {
        return customerId.error();
    }
    entry.customerId = *customerId;
    auto contact = ResponseFields::requireString(object, QStringLiteral("contact"));
    if (!contact) {
        return contact.error();
    }
    entry.contact = *contact;

    const QJsonValue amount = object.value(QStringLiteral("amount"));
    auto bill = amount.isDouble()
                    ? core::Paise::fromJsonNumber(amount.toDouble())
                    : core::Result<core::Paise>(ResponseFields::invalid(QStringLiteral("amount")));
    if (!bill) {
        return ResponseFields::invalid(QStringLiteral("amount"));
    }
    entry.bill = *bill;
    auto earned = coins(object, QStringLiteral("bcoins_earned"));
    if (!earned) {
        return earned.error();
    }
    entry.earned = *earned;
    auto redeemed = coins(object, QStringLiteral("bcoins_spent"));
    if (!redeemed) {
        return redeemed.error();
    }
    entry.redeemed = *redeemed;

    for (const auto& [field, target] : {std::pair{QStringLiteral("client_txn_id"), &entry.clientTxnId},
                                        std::pair{QStringLiteral("reason"), &entry.reason},
                                        std::pair{QStringLiteral("voids_txn_id"), &entry.voidsTxnId},
                                        std::pair{QStringLiteral("voided_by"), &entry.voidedBy}}) {
        auto text = optionalText(object, field);
        if (!text) {
            return text.error();
        }
        *target = *text;
    }
    if ((entry.type == core::TransactionType::Void) == entry.voidsTxnId.isEmpty()) {
        return ResponseFields::invalid(QStringLiteral("voids_txn_id"));
    }
    return entry;
}

} // namespace baartal::sync
