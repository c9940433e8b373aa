#include "core/audit/audit_log_repository.h"
#include "core/crypto/base64_url.h"
#include "core/crypto/ed25519_key_pair.h"
#include "core/ids/ids.h"
#include "core/sync/sync_batch_codec.h"
#include "tests/server/support/server_test_case.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using baartal::core::Coins;
using baartal::core::Dialect;
using baartal::core::Ed25519KeyPair;
using baartal::core::OutboxRow;
using baartal::core::OutboxRowType;
using baartal::core::Paise;
using baartal::core::SyncBatch;
using baartal::core::SyncBatchCodec;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;

namespace {

const QString kDevices = QStringLiteral("/api/v1/devices");
const QString kBatches = QStringLiteral("/api/v1/sync/batches");
const QString kOtherShop = QStringLiteral("bakery@example.in");

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(baartal::core::Base64Url::encode(bytes));
}

// A counter as the protocol sees it: its key, its device id and the head of its chain.
struct Counter {
    Ed25519KeyPair key = Ed25519KeyPair::generate();
    QString deviceId;
    qint64 sequence = 0;
    QByteArray lastHash = SyncBatchCodec::genesisHash();
    qint64 localTimeMs = 0; // the counter's clock, epoch ms

    OutboxRow next(OutboxRowType type, const QString& customerId, qint64 billPaise, qint64 coins = 0,
                   const QString& spendToken = {}, const QString& voids = {})
    {
        OutboxRow row;
        row.sequence = ++sequence;
        row.type = type;
        row.bill = Paise(billPaise);
        row.coins = Coins(coins);
        row.voidsClientTxnId = voids;
        row.deviceId = deviceId;
        row.clientTxnId = baartal::core::Ids::newId();
        row.customerId = customerId;
        row.localTimeMs = localTimeMs + sequence;
        row.spendToken = spendToken;
        row.previousHash = lastHash;
        lastHash = SyncBatchCodec::hashOf(row).value();
        return row;
    }

    QByteArray bytes(const QList<OutboxRow>& rows) const
    {
        return SyncBatchCodec::encode(SyncBatch{deviceId, rows}).value();
    }
};

} // namespace

// POST /api/v1/sync/batches and the device enrolment it rests on (docs/sync-protocol.md).
class TestSyncBatches : public ServerTestCase {
    Q_OBJECT

private:
    QString enrol(Counter& counter, const QString& token, const QString& name = QStringLiteral("Counter 1"))
    {
        const ApiReply reply =
            server().api().post(kDevices,
                                {{QStringLiteral("name"), name},
                                 {QStringLiteral("public_key"), b64(counter.key.publicKey().bytes())}},
                                token);
        counter.deviceId = reply.data().value(QStringLiteral("id")).toString();
        counter.localTimeMs = server().clock().now().toMSecsSinceEpoch();
        return counter.deviceId;
    }

    ApiReply upload(const QByteArray& bytes, const QByteArray& signature, const QString& token)
    {
        return server().api().post(
            kBatches, {{QStringLiteral("batch"), b64(bytes)}, {QStringLiteral("signature"), b64(signature)}},
            token);
    }

    ApiReply send(const Counter& counter, const QList<OutboxRow>& rows, const QString& token)
    {
        const QByteArray bytes = counter.bytes(rows);
        return upload(bytes, counter.key.sign(bytes), token);
    }

    static QStringList statuses(const ApiReply& reply)
    {
        QStringList list;
        for (const QJsonValue& result : reply.data().value(QStringLiteral("results")).toArray()) {
            const QJsonObject answer = result.toObject();
            const QString reason = answer.value(QStringLiteral("reason")).toString();
            list.append(answer.value(QStringLiteral("status")).toString() +
                        (reason.isEmpty() ? QString() : QLatin1Char(':') + reason));
        }
        return list;
    }

    static QJsonObject result(const ApiReply& reply, qsizetype index)
    {
        return reply.data().value(QStringLiteral("results")).toArray().at(index).toObject();
    }

