#include "core/sync/sync_batch_codec.h"

#include <QCryptographicHash>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <limits>

using baartal::core::Coins;
using baartal::core::OutboxRow;
using baartal::core::OutboxRowType;
using baartal::core::Paise;
using baartal::core::SyncBatch;
using baartal::core::SyncBatchCodec;

Q_DECLARE_METATYPE(SyncBatch)

namespace {

const QString kDevice = QStringLiteral("00112233-4455-6677-8899-aabbccddeeff");
const QString kOtherDevice = QStringLiteral("10112233-4455-6677-8899-aabbccddeeff");
const QString kTxn = QStringLiteral("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
const QString kCustomer = QStringLiteral("a0b1c2d3-e4f5-4a6b-8c7d-8e9fa0b1c2d3");
constexpr qint64 kLocalTime = 1767225600000; // 2026-01-01T00:00:00Z

// The CBOR pieces written by hand from RFC 8949, independent of the codec under test.
enum Major : quint8 { Unsigned = 0, Negative = 1, Bytes = 2, Text = 3, Array = 4, Map = 5 };

// A head with its argument in `width` bytes (0: the shortest form).
QByteArray head(Major major, quint64 value, int width = 0)
{
    if (width == 0) {
        width = value < 24 ? -1 : value <= 0xff ? 1 : value <= 0xffff ? 2 : value <= 0xffffffff ? 4 : 8;
    }
    QByteArray out;
    const auto initial = quint8(major << 5);
    if (width < 0) {
        out.append(char(initial | value));
        return out;
    }
    out.append(char(initial | (width == 1 ? 24 : width == 2 ? 25 : width == 4 ? 26 : 27)));
    for (int shift = (width - 1) * 8; shift >= 0; shift -= 8) {
        out.append(char((value >> shift) & 0xff));
    }
    return out;
}

QByteArray text(const QByteArray& utf8)
{
    return head(Text, quint64(utf8.size())) + utf8;
}

QByteArray bytes(const QByteArray& raw)
{
    return head(Bytes, quint64(raw.size())) + raw;
}

QByteArray uuid(const QString& id)
{
    return QUuid::fromString(id).toRfc4122();
}

// A map's entries as (key, encoded value), in the order written.
using Fields = QList<std::pair<QByteArray, QByteArray>>;

QByteArray mapOf(const Fields& fields)
{
    QByteArray out = head(Map, quint64(fields.size()));
    for (const auto& [key, value] : fields) {
        out += text(key) + value;
    }
    return out;
}

void replace(Fields& fields, const QByteArray& key, const QByteArray& value)
{
    for (auto& field : fields) {
        if (field.first == key) {
            field.second = value;
        }
    }
}

void remove(Fields& fields, const QByteArray& key)
{
    fields.removeIf([&](const auto& field) { return field.first == key; });
}

OutboxRow earnRow(qint64 sequence = 1, const QString& device = kDevice)
{
    OutboxRow row;
    row.sequence = sequence;
    row.type = OutboxRowType::Earn;
    row.bill = Paise(2500'00);
    row.deviceId = device;
    row.clientTxnId = kTxn;
    row.customerId = kCustomer;
    row.localTimeMs = kLocalTime;
    row.previousHash = SyncBatchCodec::genesisHash();
    return row;
}

// The row's fields exactly as docs/sync-protocol.md lays them out.
Fields rowFields(const OutboxRow& row)
{
    return {{"seq", head(Unsigned, quint64(row.sequence))},
            {"bill", head(Unsigned, quint64(row.bill.value()))},
            {"prev", bytes(row.previousHash)},
            {"type", text(baartal::core::toText(row.type).toUtf8())},
            {"coins", head(Unsigned, quint64(row.coins.value()))},
            {"voids", bytes(row.voidsClientTxnId.isEmpty() ? QByteArray() : uuid(row.voidsClientTxnId))},
            {"device", bytes(uuid(row.deviceId))},
            {"txn_id", bytes(uuid(row.clientTxnId))},
            {"customer", bytes(uuid(row.customerId))},
            {"local_time", row.localTimeMs >= 0 ? head(Unsigned, quint64(row.localTimeMs))
                                                : head(Negative, quint64(-1 - row.localTimeMs))},
            {"spend_token", text(row.spendToken.toUtf8())}};
}

Fields batchFields(const QList<QByteArray>& rows, const QString& device = kDevice)
{
    QByteArray array = head(Array, quint64(rows.size()));
    for (const QByteArray& row : rows) {
        array += row;
    }
    return {{"rows", array}, {"device", bytes(uuid(device))}, {"version", head(Unsigned, 1)}};
}

// A batch of one earn row whose fields `edit` changes.
QByteArray batchWithRow(const std::function<void(Fields&)>& edit)
{
    Fields row = rowFields(earnRow());
    edit(row);
    return mapOf(batchFields({mapOf(row)}));
}

// A batch of one valid row whose batch-level fields `edit` changes.
QByteArray batchWith(const std::function<void(Fields&)>& edit)
{
    Fields batch = batchFields({mapOf(rowFields(earnRow()))});
    edit(batch);
    return mapOf(batch);
}

QByteArray rowsBatch(int count)
{
    QList<QByteArray> rows;
    for (int i = 1; i <= count; ++i) {
        rows.append(mapOf(rowFields(earnRow(i))));
    }
    return mapOf(batchFields(rows));
}

} // namespace

class TestSyncBatchCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<SyncBatch>("batch");
        const auto one = [](const OutboxRow& row) {
            return SyncBatch{row.deviceId, {row}};
        };
        QTest::newRow("earn") << one(earnRow());
        OutboxRow spend = earnRow(7);
        spend.type = OutboxRowType::Spend;
        spend.coins = Coins(120);
        spend.spendToken = QStringLiteral("bsp1.eyJhIjoxfQ.c2ln");
        spend.previousHash = QByteArray(32, '\x5a');
        QTest::newRow("spend") << one(spend);
        OutboxRow voided = earnRow(8);
        voided.type = OutboxRowType::Void;
        voided.bill = Paise(0);
        voided.voidsClientTxnId = QStringLiteral("11111111-2222-4333-8444-555555555555");
        QTest::newRow("void") << one(voided);
        // Integers at the edges of each CBOR width.
        OutboxRow wide = earnRow(std::numeric_limits<qint64>::max());
        wide.bill = Paise(0x1'0000'0000);
        wide.localTimeMs = -1;
        QTest::newRow("widest integers") << one(wide);
        OutboxRow narrow = earnRow(23);
        narrow.bill = Paise(24);
        narrow.localTimeMs = 0x10000;
        QTest::newRow("narrowest integers") << one(narrow);
        SyncBatch full{kDevice, {}};
        QByteArray previous = SyncBatchCodec::genesisHash();
        for (int i = 1; i <= SyncBatch::kMaxRows; ++i) {
            OutboxRow row = earnRow(i);
            row.clientTxnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            row.previousHash = previous;
            previous = SyncBatchCodec::hashOf(row).value();
            full.rows.append(row);
        }
        QTest::newRow("500 chained rows") << full;
    }

