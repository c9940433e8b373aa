#include "server/sync/batch_ingestor.h"

#include "core/audit/audit_log_repository.h"
#include "core/crypto/ed25519_public_key.h"
#include "core/crypto/hashing.h"
#include "core/devices/device_repository.h"
#include "core/ledger/ledger_repository.h"
#include "core/ledger/ledger_service.h"
#include "core/storage/transaction_guard.h"
#include "core/sync/sync_batch_codec.h"
#include "core/time/clock.h"
#include "core/tokens/token_verifier.h"
#include "server/server_context.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace baartal::server {

namespace {

core::Error deviceNotFound()
{
    // Another shop's device is answered as unknown, so device ids cannot be probed.
    return core::Error::notFound(QStringLiteral("device_not_found"),
                                 QStringLiteral("No such device at this shop."));
}

QJsonObject answerOf(const core::OutboxRow& row, const QString& status)
{
    return {{QStringLiteral("sequence"), row.sequence},
            {QStringLiteral("client_txn_id"), row.clientTxnId},
            {QStringLiteral("status"), status}};
}

QJsonObject reply(const QString& deviceId, qint64 lastSequence, bool replayed, const QJsonArray& results)
{
    return {{QStringLiteral("device_id"), deviceId},
            {QStringLiteral("last_sequence"), lastSequence},
            {QStringLiteral("replayed"), replayed},
            {QStringLiteral("results"), results}};
}

} // namespace

