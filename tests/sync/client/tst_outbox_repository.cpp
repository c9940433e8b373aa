#include "core/ids/ids.h"
#include "core/storage/transaction_guard.h"
#include "core/sync/sync_batch_codec.h"
#include "sync/client/outbox_repository.h"
#include "tests/sync/support/temporary_counter_store.h"

#include <QTest>

using namespace baartal;

namespace {

const QString kDevice = QStringLiteral("5b0c1c52-6a4e-4d4c-9d1e-6f0a8f5a2b11");
const QString kOtherDevice = QStringLiteral("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");

core::OutboxRow earn(const QString& device, qint64 billPaise)
{
    core::OutboxRow row;
    row.deviceId = device;
    row.clientTxnId = core::Ids::newId();
    row.customerId = QStringLiteral("9a8b7c6d-5e4f-4321-8765-0fedcba98765");
    row.bill = core::Paise(billPaise);
    row.localTimeMs = 1'790'000'000'000;
    return row;
}

} // namespace

// The counter's outbox: one hash chain per device, the batch in flight, the server's answers.
class TestOutboxRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TemporaryCounterStore> m_store;

    sync::OutboxRepository outbox() { return sync::OutboxRepository(m_store->database()); }

private Q_SLOTS:
    void init()
    {
        auto store = testsupport::TemporaryCounterStore::create();
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        m_store = std::move(*store);
    }

    void cleanup() { m_store.reset(); }

    void eachDeviceHasItsOwnChain()
    {
        QList<core::OutboxRow> mine;
        for (int i = 0; i < 4; ++i) {
            auto row = outbox().append(earn(kDevice, 100 * (i + 1)));
            QVERIFY(row.ok());
            mine.append(*row);
            QVERIFY(outbox().append(earn(kOtherDevice, 50)).ok());
        }
        QCOMPARE(mine.constFirst().sequence, 1);
        QCOMPARE(mine.constFirst().previousHash, core::SyncBatchCodec::genesisHash());
        QCOMPARE(mine.constLast().sequence, 4);
        QVERIFY(core::SyncBatchCodec::checkChain(mine).ok());
        auto stored = outbox().rows(kDevice, {1, 4});
        QVERIFY(stored.ok());
        QCOMPARE(*stored, mine);
        QCOMPARE(outbox().queuedCount(kDevice).valueOr(-1), 4);
        QCOMPARE(outbox().queuedCountAll().valueOr(-1), 8);
    }

    void aClientIdIsQueuedOnce()
    {
        const core::OutboxRow row = earn(kDevice, 100);
        QVERIFY(outbox().append(row).ok());
        auto again = outbox().append(row);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("unique_violation"));
    }

    void aRowNoServerWouldTakeIsRefused()
    {
        core::OutboxRow row = earn(kDevice, 100);
        row.customerId = QStringLiteral("not-a-uuid");
        auto appended = outbox().append(row);
        QVERIFY(!appended.ok());
        QCOMPARE(appended.error().code, QStringLiteral("invalid_outbox_row"));
        QCOMPARE(outbox().queuedCountAll().valueOr(-1), 0);
    }

    void answersSettleRowsOnce()
    {
        for (int i = 0; i < 3; ++i) {
            QVERIFY(outbox().append(earn(kDevice, 100)).ok());
        }
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1'790'000'100'000, Qt::UTC);
        QVERIFY(outbox()
                    .recordAnswer(kDevice, 1, sync::OutboxStatus::Accepted, QStringLiteral("t1"), {}, at)
                    .ok());
        QVERIFY(outbox()
                    .recordAnswer(kDevice, 2, sync::OutboxStatus::Rejected, {},
                                  QStringLiteral("spend_token_used"), at)
                    .ok());
        const core::Status twice =
            outbox().recordAnswer(kDevice, 1, sync::OutboxStatus::Duplicate, QStringLiteral("t1"), {}, at);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, QStringLiteral("outbox_row_answered"));

        auto queued = outbox().queued(kDevice, 10);
        QVERIFY(queued.ok());
        QCOMPARE(queued->size(), 1);
        QCOMPARE(queued->constFirst().sequence, 3);
        auto rejected = outbox().rejected(kDevice, 10);
        QVERIFY(rejected.ok());
        QCOMPARE(rejected->size(), 1);
        QCOMPARE(rejected->constFirst().row.sequence, 2);
        QCOMPARE(rejected->constFirst().reason, QStringLiteral("spend_token_used"));
        QCOMPARE(rejected->constFirst().answeredAt, at);
    }

    void theBatchInFlightIsRemembered()
    {
        auto none = outbox().inFlight(kDevice);
        QVERIFY(none.ok() && !none->has_value());
        QVERIFY(outbox().setInFlight(kDevice, {1, 3}).ok());
        auto range = outbox().inFlight(kDevice);
        QVERIFY(range.ok() && range->has_value());
        QCOMPARE((*range)->first, 1);
        QCOMPARE((*range)->last, 3);
        // One batch in flight per device: a second is a bug, not a queue.
        QVERIFY(!outbox().setInFlight(kDevice, {4, 5}).ok());
        QVERIFY(outbox().clearInFlight(kDevice).ok());
        QVERIFY(!outbox().inFlight(kDevice)->has_value());
    }

    void aRolledBackActionLeavesNoRow()
    {
        {
            auto transaction = core::TransactionGuard::begin(m_store->database());
            QVERIFY(transaction.ok());
            QVERIFY(outbox().append(earn(kDevice, 100)).ok());
        }
        QCOMPARE(outbox().queuedCountAll().valueOr(-1), 0);
        auto row = outbox().append(earn(kDevice, 100));
        QVERIFY(row.ok());
        QCOMPARE(row->sequence, 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outbox_repository.moc"