    QList<baartal::core::AuditEntry> auditOf(const QString& deviceId)
    {
        return baartal::core::AuditLogRepository(server().database()).listBySubject(deviceId).value();
    }

    qint64 balance()
    {
        return server()
            .api()
            .get(QStringLiteral("/api/v1/wallet"), server().login(ServerFixture::kCustomerLogin))
            .data()
            .value(QStringLiteral("balance"))
            .toInteger(-1);
    }

    // What a refused batch must leave as it was.
    QList<qint64> counts()
    {
        return {rows(QStringLiteral("transactions")), rows(QStringLiteral("postings")),
                rows(QStringLiteral("sync_batches")), rows(QStringLiteral("spend_token_redemptions")),
                balance()};
    }

private Q_SLOTS:
    void enrolListAndRevoke_data() { addBackendRows(); }

    void enrolListAndRevoke()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithShop(dialect));
        Counter counter;
        QVERIFY(!enrol(counter, shop().merchantToken).isEmpty());
        // One key, one device.
        Counter copy;
        copy.key = counter.key;
        QCOMPARE(server()
                     .api()
                     .post(kDevices,
                           {{QStringLiteral("name"), QStringLiteral("Again")},
                            {QStringLiteral("public_key"), b64(counter.key.publicKey().bytes())}},
                           shop().merchantToken)
                     .errorCode(),
                 QStringLiteral("device_key_taken"));
        QCOMPARE(server()
                     .api()
                     .post(kDevices,
                           {{QStringLiteral("name"), QStringLiteral("Bad")},
                            {QStringLiteral("public_key"), QStringLiteral("AAAA")}},
                           shop().merchantToken)
                     .errorCode(),
                 QStringLiteral("invalid_public_key"));
        QCOMPARE(
            server()
                .api()
                .post(kDevices,
                      {{QStringLiteral("public_key"), b64(Ed25519KeyPair::generate().publicKey().bytes())}},
                      shop().merchantToken)
                .errorCode(),
            QStringLiteral("missing_field"));

        const ApiReply listed = server().api().get(kDevices, shop().merchantToken);
        QCOMPARE(listed.status, 200);
        const QJsonArray devices = listed.data().value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("id")).toString(), counter.deviceId);
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("last_sequence")).toInteger(), 0);

        // Another shop neither sees nor revokes it; an admin sees it by shop and can revoke it.
        QVERIFY(server().addMerchant(kOtherShop, true).ok());
        const QString other = server().login(kOtherShop);
        QCOMPARE(server().api().get(kDevices, other).data().value(QStringLiteral("devices")).toArray().size(),
                 0);
        const QString revokePath = kDevices + QLatin1Char('/') + counter.deviceId + QStringLiteral("/revoke");
        QCOMPARE(server().api().post(revokePath, {}, other).errorCode(), QStringLiteral("device_not_found"));
        QVERIFY(server().addAdmin(QStringLiteral("admin@example.in")).ok());
        const QString admin = server().login(QStringLiteral("admin@example.in"));
        QCOMPARE(server().api().get(kDevices, admin).errorCode(), QStringLiteral("missing_field"));
        QCOMPARE(server().api().get(kDevices + QStringLiteral("?merchant_id=nope"), admin).status, 400);
        QCOMPARE(server()
                     .api()
                     .get(kDevices + QStringLiteral("?merchant_id=") + shop().merchant.id, admin)
                     .data()
                     .value(QStringLiteral("devices"))
                     .toArray()
                     .size(),
                 1);
        const ApiReply revoked = server().api().post(revokePath, {}, admin);
        QCOMPARE(revoked.status, 200);
        QVERIFY(!revoked.data().value(QStringLiteral("revoked_at")).isNull());
        QCOMPARE(server().api().post(revokePath, {}, shop().merchantToken).status, 200);
        QCOMPARE(server().api().get(kDevices, server().login(ServerFixture::kCustomerLogin)).status, 403);
    }

    void acceptedOnceAndReplayedWithTheSameAnswers_data() { addBackendRows(); }

    void acceptedOnceAndReplayedWithTheSameAnswers()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithShop(dialect));
        Counter counter;
        QVERIFY(!enrol(counter, shop().merchantToken).isEmpty());
        const OutboxRow first = counter.next(OutboxRowType::Earn, shop().customerId, 2000'00);
        const OutboxRow second = counter.next(OutboxRowType::Earn, shop().customerId, 400'00);
        const OutboxRow voided =
            counter.next(OutboxRowType::Void, shop().customerId, 0, 0, {}, second.clientTxnId);
        const QByteArray bytes = counter.bytes({first, second, voided});
        const ApiReply reply = upload(bytes, counter.key.sign(bytes), shop().merchantToken);
        QCOMPARE(reply.status, 200);
        QCOMPARE(statuses(reply), (QStringList{QStringLiteral("accepted"), QStringLiteral("accepted"),
                                               QStringLiteral("accepted")}));
        QCOMPARE(reply.data().value(QStringLiteral("last_sequence")).toInteger(), 3);
        QCOMPARE(reply.data().value(QStringLiteral("replayed")).toBool(), false);
        QCOMPARE(balance(), 100);
        // Each recorded row says what it did and what the customer has right after it.
        const QJsonObject firstAnswer = result(reply, 0);
        QCOMPARE(firstAnswer.value(QStringLiteral("coins_earned")).toInteger(-1), 100);
        QCOMPARE(firstAnswer.value(QStringLiteral("coins_redeemed")).toInteger(-1), 0);
        QCOMPARE(firstAnswer.value(QStringLiteral("balance")).toInteger(-1), 100);
        QCOMPARE(result(reply, 1).value(QStringLiteral("balance")).toInteger(-1), 120);

        // A retry after a lost answer: the same answers, nothing applied twice.
        const QList<qint64> before = counts();
        const ApiReply replay = upload(bytes, counter.key.sign(bytes), shop().merchantToken);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.data().value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(replay.data().value(QStringLiteral("results")),
                 reply.data().value(QStringLiteral("results")));
        QCOMPARE(counts(), before);

        // A row the counter also sent online is a duplicate, not a second sale; a void of an unknown
        // sale is rejected; both still move the chain on.
        const ApiReply online = server().api().post(
            QStringLiteral("/api/v1/merchant/earn"),
            {{QStringLiteral("customer_id"), shop().customerId},
             {QStringLiteral("bill_amount"), 100},
             {QStringLiteral("client_txn_id"), QStringLiteral("5d0c2ab4-8f43-4c55-9a1e-0a4f6f1d2e11")}},
            shop().merchantToken);
        QCOMPARE(online.status, 201);
        OutboxRow again = counter.next(OutboxRowType::Earn, shop().customerId, 100'00);
        again.clientTxnId = QStringLiteral("5d0c2ab4-8f43-4c55-9a1e-0a4f6f1d2e11");
        counter.lastHash = SyncBatchCodec::hashOf(again).value();
        const OutboxRow unknownVoid =
            counter.next(OutboxRowType::Void, shop().customerId, 0, 0, {}, baartal::core::Ids::newId());
        const ApiReply more = send(counter, {again, unknownVoid}, shop().merchantToken);
        QCOMPARE(more.status, 200);
        QCOMPARE(statuses(more), (QStringList{QStringLiteral("duplicate"),
                                              QStringLiteral("rejected:transaction_not_found")}));
        QCOMPARE(more.data().value(QStringLiteral("last_sequence")).toInteger(), 5);
        QCOMPARE(balance(), 105);
        // The duplicate reports the sale recorded online, as the online route's receipt did.
        const QJsonObject duplicate = result(more, 0);
        QCOMPARE(
            duplicate.value(QStringLiteral("txn_id")),
            online.data().value(QStringLiteral("transaction")).toObject().value(QStringLiteral("txn_id")));
        QCOMPARE(duplicate.value(QStringLiteral("coins_earned")).toInteger(-1), 5);
        QCOMPARE(duplicate.value(QStringLiteral("coins_redeemed")).toInteger(-1), 0);
        QCOMPARE(duplicate.value(QStringLiteral("balance")), online.data().value(QStringLiteral("balance")));
        QVERIFY(!result(more, 1).contains(QStringLiteral("balance")));
    }

    void refusedBatchesChangeNothing_data() { addBackendRows(); }

    void refusedBatchesChangeNothing()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithShop(dialect));
        Counter counter;
        QVERIFY(!enrol(counter, shop().merchantToken).isEmpty());
        QCOMPARE(send(counter, {counter.next(OutboxRowType::Earn, shop().customerId, 1000'00)},
                      shop().merchantToken)
                     .status,
                 200);
        const QList<qint64> before = counts();
        const Counter head = counter;

        const OutboxRow a = counter.next(OutboxRowType::Earn, shop().customerId, 500'00);
        const OutboxRow b = counter.next(OutboxRowType::Earn, shop().customerId, 700'00);
        QCOMPARE(send(counter, {b, a}, shop().merchantToken).errorCode(),
                 QStringLiteral("batch_rows_not_consecutive"));
        QCOMPARE(send(counter, {b}, shop().merchantToken).errorCode(), QStringLiteral("sequence_gap"));
        QByteArray bytes = counter.bytes({a, b});
        QByteArray flipped = bytes;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x01);
        QCOMPARE(upload(flipped, counter.key.sign(bytes), shop().merchantToken).status, 400);
        QCOMPARE(upload(bytes, Ed25519KeyPair::generate().sign(bytes), shop().merchantToken).errorCode(),
                 QStringLiteral("batch_signature_invalid"));
        OutboxRow unlinked = a;
        unlinked.previousHash = SyncBatchCodec::genesisHash();
        QCOMPARE(send(counter, {unlinked}, shop().merchantToken).errorCode(),
                 QStringLiteral("batch_chain_broken"));
        // The same sequence again with other content is an old replay, not a new sale.
        Counter rewound = head;
        rewound.sequence = 0;
        rewound.lastHash = SyncBatchCodec::genesisHash();
        QCOMPARE(send(rewound, {rewound.next(OutboxRowType::Earn, shop().customerId, 9000'00)},
                      shop().merchantToken)
                     .errorCode(),
                 QStringLiteral("sequence_replayed"));

        // Another shop cannot upload for this device, nor this shop for another's.
        QVERIFY(server().addMerchant(kOtherShop, true).ok());
        const QString other = server().login(kOtherShop);
        QCOMPARE(upload(bytes, counter.key.sign(bytes), other).errorCode(),
                 QStringLiteral("device_not_found"));
        Counter foreign;
        QVERIFY(!enrol(foreign, other).isEmpty());
        QCOMPARE(send(foreign, {foreign.next(OutboxRowType::Earn, shop().customerId, 100'00)},
                      shop().merchantToken)
                     .errorCode(),
                 QStringLiteral("device_not_found"));
        QCOMPARE(counts(), before);

        // A revoked device is refused even with a perfect batch.
        QCOMPARE(server()
                     .api()
                     .post(kDevices + QLatin1Char('/') + counter.deviceId + QStringLiteral("/revoke"), {},
                           shop().merchantToken)
                     .status,
                 200);
        const ApiReply revoked = upload(bytes, counter.key.sign(bytes), shop().merchantToken);
        QCOMPARE(revoked.status, 403);
        QCOMPARE(revoked.errorCode(), QStringLiteral("device_revoked"));
        QCOMPARE(counts(), before);
    }

    void aTokenSpentOnTwoCountersRedeemsOnce_data() { addBackendRows(); }

    void aTokenSpentOnTwoCountersRedeemsOnce()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithShop(dialect));
        Counter one;
        Counter two;
        QVERIFY(!enrol(one, shop().merchantToken).isEmpty());
        QVERIFY(!enrol(two, shop().merchantToken, QStringLiteral("Counter 2")).isEmpty());
        QCOMPARE(send(one, {one.next(OutboxRowType::Earn, shop().customerId, 2000'00)}, shop().merchantToken)
                     .status,
                 200);
        QCOMPARE(balance(), 100);
        const ApiReply token = server().api().post(QStringLiteral("/api/v1/wallet/spend-token"),
                                                   {{QStringLiteral("coins"), 100}},
                                                   server().login(ServerFixture::kCustomerLogin));
        QCOMPARE(token.status, 201);
        const QString spend = token.data().value(QStringLiteral("token")).toString();

        // Both counters took the token offline; the first upload redeems it, the second is told why not.
        const ApiReply first =
            send(one, {one.next(OutboxRowType::Spend, shop().customerId, 500'00, 100, spend)},
                 shop().merchantToken);
        QCOMPARE(statuses(first), QStringList{QStringLiteral("accepted")});
        const ApiReply second =
            send(two, {two.next(OutboxRowType::Spend, shop().customerId, 500'00, 100, spend)},
                 shop().merchantToken);
        QCOMPARE(second.status, 200);
        QCOMPARE(statuses(second), QStringList{QStringLiteral("rejected:spend_token_used")});
        QCOMPARE(second.data().value(QStringLiteral("last_sequence")).toInteger(), 1);
        QCOMPARE(rows(QStringLiteral("spend_token_redemptions")), 1);
        // 100 earned, 100 spent, 20 earned on the ₹400 paid in money: never below zero, never spent twice.
        QCOMPARE(balance(), 20);
    }

    void aSpendRowRedeemsAtMostItsTokensCoins_data() { addBackendRows(); }

    // A counter redeems fewer coins than the token holds when the bill's cap bites: the rest is freed;
    // more than the token holds is refused.
    void aSpendRowRedeemsAtMostItsTokensCoins()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithShop(dialect));
        Counter counter;
        QVERIFY(!enrol(counter, shop().merchantToken).isEmpty());
        QCOMPARE(send(counter, {counter.next(OutboxRowType::Earn, shop().customerId, 2000'00)},
                      shop().merchantToken)
                     .status,
                 200);
        const auto tokenFor = [this](qint64 coins) {
            return server()
                .api()
                .post(QStringLiteral("/api/v1/wallet/spend-token"), {{QStringLiteral("coins"), coins}},
                      server().login(ServerFixture::kCustomerLogin))
                .data()
                .value(QStringLiteral("token"))
                .toString();
        };
        const QString first = tokenFor(40);
        const QString second = tokenFor(20);
        QCOMPARE(balance(), 40);
        const ApiReply reply =
            send(counter,
                 {counter.next(OutboxRowType::Spend, shop().customerId, 50'00, 10, first),
                  counter.next(OutboxRowType::Spend, shop().customerId, 500'00, 21, second)},
                 shop().merchantToken);
        QCOMPARE(statuses(reply), (QStringList{QStringLiteral("accepted"),
                                               QStringLiteral("rejected:spend_token_coins_mismatch")}));
        // 100 − 10 redeemed + 2 earned on ₹40; the first token's other 30 are free, the second's 20 held.
        QCOMPARE(balance(), 100 - 10 + 2 - 20);
    }

    void rejectedRowsAreAuditedOnce_data() { addBackendRows(); }

    void rejectedRowsAreAuditedOnce()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithShop(dialect));
        Counter counter;
        QVERIFY(!enrol(counter, shop().merchantToken).isEmpty());
        const OutboxRow earned = counter.next(OutboxRowType::Earn, shop().customerId, 1000'00);
        const OutboxRow forged = counter.next(OutboxRowType::Spend, shop().customerId, 300'00, 10,
                                              QStringLiteral("bsp1.not-a-token"));
        const OutboxRow unknownVoid =
            counter.next(OutboxRowType::Void, shop().customerId, 0, 0, {}, baartal::core::Ids::newId());
        const QByteArray bytes = counter.bytes({earned, forged, unknownVoid});
        const ApiReply reply = upload(bytes, counter.key.sign(bytes), shop().merchantToken);
        QCOMPARE(reply.status, 200);
        const QStringList answered = statuses(reply);
        QCOMPARE(answered.size(), 3);
        QCOMPARE(answered.at(0), QStringLiteral("accepted"));
        QVERIFY(answered.at(1).startsWith(QStringLiteral("rejected:")));
        QCOMPARE(answered.at(2), QStringLiteral("rejected:transaction_not_found"));

        // One entry per rejected row, by the user who uploaded, about the device.
        const QList<baartal::core::AuditEntry> entries = auditOf(counter.deviceId);
        QCOMPARE(entries.size(), 2);
        const QList<OutboxRow> rejectedRows{forged, unknownVoid};
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const baartal::core::AuditEntry& entry = entries.at(i);
            const OutboxRow& row = rejectedRows.at(i);
            QCOMPARE(entry.action, QStringLiteral("sync.row_rejected"));
            QCOMPARE(entry.adminUserId, shop().merchant.userId);
            QCOMPARE(entry.createdAt, server().clock().now());
            QCOMPARE(entry.detail.value(QStringLiteral("sequence")).toInteger(), row.sequence);
            QCOMPARE(entry.detail.value(QStringLiteral("client_txn_id")).toString(), row.clientTxnId);
            QCOMPARE(entry.detail.value(QStringLiteral("type")).toString(), baartal::core::toText(row.type));
            QCOMPARE(entry.detail.value(QStringLiteral("customer_id")).toString(), shop().customerId);
            QCOMPARE(QStringLiteral("rejected:") + entry.detail.value(QStringLiteral("reason")).toString(),
                     answered.at(i + 1));
        }

        // A replay answers again without a second entry; a refused batch leaves none.
        QCOMPARE(upload(bytes, counter.key.sign(bytes), shop().merchantToken)
                     .data()
                     .value(QStringLiteral("replayed")),
                 QJsonValue(true));
        Counter ahead = counter;
        ahead.next(OutboxRowType::Earn, shop().customerId, 100'00);
        QCOMPARE(
            send(ahead,
                 {ahead.next(OutboxRowType::Void, shop().customerId, 0, 0, {}, baartal::core::Ids::newId())},
                 shop().merchantToken)
                .errorCode(),
            QStringLiteral("sequence_gap"));
        QCOMPARE(auditOf(counter.deviceId).size(), 2);
        QCOMPARE(rows(QStringLiteral("admin_audit_log")), 2);
    }

    void everyMutatedBatchIsRefused_data() { addBackendRows(); }

    // Thousands of batches a counter never sent: each is refused and the ledger stays as it was. Among
    // them, exact replays of a batch already taken get its first answers again and change nothing.
    void everyMutatedBatchIsRefused()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithShop(dialect));
        Counter counter;
        Counter revoked;
        QVERIFY(!enrol(counter, shop().merchantToken).isEmpty());
        QVERIFY(!enrol(revoked, shop().merchantToken, QStringLiteral("Old")).isEmpty());
        const QByteArray taken =
            counter.bytes({counter.next(OutboxRowType::Earn, shop().customerId, 1000'00),
                           counter.next(OutboxRowType::Earn, shop().customerId, 200'00)});
        const QByteArray takenSignature = counter.key.sign(taken);
        const ApiReply first = upload(taken, takenSignature, shop().merchantToken);
        QCOMPARE(first.status, 200);
        const QJsonValue firstAnswers = first.data().value(QStringLiteral("results"));
        const Counter synced = counter;
        QCOMPARE(send(revoked, {revoked.next(OutboxRowType::Earn, shop().customerId, 100'00)},
                      shop().merchantToken)
                     .status,
                 200);
        QCOMPARE(server()
                     .api()
                     .post(kDevices + QLatin1Char('/') + revoked.deviceId + QStringLiteral("/revoke"), {},
                           shop().merchantToken)
                     .status,
                 200);
        QVERIFY(server().addMerchant(kOtherShop, true).ok());
        Counter foreign;
        QVERIFY(!enrol(foreign, server().login(kOtherShop)).isEmpty());
        const QList<qint64> before = counts();

        QRandomGenerator random(4); // fixed: a failure names a batch that can be made again
        constexpr int kBatches = 10000;
        int refused = 0;
        int replayed = 0;
        for (int i = 0; i < kBatches; ++i) {
            Counter next = synced;
            QList<OutboxRow> rows;
            for (int r = 0; r < 3; ++r) {
                rows.append(
                    next.next(OutboxRowType::Earn, shop().customerId, 100'00 * (1 + random.bounded(50))));
            }
            QByteArray bytes = next.bytes(rows);
            QByteArray signature = next.key.sign(bytes);
            switch (i % 7) {
            case 0: { // one bit flipped after signing
                const qsizetype at = random.bounded(bytes.size());
                bytes[at] = char(bytes.at(at) ^ (1 << random.bounded(8)));
                break;
            }
            case 1: // two rows swapped, re-signed
                rows.swapItemsAt(random.bounded(2), 2);
                bytes = next.bytes(rows);
                signature = next.key.sign(bytes);
                break;
            case 2: { // an old sequence with other content, re-signed
                Counter old = synced;
                old.sequence = random.bounded(2);
                old.lastHash = SyncBatchCodec::genesisHash();
                bytes = old.bytes(
                    {old.next(OutboxRowType::Earn, shop().customerId, 100'00 * (1 + random.bounded(50)))});
                signature = old.key.sign(bytes);
                break;
            }
            case 3: { // another shop's device, signed by it
                Counter other = foreign;
                bytes = other.bytes({other.next(OutboxRowType::Earn, shop().customerId, 100'00)});
                signature = other.key.sign(bytes);
                break;
            }
            case 4: { // the revoked device, signed by its own key
                Counter old = revoked;
                bytes = old.bytes({old.next(OutboxRowType::Earn, shop().customerId, 100'00)});
                signature = old.key.sign(bytes);
                break;
            }
            case 5: // a flipped bit in the signature
                signature[random.bounded(signature.size())] ^= char(1 << random.bounded(8));
                break;
            default: { // the batch already taken, byte for byte: a retry after a lost answer
                const ApiReply reply = upload(taken, takenSignature, shop().merchantToken);
                QVERIFY2(reply.status == 200 && reply.data().value(QStringLiteral("replayed")).toBool() &&
                             reply.data().value(QStringLiteral("results")) == firstAnswers &&
                             reply.data().value(QStringLiteral("last_sequence")).toInteger() == 2,
                         qPrintable(QStringLiteral("replay %1: %2").arg(i).arg(reply.describe())));
                ++replayed;
                continue;
            }
            }
            const ApiReply reply = upload(bytes, signature, shop().merchantToken);
            if (reply.status >= 400 && reply.status < 500 &&
                !reply.json.value(QStringLiteral("success")).toBool(true)) {
                ++refused;
            } else {
                QFAIL(
                    qPrintable(QStringLiteral("batch %1 was not refused: %2").arg(i).arg(reply.describe())));
            }
        }
        QCOMPARE(replayed, kBatches / 7);
        QCOMPARE(refused, kBatches - replayed);
        QCOMPARE(counts(), before);
        for (const QJsonValue& device : server()
                                            .api()
                                            .get(kDevices, shop().merchantToken)
                                            .data()
                                            .value(QStringLiteral("devices"))
                                            .toArray()) {
            const QJsonObject object = device.toObject();
            QCOMPARE(object.value(QStringLiteral("last_sequence")).toInteger(),
                     object.value(QStringLiteral("id")).toString() == counter.deviceId ? 2 : 1);
        }
    }

    void aRowFailingInTheDatabaseLeavesTheRowsAfterIt_data() { addBackendRows(); }

    // Each row is applied inside its own savepoint. A row that fails on an SQL constraint is rolled back
    // to that savepoint and answered, and the rows after it still apply: on PostgreSQL a failed statement
    // aborts the transaction, so without the rollback every later statement, and the batch, would fail.
    void aRowFailingInTheDatabaseLeavesTheRowsAfterIt()
    {
        QFETCH(Dialect, dialect);
        QVERIFY(startWithShop(dialect));
        Counter counter;
        QVERIFY(!enrol(counter, shop().merchantToken).isEmpty());
        const ApiReply earned = send(counter, {counter.next(OutboxRowType::Earn, shop().customerId, 2000'00)},
                                     shop().merchantToken);
        QCOMPARE(statuses(earned), QStringList{QStringLiteral("accepted")});
        const ApiReply token =
            server().api().post(QStringLiteral("/api/v1/wallet/spend-token"), {{QStringLiteral("coins"), 50}},
                                server().login(ServerFixture::kCustomerLogin));
        QCOMPARE(token.status, 201);
        // The token's redemption as another writer would record it, its hold not yet ended: only the
        // unique key of spend_token_redemptions, an SQL-level error, can now stop a second redemption.
        auto hold = server().database().exec(
            QStringLiteral("SELECT id FROM spend_holds WHERE customer_id = ? AND status = 'active'"),
            {shop().customerId});
        QVERIFY(hold && (*hold)->next());
        const QString holdId = (*hold)->value(0).toString();
        const QString earnTxnId = earned.data()
                                      .value(QStringLiteral("results"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("txn_id"))
                                      .toString();
        QVERIFY(server().database().exec(
            QStringLiteral(
                "INSERT INTO spend_token_redemptions (hold_id, txn_id, redeemed_at) VALUES (?, ?, ?)"),
            {holdId, earnTxnId, server().clock().now().toMSecsSinceEpoch()}));
        const qint64 transactionsBefore = rows(QStringLiteral("transactions"));

        const ApiReply reply = send(counter,
                                    {counter.next(OutboxRowType::Earn, shop().customerId, 100'00),
                                     counter.next(OutboxRowType::Spend, shop().customerId, 500'00, 50,
                                                  token.data().value(QStringLiteral("token")).toString()),
                                     counter.next(OutboxRowType::Earn, shop().customerId, 200'00),
                                     counter.next(OutboxRowType::Earn, shop().customerId, 300'00)},
                                    shop().merchantToken);
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        QCOMPARE(statuses(reply),
                 (QStringList{QStringLiteral("accepted"), QStringLiteral("rejected:spend_token_used"),
                              QStringLiteral("accepted"), QStringLiteral("accepted")}));
        QCOMPARE(reply.data().value(QStringLiteral("last_sequence")).toInteger(), 5);
        // The batch committed: three sales, not the spend, and the device moved on.
        QCOMPARE(rows(QStringLiteral("transactions")), transactionsBefore + 3);
        QCOMPARE(balance(), 100 + 5 + 10 + 15 - 50); // the token's 50 coins are still held for it
        QCOMPARE(server()
                     .api()
                     .get(kDevices, shop().merchantToken)
                     .data()
                     .value(QStringLiteral("devices"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("last_sequence"))
                     .toInteger(),
                 5);
        auto status =
            server().database().exec(QStringLiteral("SELECT status FROM spend_holds WHERE id = ?"), {holdId});
        QVERIFY(status && (*status)->next());
        QCOMPARE((*status)->value(0).toString(), QStringLiteral("active"));
        // Take the planted redemption back so the ledger check after the test sees a consistent hold.
        QVERIFY(server().database().exec(
            QStringLiteral("DELETE FROM spend_token_redemptions WHERE hold_id = ?"), {holdId}));
    }
};

QTEST_GUILESS_MAIN(TestSyncBatches)
#include "tst_sync_batches.moc"
