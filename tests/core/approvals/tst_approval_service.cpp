#include "core/approvals/approval_repository.h"
#include "core/approvals/approval_service.h"
#include "core/bundles/bundle_repository.h"
#include "core/ids/ids.h"
#include "core/merchants/merchant_repository.h"
#include "core/users/user_repository.h"
#include "tests/testsupport/fake_clock.h"
#include "tests/testsupport/temporary_database.h"
#include "tests/testsupport/test_backends.h"

#include <QTest>

using namespace baartal::core;
using baartal::testsupport::FakeClock;
using baartal::testsupport::TemporaryDatabase;
using baartal::testsupport::TestBackends;

// The admin's review of new shops against a real database, on SQLite and PostgreSQL.
class TstApprovalService : public QObject {
    Q_OBJECT

private:
    FakeClock m_clock;

    static QString addUser(Database& db, UserRole role)
    {
        const QString id = Ids::newId();
        const Status added = UserRepository(db).add({id,
                                                     id + QStringLiteral("@example.in"),
                                                     QStringLiteral("x"),
                                                     role,
                                                     QDateTime::currentDateTimeUtc(),
                                                     {}});
        Q_ASSERT(added.ok());
        return id;
    }

    // A shop of its own category in its own bundle, not approved, and its pending approval; the
    // approval's id.
    QString addPendingShop(Database& db, const QString& name, const QString& category)
    {
        const QString bundleId = Ids::newId();
        Status added = BundleRepository(db).add(
            {bundleId, QStringLiteral("Dadar West"), QStringLiteral("400028"), true, m_clock.now()});
        Q_ASSERT(added.ok());
        Merchant m;
        m.id = Ids::newId();
        m.userId = addUser(db, UserRole::Merchant);
        m.businessName = name;
        m.category = category;
        m.pincode = QStringLiteral("400028");
        m.address = QStringLiteral("Ranade Road");
        m.qrCodeUrl = QStringLiteral("http://127.0.0.1/scan/") + m.id;
        m.bundleId = bundleId;
        m.createdAt = m_clock.now();
        added = MerchantRepository(db).add(m);
        Q_ASSERT(added.ok());
        const Approval approval{Ids::newId(), m.id, ApprovalStatus::Pending, {}, {}, m_clock.now(), {}};
        added = ApprovalRepository(db).add(approval);
        Q_ASSERT(added.ok());
        return approval.id;
    }