core::Result<QJsonObject> BatchIngestor::ingest(const QString& merchantId, const QString& userId,
                                                const QByteArray& bytes, const QByteArray& signature)
{
    auto batch = core::SyncBatchCodec::decode(bytes);
    if (!batch) {
        return batch.error();
    }
    auto transaction = core::TransactionGuard::begin(m_context.database);
    if (!transaction) {
        return transaction.error();
    }
    core::DeviceRepository devices(m_context.database);
    auto found = devices.lockById(batch->deviceId);
    if (!found) {
        return found.error();
    }
    if (!*found || (*found)->merchantId != merchantId) {
        return deviceNotFound();
    }
    const core::Device& device = **found;
    auto key = core::Ed25519PublicKey::fromBytes(device.publicKey);
    if (!key || !key->verify(bytes, signature)) {
        return core::Error::invalid(QStringLiteral("batch_signature_invalid"),
                                    QStringLiteral("The batch is not signed by this device's key."));
    }
    if (device.revoked()) {
        return core::Error::forbidden(QStringLiteral("device_revoked"),
                                      QStringLiteral("This device was revoked; enrol it again."));
    }
    if (core::Status chained = core::SyncBatchCodec::checkChain(batch->rows); !chained) {
        return chained.error();
    }
    const core::OutboxRow& first = batch->rows.constFirst();
    const QByteArray batchHash = core::Hashing::sha256(bytes);
    if (first.sequence <= device.lastSequence) {
        auto stored = devices.findBatch(device.id, batchHash);
        if (!stored) {
            return stored.error();
        }
        if (!*stored) {
            return core::Error::conflict(
                QStringLiteral("sequence_replayed"),
                QStringLiteral("Rows from %1 were synced already, with other content.").arg(first.sequence));
        }
        return reply(device.id, device.lastSequence, true,
                     QJsonDocument::fromJson((*stored)->answers).array());
    }
    if (first.sequence - 1 != device.lastSequence) {
        return core::Error::conflict(QStringLiteral("sequence_gap"),
                                     QStringLiteral("The server expects row %1 next, not %2.")
                                         .arg(device.lastSequence + 1)
                                         .arg(first.sequence));
    }
    if (first.previousHash != device.lastHash) {
        return core::Error::conflict(
            QStringLiteral("batch_chain_broken"),
            QStringLiteral("Row %1 does not link to the last row synced.").arg(first.sequence));
    }
    QJsonArray results;
    for (const core::OutboxRow& row : batch->rows) {
        auto answer = apply(device, userId, row);
        if (!answer) {
            return answer.error();
        }
        results.append(*answer);
    }
    auto lastHash = core::SyncBatchCodec::hashOf(batch->rows.constLast());
    if (!lastHash) {
        return lastHash.error();
    }
    const qint64 lastSequence = batch->rows.constLast().sequence;
    if (core::Status advanced = devices.advance(device.id, lastSequence, *lastHash); !advanced) {
        return advanced.error();
    }
    const core::StoredSyncBatch stored{device.id,
                                       first.sequence,
                                       lastSequence,
                                       batchHash,
                                       QJsonDocument(results).toJson(QJsonDocument::Compact),
                                       m_context.clock.now()};
    if (core::Status added = devices.addBatch(stored); !added) {
        return added.error();
    }
    if (core::Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return reply(device.id, lastSequence, false, results);
}

core::Result<QJsonObject> BatchIngestor::apply(const core::Device& device, const QString& userId,
                                               const core::OutboxRow& row)
{
    return row.type == core::OutboxRowType::Void ? applyVoid(device, userId, row)
                                                 : applySale(device, userId, row);
}

core::Result<QJsonObject> BatchIngestor::applySale(const core::Device& device, const QString& userId,
                                                   const core::OutboxRow& row)
{
    core::SaleRequest sale;
    sale.clientTxnId = row.clientTxnId;
    sale.customerId = row.customerId;
    sale.merchantId = device.merchantId;
    sale.bill = row.bill;
    sale.createdBy = userId;
    if (row.type == core::OutboxRowType::Spend) {
        // At the counter's time: a counter that took the token offline before it expired may upload it
        // later. The server's hold for the token still decides whether its coins can be redeemed.
        auto claims = m_context.tokenVerifier.verify(
            row.spendToken, core::TokenType::Spend, QDateTime::fromMSecsSinceEpoch(row.localTimeMs, Qt::UTC));
        if (!claims) {
            return rejectedOr(device, userId, row, claims.error());
        }
        if (claims->subject != row.customerId) {
            return rejectedOr(device, userId, row,
                              core::Error::forbidden(QStringLiteral("spend_token_wrong_customer"),
                                                     QStringLiteral("The token is another customer's.")));
        }
        if (row.coins > claims->coins) {
            return rejectedOr(
                device, userId, row,
                core::Error::invalid(QStringLiteral("spend_token_coins_mismatch"),
                                     QStringLiteral("A spend token redeems at most its coins.")));
        }
        sale.redeem = row.coins;
        sale.spendHoldId = claims->nonce;
    }
    auto result = m_context.ledger.recordSale(sale);
    if (!result) {
        return rejectedOr(device, userId, row, result.error());
    }
    return recorded(row, result->transaction, result->duplicate);
}

core::Result<QJsonObject> BatchIngestor::applyVoid(const core::Device& device, const QString& userId,
                                                   const core::OutboxRow& row)
{
    auto original = core::LedgerRepository(m_context.database).findByClientId(row.voidsClientTxnId);
    if (!original) {
        return original.error();
    }
    // Only this shop's sale of this customer; anything else is unknown to the caller.
    if (!*original || (*original)->merchantId != device.merchantId ||
        (*original)->customerId != row.customerId) {
        return rejectedOr(device, userId, row,
                          core::Error::notFound(QStringLiteral("transaction_not_found"),
                                                QStringLiteral("No such sale at this shop.")));
    }
    auto voided = m_context.ledger.voidTransaction(
        (*original)->id, QStringLiteral("Voided at the counter %1").arg(device.name), userId);
    if (!voided) {
        return rejectedOr(device, userId, row, voided.error());
    }
    return recorded(row, *voided, false);
}

core::Result<QJsonObject> BatchIngestor::recorded(const core::OutboxRow& row,
                                                  const core::LedgerTransaction& txn, bool duplicate)
{
    // The balance the online earn route puts on its receipt: spendable coins, held ones left out.
    auto balance = m_context.ledger.spendableBalance(txn.customerId);
    if (!balance) {
        return balance.error();
    }
    QJsonObject answer = answerOf(row, duplicate ? QStringLiteral("duplicate") : QStringLiteral("accepted"));
    answer.insert(QStringLiteral("txn_id"), txn.id);
    answer.insert(QStringLiteral("coins_earned"), txn.earned.toJson());
    answer.insert(QStringLiteral("coins_redeemed"), txn.spent.toJson());
    answer.insert(QStringLiteral("balance"), balance->toJson());
    return answer;
}

core::Result<QJsonObject> BatchIngestor::rejectedOr(const core::Device& device, const QString& userId,
                                                    const core::OutboxRow& row, const core::Error& error)
{
    if (error.kind == core::ErrorKind::Internal || error.kind == core::ErrorKind::Unavailable) {
        return error;
    }
    const QJsonObject detail{{QStringLiteral("sequence"), row.sequence},
                             {QStringLiteral("client_txn_id"), row.clientTxnId},
                             {QStringLiteral("type"), core::toText(row.type)},
                             {QStringLiteral("customer_id"), row.customerId},
                             {QStringLiteral("reason"), error.code}};
    const core::AuditEntry entry{userId, QStringLiteral("sync.row_rejected"), device.id, detail,
                                 m_context.clock.now()};
    if (core::Status audited = core::AuditLogRepository(m_context.database).add(entry); !audited) {
        return audited.error();
    }
    QJsonObject answer = answerOf(row, QStringLiteral("rejected"));
    answer.insert(QStringLiteral("reason"), error.code);
    return answer;
}

} // namespace baartal::server
