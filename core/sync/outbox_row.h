#pragma once

#include "core/money/coins.h"
#include "core/money/paise.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace baartal::core {

enum class OutboxRowType { Earn, Spend, Void };

QString toText(OutboxRowType type);
std::optional<OutboxRowType> outboxRowTypeFromString(QStringView text);

// One counter action as the counter's outbox keeps it and a sync batch carries it (docs/sync-protocol.md).
struct OutboxRow {
    qint64 sequence = 0; // per device, 1 for its first row
    OutboxRowType type = OutboxRowType::Earn;
    Paise bill{0};
    Coins coins{0};           // redeemed
    QString voidsClientTxnId; // a void: the client id of the sale it reverses
    QString deviceId;
    QString clientTxnId;
    QString customerId;
    qint64 localTimeMs = 0;  // the counter's clock
    QString spendToken;      // a spend: the token scanned
    QByteArray previousHash; // SHA-256 of the previous row's canonical bytes; zeros for sequence 1

    friend bool operator==(const OutboxRow&, const OutboxRow&) = default;
};

struct SyncBatch {
    static constexpr int kVersion = 1;
    static constexpr qsizetype kMaxRows = 500;

    QString deviceId;
    QList<OutboxRow> rows;
};

} // namespace baartal::core
