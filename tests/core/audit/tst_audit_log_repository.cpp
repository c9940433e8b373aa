#include "core/audit/audit_log_repository.h"
#include "core/ids/ids.h"
#include "core/users/user_repository.h"
#include "tests/testsupport/fake_clock.h"
#include "tests/testsupport/temporary_database.h"
#include "tests/testsupport/test_backends.h"

#include <QTest>

using namespace baartal::core;
using baartal::testsupport::FakeClock;
using baartal::testsupport::TemporaryDatabase;
using baartal::testsupport::TestBackends;

class TstAuditLogRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addsAndListsBySubjectInOrder_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void addsAndListsBySubjectInOrder()
    {
        QFETCH(Dialect, dialect);
        auto db = TemporaryDatabase::create(dialect);
        QVERIFY(db.ok());
        Database& database = (*db)->database();
        FakeClock clock;
        const QString adminId = Ids::newId();
        QVERIFY(UserRepository(database)
                    .add({adminId,
                          QStringLiteral("staff@baartal.in"),
                          QStringLiteral("x"),
                          UserRole::Admin,
                          clock.now(),
                          {}})
                    .ok());
        AuditLogRepository audit(database);
        const QString subject = Ids::newId();
        const QJsonObject first{{QStringLiteral("coins"), 30},
                                {QStringLiteral("reason"), QStringLiteral("goodwill")}};
        const QJsonObject second{{QStringLiteral("coins"), -5},
                                 {QStringLiteral("reason"), QStringLiteral("जुर्माना")}};
        // Same time: the order written decides.
        QVERIFY(audit.add({adminId, QStringLiteral("wallet_adjust"), subject, first, clock.now()}).ok());
        QVERIFY(audit.add({adminId, QStringLiteral("wallet_adjust"), Ids::newId(), {}, clock.now()}).ok());
        QVERIFY(audit.add({adminId, QStringLiteral("wallet_adjust"), subject, second, clock.now()}).ok());

        auto listed = audit.listBySubject(subject);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).detail, first);
        QCOMPARE(listed->at(1).detail, second);
        QCOMPARE(listed->at(1).adminUserId, adminId);
        QCOMPARE(listed->at(1).action, QStringLiteral("wallet_adjust"));
        QCOMPARE(listed->at(1).subjectId, subject);
        QCOMPARE(listed->at(1).createdAt, clock.now());
        QVERIFY(audit.listBySubject(Ids::newId())->isEmpty());
    }

    void refusesAnUnknownAdmin_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void refusesAnUnknownAdmin()
    {
        QFETCH(Dialect, dialect);
        auto db = TemporaryDatabase::create(dialect);
        QVERIFY(db.ok());
        const Status added = AuditLogRepository((*db)->database())
                                 .add({Ids::newId(),
                                       QStringLiteral("wallet_adjust"),
                                       Ids::newId(),
                                       {},
                                       QDateTime::currentDateTimeUtc()});
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, QStringLiteral("foreign_key_violation"));
    }
};

QTEST_GUILESS_MAIN(TstAuditLogRepository)
#include "tst_audit_log_repository.moc"
