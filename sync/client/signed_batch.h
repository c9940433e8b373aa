#pragma once

#include "core/sync/outbox_row.h"
#include "sync/client/outbox_repository.h"

#include <QByteArray>
#include <QList>

namespace baartal::sync {

// A run of outbox rows as the uploader sends it: the batch's canonical bytes and the device's signature.
struct SignedBatch {
    SequenceRange range;
    QList<core::OutboxRow> rows;
    QByteArray bytes;
    QByteArray signature;
};

} // namespace baartal::sync
