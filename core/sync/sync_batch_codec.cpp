#include "core/sync/sync_batch_codec.h"

#include "core/crypto/hashing.h"
#include "core/ids/ids.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

namespace baartal::core {

namespace {

// Keys in the deterministic order of RFC 8949 §4.2.1 (shorter encoded key first, then bytewise); the
// encoder inserts them in this order and QCborMap keeps it.
const QString kSequence = QStringLiteral("seq");
const QString kBill = QStringLiteral("bill");
const QString kPrevious = QStringLiteral("prev");
const QString kType = QStringLiteral("type");
const QString kCoins = QStringLiteral("coins");
const QString kVoids = QStringLiteral("voids");
const QString kDevice = QStringLiteral("device");
const QString kClientTxnId = QStringLiteral("txn_id");
const QString kCustomer = QStringLiteral("customer");
const QString kLocalTime = QStringLiteral("local_time");
const QString kSpendToken = QStringLiteral("spend_token");
const QString kRows = QStringLiteral("rows");
const QString kVersion = QStringLiteral("version");

Error invalidRow(const QString& why)
{
    return Error::invalid(QStringLiteral("invalid_outbox_row"),
                          QStringLiteral("Cannot encode a sync row: ") + why);
}

Error malformed(const QString& why)
{
    return Error::invalid(QStringLiteral("batch_malformed"),
                          QStringLiteral("The sync batch is malformed: ") + why);
}

// What each type of row carries: an earn neither redeems nor voids, a spend redeems its token's coins, a
// void names only the sale it reverses.
bool fitsItsType(const OutboxRow& row)
{
    switch (row.type) {
    case OutboxRowType::Earn:
        return row.coins.value() == 0 && row.spendToken.isEmpty() && row.voidsClientTxnId.isEmpty();
    case OutboxRowType::Spend:
        return row.coins.value() > 0 && !row.spendToken.isEmpty() && row.voidsClientTxnId.isEmpty();
    case OutboxRowType::Void:
        return row.bill.value() == 0 && row.coins.value() == 0 && row.spendToken.isEmpty() &&
               Ids::isValid(row.voidsClientTxnId);
    }
    return false;
}

Result<QCborMap> rowMap(const OutboxRow& row)
{
    const auto device = Ids::toBytes(row.deviceId);
    const auto clientTxnId = Ids::toBytes(row.clientTxnId);
    const auto customer = Ids::toBytes(row.customerId);
    if (!device || !clientTxnId || !customer) {
        return invalidRow(QStringLiteral("its device, transaction and customer ids must be UUIDs"));
    }
    QByteArray voids;
    if (!row.voidsClientTxnId.isEmpty()) {
        const auto bytes = Ids::toBytes(row.voidsClientTxnId);
        if (!bytes) {
            return invalidRow(QStringLiteral("the transaction it voids is not a UUID"));
        }
        voids = *bytes;
    }
    if (row.sequence < 1 || row.bill.value() < 0 || row.coins.value() < 0 ||
        row.previousHash.size() != SyncBatchCodec::kHashBytes || !fitsItsType(row)) {
        return invalidRow(
            QStringLiteral("a field is out of range or does not fit a %1 row").arg(toText(row.type)));
    }
    QCborMap map;
    map.insert(kSequence, row.sequence);
    map.insert(kBill, row.bill.value());
    map.insert(kPrevious, row.previousHash);
    map.insert(kType, toText(row.type));
    map.insert(kCoins, row.coins.value());
    map.insert(kVoids, voids);
    map.insert(kDevice, *device);
    map.insert(kClientTxnId, *clientTxnId);
    map.insert(kCustomer, *customer);
    map.insert(kLocalTime, row.localTimeMs);
    map.insert(kSpendToken, row.spendToken);
    return map;
}

// The row's values as read, type-checked only: decode() then re-encodes them and compares the bytes.
std::optional<OutboxRow> rowFrom(const QCborValue& value)
{
    if (!value.isMap()) {
        return std::nullopt;
    }
    const QCborMap map = value.toMap();
    const QCborValue sequence = map.value(kSequence);
    const QCborValue bill = map.value(kBill);
    const QCborValue previous = map.value(kPrevious);
    const QCborValue type = map.value(kType);
    const QCborValue coins = map.value(kCoins);
    const QCborValue voids = map.value(kVoids);
    const QCborValue localTime = map.value(kLocalTime);
    const QCborValue spendToken = map.value(kSpendToken);
    if (!sequence.isInteger() || !bill.isInteger() || !previous.isByteArray() || !type.isString() ||
        !coins.isInteger() || !voids.isByteArray() || !localTime.isInteger() || !spendToken.isString()) {
        return std::nullopt;
    }
    const auto rowType = outboxRowTypeFromString(type.toString());
    const auto device = Ids::fromBytes(map.value(kDevice).toByteArray());
    const auto clientTxnId = Ids::fromBytes(map.value(kClientTxnId).toByteArray());
    const auto customer = Ids::fromBytes(map.value(kCustomer).toByteArray());
    if (!rowType || !device || !clientTxnId || !customer) {
        return std::nullopt;
    }
    OutboxRow row;
    if (!voids.toByteArray().isEmpty()) {
        const auto voided = Ids::fromBytes(voids.toByteArray());
        if (!voided) {
            return std::nullopt;
        }
        row.voidsClientTxnId = *voided;
    }
    row.sequence = sequence.toInteger();
    row.type = *rowType;
    row.bill = Paise(bill.toInteger());
    row.coins = Coins(coins.toInteger());
    row.deviceId = *device;
    row.clientTxnId = *clientTxnId;
    row.customerId = *customer;
    row.localTimeMs = localTime.toInteger();
    row.spendToken = spendToken.toString();
    row.previousHash = previous.toByteArray();
    return row;
}

} // namespace

Result<QByteArray> SyncBatchCodec::encodeRow(const OutboxRow& row)
{
    auto map = rowMap(row);
    if (!map) {
        return map.error();
    }
    return map->toCborValue().toCbor();
}

Result<QByteArray> SyncBatchCodec::encode(const SyncBatch& batch)
{
    const auto device = Ids::toBytes(batch.deviceId);
    if (!device) {
        return invalidRow(QStringLiteral("the batch's device id is not a UUID"));
    }
    if (batch.rows.isEmpty() || batch.rows.size() > SyncBatch::kMaxRows) {
        return invalidRow(QStringLiteral("a batch holds 1 to %1 rows").arg(SyncBatch::kMaxRows));
    }
    QCborArray rows;
    for (const OutboxRow& row : batch.rows) {
        if (row.deviceId != batch.deviceId) {
            return invalidRow(QStringLiteral("a batch holds the rows of one device"));
        }
        auto map = rowMap(row);
        if (!map) {
            return map.error();
        }
        rows.append(*map);
    }
    QCborMap map;
    map.insert(kRows, rows);
    map.insert(kDevice, *device);
    map.insert(kVersion, SyncBatch::kVersion);
    return map.toCborValue().toCbor();
}

Result<SyncBatch> SyncBatchCodec::decode(const QByteArray& bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap()) {
        return malformed(QStringLiteral("not a CBOR map"));
    }
    const QCborMap map = value.toMap();
    const auto device = Ids::fromBytes(map.value(kDevice).toByteArray());
    if (!device || !map.value(kRows).isArray() || map.value(kVersion).toInteger(-1) != SyncBatch::kVersion) {
        return malformed(
            QStringLiteral("it needs a device id, rows and version %1").arg(SyncBatch::kVersion));
    }
    SyncBatch batch;
    batch.deviceId = *device;
    for (const QCborValue& item : map.value(kRows).toArray()) {
        auto row = rowFrom(item);
        if (!row) {
            return malformed(QStringLiteral("a row lacks a field or has one of the wrong type"));
        }
        batch.rows.append(*row);
    }
    // Only the exact bytes encode() writes: no other key order, integer width, extra key, duplicate or
    // trailing bytes, so that one batch has one byte form and one hash.
    auto canonical = encode(batch);
    if (!canonical) {
        return malformed(canonical.error().message);
    }
    if (*canonical != bytes) {
        return malformed(QStringLiteral("not in canonical form"));
    }
    return batch;
}