    void roundTrip()
    {
        QFETCH(SyncBatch, batch);
        auto encoded = SyncBatchCodec::encode(batch);
        QVERIFY(encoded);
        // The encoder writes what the protocol document lays out, byte for byte.
        QList<QByteArray> rows;
        for (const OutboxRow& row : batch.rows) {
            rows.append(mapOf(rowFields(row)));
            QCOMPARE(SyncBatchCodec::encodeRow(row).value(), rows.constLast());
        }
        QCOMPARE(*encoded, mapOf(batchFields(rows, batch.deviceId)));
        auto decoded = SyncBatchCodec::decode(*encoded);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(decoded->deviceId, batch.deviceId);
        QCOMPARE(decoded->rows, batch.rows);
        QVERIFY(SyncBatchCodec::checkChain(decoded->rows));
    }

    // A fixed row's bytes and hash, worked out by hand from the layout in docs/sync-protocol.md: a counter
    // and the server built from other sources must agree on both.
    void knownAnswerHash()
    {
        const QByteArray expected =
            QByteArray::fromHex("ab" // map of 11
                                "63736571"
                                "01" // "seq" 1
                                "6462696c6c"
                                "1a0003d090" // "bill" 250000
                                "6470726576"
                                "5820"
                                "0000000000000000000000000000000000000000000000000000000000000000"
                                "6474797065"
                                "646561726e" // "type" "earn"
                                "65636f696e73"
                                "00" // "coins" 0
                                "65766f696473"
                                "40" // "voids" h''
                                "66646576696365"
                                "50"
                                "00112233445566778899aabbccddeeff" // "device"
                                "6674786e5f6964"
                                "50"
                                "6f1c2a3b4d5e4f608a7b9c0d1e2f3a4b" // "txn_id"
                                "68637573746f6d6572"
                                "50"
                                "a0b1c2d3e4f54a6b8c7d8e9fa0b1c2d3" // "customer"
                                "6a6c6f63616c5f74696d65"
                                "1b0000019b76daa800" // "local_time"
                                "6b7370656e645f746f6b656e"
                                "60"); // "spend_token" ""
        QCOMPARE(expected.size(), 186);
        QCOMPARE(SyncBatchCodec::encodeRow(earnRow()).value().toHex(), expected.toHex());
        QCOMPARE(SyncBatchCodec::hashOf(earnRow()).value().toHex(),
                 QByteArray("cad55580dabf6bb60a97b2876167d14761f6adc730f2884890bea0dd551ac222"));
        QCOMPARE(SyncBatchCodec::hashOf(earnRow()).value(),
                 QCryptographicHash::hash(expected, QCryptographicHash::Sha256));
    }

