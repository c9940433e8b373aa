#pragma once

#include "core/result/result.h"
#include "core/sync/outbox_row.h"

#include <QByteArray>

namespace baartal::core {

// The canonical CBOR bytes of outbox rows and sync batches, the per-device hash chain over them, and the
// strict decoder the server checks uploads with (docs/sync-protocol.md). Shared by the counter and the
// server so both compute the same bytes and hashes.
class SyncBatchCodec {
public:
    static constexpr qsizetype kHashBytes = 32;

    SyncBatchCodec() = delete;

    // "invalid_outbox_row" (Invalid) for a row no server would accept: an id that is not a UUID, a
    // sequence below 1, negative amounts, a hash that is not 32 bytes, fields that do not fit its type.
    static Result<QByteArray> encodeRow(const OutboxRow& row);
    // "invalid_outbox_row" as above, or for no rows, more than SyncBatch::kMaxRows or a row of another
    // device.
    static Result<QByteArray> encode(const SyncBatch& batch);
    // The batch of bytes in exactly the form encode() writes; "batch_malformed" (Invalid) otherwise.
    static Result<SyncBatch> decode(const QByteArray& bytes);

    // SHA-256 over the row's canonical bytes: the next row's previousHash. The row must be valid.
    static Result<QByteArray> hashOf(const OutboxRow& row);
    // The previousHash of a device's first row.
    static QByteArray genesisHash();

    // That the rows rise by one ("batch_rows_not_consecutive") and each links to the hash of the one
    // before it ("batch_chain_broken", Conflict). Says nothing about the first row's own link.
    static Status checkChain(const QList<OutboxRow>& rows);
};

} // namespace baartal::core
