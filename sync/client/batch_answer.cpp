#include "sync/client/batch_answer.h"

#include "sync/client/response_fields.h"

#include <QJsonArray>

namespace baartal::sync {

namespace {

core::Result<std::optional<core::Coins>> optionalCoins(const QJsonObject& object, const QString& field)
{
    auto value = ResponseFields::optionalInteger(object, field);
    if (!value) {
        return value.error();
    }
    if (!*value) {
        return std::optional<core::Coins>();
    }
    return std::optional<core::Coins>(core::Coins(**value));
}

core::Result<RowAnswer> rowFrom(const QJsonObject& object)
{
    auto sequence = ResponseFields::requireInteger(object, QStringLiteral("sequence"));
    if (!sequence) {
        return sequence.error();
    }
    auto clientTxnId = ResponseFields::requireString(object, QStringLiteral("client_txn_id"));
    if (!clientTxnId) {
        return clientTxnId.error();
    }
    auto statusText = ResponseFields::requireString(object, QStringLiteral("status"));
    if (!statusText) {
        return statusText.error();
    }
    const std::optional<OutboxStatus> status = outboxStatusFromString(*statusText);
    if (!status || *status == OutboxStatus::Queued) {
        return ResponseFields::invalid(QStringLiteral("status"));
    }
    RowAnswer row;
    row.sequence = *sequence;
    row.clientTxnId = *clientTxnId;
    row.status = *status;
    if (row.status == OutboxStatus::Rejected) {
        auto reason = ResponseFields::requireString(object, QStringLiteral("reason"));
        if (!reason) {
            return reason.error();
        }
        row.reason = *reason;
        return row;
    }
    auto txnId = ResponseFields::requireString(object, QStringLiteral("txn_id"));
    if (!txnId) {
        return txnId.error();
    }
    row.serverTxnId = *txnId;
    for (auto [field, target] : {std::pair{QStringLiteral("coins_earned"), &row.coinsEarned},
                                 std::pair{QStringLiteral("coins_redeemed"), &row.coinsRedeemed},
                                 std::pair{QStringLiteral("balance"), &row.balance}}) {
        auto coins = optionalCoins(object, field);
        if (!coins) {
            return coins.error();
        }
        *target = *coins;
    }
    return row;
}

} // namespace

core::Result<BatchAnswer> BatchAnswer::fromJson(const QJsonObject& data)
{
    auto deviceId = ResponseFields::requireString(data, QStringLiteral("device_id"));
    if (!deviceId) {
        return deviceId.error();
    }
    auto lastSequence = ResponseFields::requireInteger(data, QStringLiteral("last_sequence"));
    if (!lastSequence) {
        return lastSequence.error();
    }
    auto replayed = ResponseFields::requireBool(data, QStringLiteral("replayed"));
    if (!replayed) {
        return replayed.error();
    }
    const QJsonValue results = data.value(QStringLiteral("results"));
    if (!results.isArray()) {
        return ResponseFields::invalid(QStringLiteral("results"));
    }
    BatchAnswer answer;
    answer.deviceId = *deviceId;
    answer.lastSequence = *lastSequence;
    answer.replayed = *replayed;
    for (const QJsonValue& value : results.toArray()) {
        if (!value.isObject()) {
            return ResponseFields::invalid(QStringLiteral("results"));
        }
        auto row = rowFrom(value.toObject());
        if (!row) {
            return row.error();
        }
        answer.rows.append(*row);
    }
    return answer;
}

} // namespace baartal::sync
