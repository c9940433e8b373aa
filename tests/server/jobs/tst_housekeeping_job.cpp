#include "core/ids/ids.h"
#include "core/storage/transaction_guard.h"
#include "core/users/otp_code_repository.h"
#include "server/jobs/housekeeping_job.h"
#include "tests/server/support/server_test_case.h"

#include <QTest>

using namespace baartal;

// Old login codes and send locks are deleted; whatever the send limits still count stays.
class TestHousekeepingJob : public testsupport::ServerTestCase {
    Q_OBJECT

private:
    static constexpr qint64 kHour = 60 * 60;

    bool addCode(const QString& phone, qint64 secondsAgo)
    {
        const QDateTime at = server().clock().now().addSecs(-secondsAgo);
        return core::OtpCodeRepository(server().database())
            .add({core::Ids::newId(),
                  phone,
                  QStringLiteral("203.0.113.7"),
                  QStringLiteral("hash"),
                  at,
                  at.addSecs(5 * 60),
                  0,
                  {}})
            .ok();
    }

    bool addLock(const QString& subject, qint64 secondsAgo)
    {
        auto transaction = core::TransactionGuard::begin(server().database());
        return transaction.ok() &&
               core::OtpCodeRepository(server().database())
                   .lockSubject(subject, server().clock().now().addSecs(-secondsAgo))
                   .ok() &&
               transaction->commit().ok();
    }

    qint64 countedFor(const QString& phone)
    {
        return core::OtpCodeRepository(server().database())
            .sentToPhone(phone, server().clock().now().addSecs(-kHour))
            .valueOr({})
            .count;
    }

private Q_SLOTS:
    void removesOnlyWhatNoLimitCounts_data() { addBackendRows(); }

    void removesOnlyWhatNoLimitCounts()
    {
        QFETCH(core::Dialect, dialect);
        QVERIFY(start(dialect));
        const QString gone = QStringLiteral("+919820000001");
        const QString back = QStringLiteral("+919820000002");
        QVERIFY(addCode(gone, 3 * 24 * kHour));
        QVERIFY(addCode(gone, kHour + 1));
        QVERIFY(addCode(back, kHour + 1));
        QVERIFY(addCode(back, kHour - 60)); // still counted towards the phone's hourly limit
        QVERIFY(addCode(back, 10));         // still current
        QVERIFY(addLock(QStringLiteral("phone ") + gone, kHour + 1));
        QVERIFY(addLock(QStringLiteral("phone ") + back, 10));
        QCOMPARE(countedFor(back), 2);

        server::HousekeepingJob job(server().database(), server().clock());
        auto report = job.runOnce();
        QVERIFY(report.ok());
        QCOMPARE(report->otpCodes, 3);
        QCOMPARE(report->otpSendLocks, 1);
        QCOMPARE(rows(QStringLiteral("otp_codes")), 2);
        QCOMPARE(rows(QStringLiteral("otp_send_locks")), 1);
        QCOMPARE(countedFor(back), 2);

        auto again = job.runOnce();
        QVERIFY(again.ok());
        QCOMPARE(again->otpCodes, 0);
        QCOMPARE(again->otpSendLocks, 0);

        server().clock().advanceSecs(kHour);
        QCOMPARE(job.runOnce().valueOr({}).otpCodes, 2);
        QCOMPARE(rows(QStringLiteral("otp_codes")), 0);
    }
};

QTEST_GUILESS_MAIN(TestHousekeepingJob)
#include "tst_housekeeping_job.moc"
