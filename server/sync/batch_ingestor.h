#pragma once

#include "core/devices/device.h"
#include "core/ledger/ledger_transaction.h"
#include "core/result/result.h"
#include "core/sync/outbox_row.h"

#include <QByteArray>
#include <QJsonObject>

namespace baartal::server {

struct ServerContext;

// Checks a counter's signed sync batch and applies its rows exactly once, in one database transaction
// (docs/sync-protocol.md). A refusal changes nothing; a business refusal of one row is that row's answer.
class BatchIngestor {
public:
    explicit BatchIngestor(ServerContext& context)
        : m_context(context)
    {
    }

    // {device_id, last_sequence, replayed, results}, for the batch's canonical bytes and signature as
    // uploaded by the user of the shop merchantId; the refusal codes are those of the protocol document.
    core::Result<QJsonObject> ingest(const QString& merchantId, const QString& userId,
                                     const QByteArray& bytes, const QByteArray& signature);

private:
    // The row's answer; an error only for a failure that must undo the whole batch (storage).
    core::Result<QJsonObject> apply(const core::Device& device, const QString& userId,
                                    const core::OutboxRow& row);
    core::Result<QJsonObject> applySale(const core::Device& device, const QString& userId,
                                        const core::OutboxRow& row);
    core::Result<QJsonObject> applyVoid(const core::Device& device, const QString& userId,
                                        const core::OutboxRow& row);
    // Accepted or duplicate: the transaction, its coins and the customer's balance right after it.
    core::Result<QJsonObject> recorded(const core::OutboxRow& row, const core::LedgerTransaction& txn,
                                       bool duplicate);
    // A business refusal becomes the row's answer, audited in the batch's transaction; a failure of the
    // storage undoes the batch.
    core::Result<QJsonObject> rejectedOr(const core::Device& device, const QString& userId,
                                         const core::OutboxRow& row, const core::Error& error);

    ServerContext& m_context;
};

} // namespace baartal::server
