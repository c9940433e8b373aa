#pragma once

#include "core/sync/outbox_row.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace baartal::sync {

// Where an outbox row stands: queued until the server's answer for it is recorded.
enum class OutboxStatus { Queued, Accepted, Duplicate, Rejected };

QString toText(OutboxStatus status);
std::optional<OutboxStatus> outboxStatusFromString(QStringView text);

// An outbox row with the server's answer, once one came.
struct OutboxEntry {
    core::OutboxRow row;
    OutboxStatus status = OutboxStatus::Queued;
    QString serverTxnId;
    QString reason; // the server's error code for a rejected row
    QDateTime answeredAt;
};

} // namespace baartal::sync