    static bool merchantApproved(Database& db, const QString& approvalId)
    {
        auto approval = ApprovalRepository(db).findById(approvalId);
        auto merchant = MerchantRepository(db).findById((*approval)->merchantId);
        return (*merchant)->approved;
    }

private Q_SLOTS:
    void decisionSetsTheShopsFlag_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<int>("decision");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("approved");
        for (const Dialect dialect : TestBackends::dialects()) {
            const QByteArray name = TestBackends::name(dialect).toLatin1();
            QTest::addRow("%s/approve", name.constData())
                << dialect << int(ApprovalDecision::Approve) << QStringLiteral("approved") << true;
            QTest::addRow("%s/reject", name.constData())
                << dialect << int(ApprovalDecision::Reject) << QStringLiteral("rejected") << false;
        }
    }

    void decisionSetsTheShopsFlag()
    {
        QFETCH(Dialect, dialect);
        QFETCH(int, decision);
        QFETCH(QString, status);
        QFETCH(bool, approved);
        auto db = TemporaryDatabase::create(dialect);
        QVERIFY(db.ok());
        Database& database = (*db)->database();
        const QString approvalId =
            addPendingShop(database, QStringLiteral("Asha Stores"), QStringLiteral("grocery"));
        const QString adminId = addUser(database, UserRole::Admin);
        ApprovalService service(database, m_clock);

        m_clock.advanceSecs(60);
        auto decided = service.decide(approvalId, ApprovalDecision(decision),
                                      QStringLiteral("  checked GST  "), adminId);
        QVERIFY2(decided.ok(), qPrintable(decided.ok() ? QString() : decided.error().message));
        QCOMPARE(toText(decided->approval.status), status);
        QCOMPARE(decided->approval.notes, QStringLiteral("checked GST"));
        QCOMPARE(decided->approval.decidedAt, m_clock.now());
        QCOMPARE(decided->businessName, QStringLiteral("Asha Stores"));
        QCOMPARE(merchantApproved(database, approvalId), approved);

        auto stored = ApprovalRepository(database).findById(approvalId);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE(toText((*stored)->status), status);
        QCOMPARE((*stored)->decidedBy, adminId);
        QCOMPARE((*stored)->decidedAt, m_clock.now());

        // A second decision, either way, changes nothing.
        for (const ApprovalDecision again : {ApprovalDecision::Approve, ApprovalDecision::Reject}) {
            auto twice = service.decide(approvalId, again, QStringLiteral("changed my mind"), adminId);
            QVERIFY(!twice.ok());
            QCOMPARE(twice.error().code, QStringLiteral("approval_already_decided"));
            QVERIFY(twice.error().kind == ErrorKind::Conflict);
            QCOMPARE(merchantApproved(database, approvalId), approved);
            QCOMPARE((*ApprovalRepository(database).findById(approvalId))->notes,
                     QStringLiteral("checked GST"));
        }
    }

    void unknownApprovalIsNotFound_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void unknownApprovalIsNotFound()
    {
        QFETCH(Dialect, dialect);
        auto db = TemporaryDatabase::create(dialect);
        QVERIFY(db.ok());
        auto decided = ApprovalService((*db)->database(), m_clock)
                           .decide(Ids::newId(), ApprovalDecision::Approve, {},
                                   addUser((*db)->database(), UserRole::Admin));
        QVERIFY(!decided.ok());
        QCOMPARE(decided.error().code, QStringLiteral("approval_not_found"));
    }

    void listsWithBusinessNamesByStatus_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void listsWithBusinessNamesByStatus()
    {
        QFETCH(Dialect, dialect);
        auto db = TemporaryDatabase::create(dialect);
        QVERIFY(db.ok());
        Database& database = (*db)->database();
        const QString first =
            addPendingShop(database, QStringLiteral("Asha Stores"), QStringLiteral("grocery"));
        m_clock.advanceSecs(1);
        const QString second =
            addPendingShop(database, QStringLiteral("Ravi Salon"), QStringLiteral("saloon"));
        m_clock.advanceSecs(1);
        const QString third =
            addPendingShop(database, QStringLiteral("Meena Bakes"), QStringLiteral("bakery"));
        ApprovalService service(database, m_clock);
        const QString adminId = addUser(database, UserRole::Admin);
        QVERIFY(service.decide(second, ApprovalDecision::Approve, {}, adminId).ok());
        QVERIFY(service.decide(third, ApprovalDecision::Reject, QStringLiteral("no licence"), adminId).ok());

        const auto idsAndNames = [&](std::optional<ApprovalStatus> status) {
            QStringList out;
            auto listed = service.list(status);
            if (!listed) {
                return QStringList{listed.error().message};
            }
            for (const ApprovalListing& listing : *listed) {
                out << listing.approval.id + QLatin1Char(' ') + listing.businessName;
            }
            return out;
        };
        QCOMPARE(idsAndNames(std::nullopt),
                 QStringList({first + QStringLiteral(" Asha Stores"), second + QStringLiteral(" Ravi Salon"),
                              third + QStringLiteral(" Meena Bakes")}));
        QCOMPARE(idsAndNames(ApprovalStatus::Pending), QStringList{first + QStringLiteral(" Asha Stores")});
        QCOMPARE(idsAndNames(ApprovalStatus::Approved), QStringList{second + QStringLiteral(" Ravi Salon")});
        QCOMPARE(idsAndNames(ApprovalStatus::Rejected), QStringList{third + QStringLiteral(" Meena Bakes")});
    }
};

QTEST_GUILESS_MAIN(TstApprovalService)
#include "tst_approval_service.moc"