Result<QByteArray> SyncBatchCodec::hashOf(const OutboxRow& row)
{
    auto bytes = encodeRow(row);
    if (!bytes) {
        return bytes.error();
    }
    return Hashing::sha256(*bytes);
}

QByteArray SyncBatchCodec::genesisHash()
{
    return QByteArray(kHashBytes, '\0');
}

Status SyncBatchCodec::checkChain(const QList<OutboxRow>& rows)
{
    for (qsizetype i = 1; i < rows.size(); ++i) {
        // Rows are valid, so sequence >= 1: subtracting cannot overflow where adding could.
        if (rows[i].sequence - 1 != rows[i - 1].sequence) {
            return Error::invalid(QStringLiteral("batch_rows_not_consecutive"),
                                  QStringLiteral("Row %1 follows row %2: a batch's rows rise by one")
                                      .arg(rows[i].sequence)
                                      .arg(rows[i - 1].sequence));
        }
        auto previous = hashOf(rows[i - 1]);
        if (!previous) {
            return previous.error();
        }
        if (rows[i].previousHash != *previous) {
            return Error::conflict(
                QStringLiteral("batch_chain_broken"),
                QStringLiteral("Row %1 does not link to the row before it").arg(rows[i].sequence));
        }
    }
    return {};
}

} // namespace baartal::core
