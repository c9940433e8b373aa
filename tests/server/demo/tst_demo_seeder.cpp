#include "core/approvals/approval_repository.h"
#include "core/merchants/merchant_repository.h"
#include "core/users/user_repository.h"
#include "server/demo/demo_seeder.h"
#include "tests/server/support/server_fixture.h"
#include "tests/testsupport/test_backends.h"

#include <QTest>

using baartal::core::Dialect;
using baartal::server::DemoSeeder;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::TestBackends;

namespace {

const QStringList kTables = {QStringLiteral("users"),           QStringLiteral("customers"),
                             QStringLiteral("merchants"),       QStringLiteral("bundles"),
                             QStringLiteral("admin_approvals"), QStringLiteral("transactions")};

} // namespace

class TestDemoSeeder : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_server;

    QList<qint64> counts()
    {
        QList<qint64> result;
        for (const QString& table : kTables) {
            auto count = m_server->rowCount(table);
            result.append(count.ok() ? *count : -1);
        }
        return result;
    }

private Q_SLOTS:
    void cleanup()
    {
        if (m_server) {
            m_server->verifyLedgerIsSound();
            m_server.reset();
        }
    }

    void seedsOnceAndThenChangesNothing_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void seedsOnceAndThenChangesNothing()
    {
        QFETCH(Dialect, dialect);
        auto fixture = ServerFixture::start(dialect);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_server = std::move(*fixture);
        const baartal::core::PasswordHasher hasher(baartal::core::PasswordHasher::Strength::Minimal);
        DemoSeeder seeder(m_server->database(), hasher, m_server->clock(),
                          QStringLiteral("https://demo.baartal.test"));

        auto first = seeder.seed();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->created, 8);
        QCOMPARE(counts(), (QList<qint64>{5, 2, 2, 1, 2, 0}));
        QCOMPARE(first->logins.size(), 5);

        auto second = seeder.seed();
        QVERIFY(second.ok());
        QCOMPARE(second->created, 0);
        QCOMPARE(counts(), (QList<qint64>{5, 2, 2, 1, 2, 0}));
        for (qsizetype i = 0; i < first->logins.size(); ++i) {
            QCOMPARE(second->logins[i].login, first->logins[i].login);
            QCOMPARE(second->logins[i].note, first->logins[i].note);
        }

        // The grocer went through approval; the saloon is still waiting for it.
        baartal::core::UserRepository users(m_server->database());
        baartal::core::MerchantRepository merchants(m_server->database());
        auto grocerUser = users.findByLogin(QStringLiteral("demo.merchant@baartal.test"));
        QVERIFY(grocerUser.ok() && *grocerUser);
        auto grocer = merchants.findByUserId((*grocerUser)->id);
        QVERIFY(grocer.ok() && *grocer);
        QCOMPARE((*grocer)->businessName, QStringLiteral("Dadar Fresh Grocers"));
        QCOMPARE((*grocer)->category, QStringLiteral("grocery"));
        QCOMPARE((*grocer)->bcoinIssueRate, 5);
        QCOMPARE((*grocer)->pincode, QStringLiteral("400028"));
        QVERIFY((*grocer)->approved);
        QCOMPARE((*grocer)->qrCodeUrl, QStringLiteral("https://demo.baartal.test/scan/") + (*grocer)->id);
        auto salonUser = users.findByLogin(QStringLiteral("demo.salon@baartal.test"));
        QVERIFY(salonUser.ok() && *salonUser);
        auto salon = merchants.findByUserId((*salonUser)->id);
        QVERIFY(salon.ok() && *salon);
        QCOMPARE((*salon)->category, QStringLiteral("saloon"));
        QVERIFY(!(*salon)->approved);
        QCOMPARE((*salon)->bundleId, (*grocer)->bundleId);

        auto admin = users.findByLogin(QStringLiteral("admin@baartal.test"));
        QVERIFY(admin.ok() && *admin);
        auto approvals = baartal::core::ApprovalRepository(m_server->database()).list(std::nullopt);
        QVERIFY(approvals.ok());
        QCOMPARE(approvals->size(), 2);
        for (const baartal::core::Approval& approval : *approvals) {
            if (approval.merchantId == (*grocer)->id) {
                QCOMPARE(baartal::core::toString(approval.status), QStringLiteral("approved"));
                QCOMPARE(approval.decidedBy, (*admin)->id);
            } else {
                QCOMPARE(approval.merchantId, (*salon)->id);
                QCOMPARE(baartal::core::toString(approval.status), QStringLiteral("pending"));
            }
        }
    }

    void seededLoginsWork_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void seededLoginsWork()
    {
        QFETCH(Dialect, dialect);
        auto fixture = ServerFixture::start(dialect);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_server = std::move(*fixture);
        const baartal::core::PasswordHasher hasher(baartal::core::PasswordHasher::Strength::Minimal);
        auto report = DemoSeeder(m_server->database(), hasher, m_server->clock(),
                                 QStringLiteral("https://demo.baartal.test"))
                          .seed();
        QVERIFY(report.ok());

        const QString merchant = m_server->login(QStringLiteral("demo.merchant@baartal.test"),
                                                 QString::fromLatin1(DemoSeeder::kMerchantPassword));
        const QString salon = m_server->login(QStringLiteral("demo.salon@baartal.test"),
                                              QString::fromLatin1(DemoSeeder::kMerchantPassword));
        QVERIFY(!m_server
                     ->login(QStringLiteral("admin@baartal.test"),
                             QString::fromLatin1(DemoSeeder::kAdminPassword))
                     .isEmpty());
        const ApiReply customer = m_server->api().post(
            QStringLiteral("/api/v1/auth/login"),
            {{QStringLiteral("email_or_phone"), QStringLiteral("demo.customer1@baartal.test")},
             {QStringLiteral("password"), QString::fromLatin1(DemoSeeder::kCustomerPassword)}});
        QCOMPARE(customer.status, 200);
        const QString customerId = customer.data()
                                       .value(QStringLiteral("user"))
                                       .toObject()
                                       .value(QStringLiteral("customer_id"))
                                       .toString();

        const QJsonObject sale{{QStringLiteral("customer_id"), customerId},
                               {QStringLiteral("bill_amount"), 450}};
        QCOMPARE(m_server->api().post(QStringLiteral("/api/v1/merchant/earn"), sale, merchant).status, 201);
        const ApiReply pending = m_server->api().post(QStringLiteral("/api/v1/merchant/earn"), sale, salon);
        QCOMPARE(pending.status, 403);
        QCOMPARE(pending.errorCode(), QStringLiteral("merchant_not_approved"));
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demo_seeder.moc"