    void refusesNonCanonicalBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray canonical = mapOf(batchFields({mapOf(rowFields(earnRow()))}));
        QVERIFY(SyncBatchCodec::decode(canonical)); // the base every case below departs from

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a map") << head(Array, 0);
        QTest::newRow("truncated") << canonical.chopped(1);
        QTest::newRow("trailing byte") << canonical + char(0);
        QTest::newRow("a second batch after it") << canonical + canonical;

        QTest::newRow("row keys out of order") << batchWithRow([](Fields& f) { f.swapItemsAt(0, 1); });
        QTest::newRow("row keys in plain bytewise order") << batchWithRow([](Fields& f) {
            std::sort(f.begin(), f.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        });
        QTest::newRow("batch keys out of order") << batchWith([](Fields& f) { f.swapItemsAt(0, 1); });

        QTest::newRow("seq in a 1-byte form")
            << batchWithRow([](Fields& f) { replace(f, "seq", head(Unsigned, 1, 1)); });
        QTest::newRow("bill in an 8-byte form")
            << batchWithRow([](Fields& f) { replace(f, "bill", head(Unsigned, 250000, 8)); });
        QTest::newRow("coins in a 2-byte form")
            << batchWithRow([](Fields& f) { replace(f, "coins", head(Unsigned, 0, 2)); });
        QTest::newRow("local_time in an 8-byte form below 2^32")
            << batchWithRow([](Fields& f) { replace(f, "local_time", head(Unsigned, 1000, 8)); });
        QTest::newRow("version in a 1-byte form")
            << batchWith([](Fields& f) { replace(f, "version", head(Unsigned, 1, 1)); });
        QTest::newRow("map length in a 1-byte form") << [] {
            Fields row = rowFields(earnRow());
            QByteArray map = head(Map, quint64(row.size()), 1);
            for (const auto& [key, value] : row) {
                map += text(key) + value;
            }
            return mapOf(batchFields({map}));
        }();
        QTest::newRow("byte string length in a 1-byte form")
            << batchWithRow([](Fields& f) { replace(f, "device", head(Bytes, 16, 1) + uuid(kDevice)); });

        QTest::newRow("indefinite-length row map") << [] {
            QByteArray map("\xbf");
            for (const auto& [key, value] : rowFields(earnRow())) {
                map += text(key) + value;
            }
            return mapOf(batchFields({map + '\xff'}));
        }();
        QTest::newRow("indefinite-length batch map") << [] {
            QByteArray map("\xbf");
            for (const auto& [key, value] : batchFields({mapOf(rowFields(earnRow()))})) {
                map += text(key) + value;
            }
            return map + '\xff';
        }();
        QTest::newRow("indefinite-length rows array") << batchWith(
            [](Fields& f) { replace(f, "rows", QByteArray("\x9f") + mapOf(rowFields(earnRow())) + '\xff'); });
        QTest::newRow("indefinite-length text") << batchWithRow(
            [](Fields& f) { replace(f, "type", QByteArray("\x7f") + text("ea") + text("rn") + '\xff'); });
        QTest::newRow("indefinite-length byte string") << batchWithRow([](Fields& f) {
            const QByteArray id = uuid(kTxn);
            replace(f, "txn_id", QByteArray("\x5f") + bytes(id.left(8)) + bytes(id.mid(8)) + '\xff');
        });

        QTest::newRow("extra row key") << batchWithRow([](Fields& f) { f.append({"z", head(Unsigned, 0)}); });
        QTest::newRow("extra batch key") << batchWith([](Fields& f) {
            f.append({"signed", head(Unsigned, 0)});
        });
        QTest::newRow("duplicate row key") << batchWithRow([](Fields& f) {
            f.prepend({"seq", head(Unsigned, 1)});
        });
        for (const QByteArray key : {"seq", "bill", "prev", "type", "coins", "voids", "device", "txn_id",
                                     "customer", "local_time", "spend_token"}) {
            QTest::newRow(qPrintable(QStringLiteral("row without %1").arg(QLatin1String(key))))
                << batchWithRow([key](Fields& f) { remove(f, key); });
        }
        for (const QByteArray key : {"rows", "device", "version"}) {
            QTest::newRow(qPrintable(QStringLiteral("batch without %1").arg(QLatin1String(key))))
                << batchWith([key](Fields& f) { remove(f, key); });
        }

        QTest::newRow("prev of 31 bytes")
            << batchWithRow([](Fields& f) { replace(f, "prev", bytes(QByteArray(31, 0))); });
        QTest::newRow("prev of 33 bytes")
            << batchWithRow([](Fields& f) { replace(f, "prev", bytes(QByteArray(33, 0))); });
        QTest::newRow("row device of 15 bytes")
            << batchWithRow([](Fields& f) { replace(f, "device", bytes(uuid(kDevice).left(15))); });
        QTest::newRow("txn_id of 17 bytes")
            << batchWithRow([](Fields& f) { replace(f, "txn_id", bytes(uuid(kTxn) + char(1))); });
        QTest::newRow("customer of 0 bytes")
            << batchWithRow([](Fields& f) { replace(f, "customer", bytes({})); });
        QTest::newRow("voids of 8 bytes") << batchWithRow([](Fields& f) {
            replace(f, "type", text("void"));
            replace(f, "bill", head(Unsigned, 0));
            replace(f, "voids", bytes(uuid(kTxn).left(8)));
        });
        QTest::newRow("batch device of 15 bytes")
            << batchWith([](Fields& f) { replace(f, "device", bytes(uuid(kDevice).left(15))); });
        QTest::newRow("nil UUID as device")
            << batchWith([](Fields& f) { replace(f, "device", bytes(QByteArray(16, 0))); });

        QTest::newRow("device as text")
            << batchWithRow([](Fields& f) { replace(f, "device", text(kDevice.toLatin1())); });
        QTest::newRow("prev as text")
            << batchWithRow([](Fields& f) { replace(f, "prev", text(QByteArray(32, '0'))); });
        QTest::newRow("batch device as text")
            << batchWith([](Fields& f) { replace(f, "device", text(kDevice.toLatin1())); });
        QTest::newRow("type as bytes") << batchWithRow([](Fields& f) { replace(f, "type", bytes("earn")); });
        QTest::newRow("unknown type") << batchWithRow([](Fields& f) { replace(f, "type", text("gift")); });
        QTest::newRow("bill as text") << batchWithRow([](Fields& f) { replace(f, "bill", text("250000")); });
        QTest::newRow("bill as a float")
            << batchWithRow([](Fields& f) { replace(f, "bill", QByteArray::fromHex("fb4100000000000000")); });
        QTest::newRow("bill beyond int64")
            << batchWithRow([](Fields& f) { replace(f, "bill", head(Unsigned, ~quint64(0))); });
        QTest::newRow("version 2") << batchWith([](Fields& f) { replace(f, "version", head(Unsigned, 2)); });

        QTest::newRow("negative bill")
            << batchWithRow([](Fields& f) { replace(f, "bill", head(Negative, 0)); });
        QTest::newRow("negative coins")
            << batchWithRow([](Fields& f) { replace(f, "coins", head(Negative, 99)); });
        QTest::newRow("sequence 0") << batchWithRow([](Fields& f) { replace(f, "seq", head(Unsigned, 0)); });
        QTest::newRow("negative sequence")
            << batchWithRow([](Fields& f) { replace(f, "seq", head(Negative, 0)); });
        QTest::newRow("an earn that redeems")
            << batchWithRow([](Fields& f) { replace(f, "coins", head(Unsigned, 5)); });

        QTest::newRow("zero rows") << mapOf(batchFields({}));
        QTest::newRow("501 rows") << rowsBatch(SyncBatch::kMaxRows + 1);
        QTest::newRow("a row of another device")
            << mapOf(batchFields({mapOf(rowFields(earnRow(1))), mapOf(rowFields(earnRow(2, kOtherDevice)))}));
        QTest::newRow("every row of another device")
            << mapOf(batchFields({mapOf(rowFields(earnRow(1, kOtherDevice)))}));
    }

    void refusesNonCanonicalBytes()
    {
        QFETCH(QByteArray, bytes);
        auto decoded = SyncBatchCodec::decode(bytes);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, QStringLiteral("batch_malformed"));
    }

    void refusesToEncodeWhatItWouldRefuse()
    {
        QVERIFY(SyncBatchCodec::decode(rowsBatch(SyncBatch::kMaxRows)));
        QCOMPARE(SyncBatchCodec::encode(SyncBatch{kDevice, {}}).error().code,
                 QStringLiteral("invalid_outbox_row"));
        OutboxRow negative = earnRow();
        negative.bill = Paise(-1);
        QCOMPARE(SyncBatchCodec::encodeRow(negative).error().code, QStringLiteral("invalid_outbox_row"));
        QCOMPARE(SyncBatchCodec::encode(SyncBatch{kDevice, {earnRow(1, kOtherDevice)}}).error().code,
                 QStringLiteral("invalid_outbox_row"));
    }
};

QTEST_GUILESS_MAIN(TestSyncBatchCodec)
#include "tst_sync_batch_codec.moc"
