#pragma once

#include "core/money/coins.h"
#include "core/result/result.h"
#include "sync/client/outbox_entry.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace baartal::sync {

// The server's answer for one row of a sync batch (docs/sync-protocol.md §3).
struct RowAnswer {
    qint64 sequence = 0;
    QString clientTxnId;
    OutboxStatus status = OutboxStatus::Accepted; // never Queued
    QString serverTxnId;                          // accepted and duplicate rows
    QString reason;                               // rejected rows: the stable error code
    // Accepted and duplicate rows, when the server reports them.
    std::optional<core::Coins> coinsEarned;
    std::optional<core::Coins> coinsRedeemed;
    std::optional<core::Coins> balance;
};

// The server's answer to POST /api/v1/sync/batches.
struct BatchAnswer {
    QString deviceId;
    qint64 lastSequence = 0;
    bool replayed = false;
    QList<RowAnswer> rows;

    // "invalid_response" for an answer that breaks the protocol's shape.
    static core::Result<BatchAnswer> fromJson(const QJsonObject& data);
};

} // namespace baartal::sync
