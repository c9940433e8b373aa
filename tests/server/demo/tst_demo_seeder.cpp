#include "core/approvals/approval_repository.h"
#include "core/merchants/merchant_repository.h"
#include "core/users/user_repository.h"
#include "server/demo/demo_seeder.h"
#include "tests/server/support/server_test_case.h"

#include <QTest>

using baartal::core::Dialect;
using baartal::server::DemoSeeder;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerTestCase;

namespace {

const QStringList kTables = {QStringLiteral("users"),           QStringLiteral("customers"),
                             QStringLiteral("merchants"),       QStringLiteral("bundles"),
                             QStringLiteral("admin_approvals"), QStringLiteral("transactions")};

} // namespace

class TestDemoSeeder : public ServerTestCase {
    Q_OBJECT

private:
    QList<qint64> counts()
    {
        QList<qint64> result;
        for (const QString& table : kTables) {
            result.append(rows(table));
        }
        return result;
    }

private Q_SLOTS:
    void seedsOnceAndThenChangesNothing_data() { addBackendRows(); }

    void seedsOnceAndThenChangesNothing()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        const baartal::core::PasswordHasher hasher(baartal::core::PasswordHasher::Strength::Minimal);
        DemoSeeder seeder(server().database(), hasher, server().clock(),
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
        baartal::core::UserRepository users(server().database());
        baartal::core::MerchantRepository merchants(server().database());
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
        auto approvals = baartal::core::ApprovalRepository(server().database()).list(std::nullopt);
        QVERIFY(approvals.ok());
        QCOMPARE(approvals->size(), 2);
        for (const baartal::core::Approval& approval : *approvals) {
            if (approval.merchantId == (*grocer)->id) {
                QCOMPARE(baartal::core::toText(approval.status), QStringLiteral("approved"));
                QCOMPARE(approval.decidedBy, (*admin)->id);
            } else {
                QCOMPARE(approval.merchantId, (*salon)->id);
                QCOMPARE(baartal::core::toText(approval.status), QStringLiteral("pending"));
            }
        }
    }

    void seededLoginsWork_data() { addBackendRows(); }

    void seededLoginsWork()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        const baartal::core::PasswordHasher hasher(baartal::core::PasswordHasher::Strength::Minimal);
        auto report = DemoSeeder(server().database(), hasher, server().clock(),
                                 QStringLiteral("https://demo.baartal.test"))
                          .seed();
        QVERIFY(report.ok());

        const QString merchant = server().login(QStringLiteral("demo.merchant@baartal.test"),
                                                QString::fromLatin1(DemoSeeder::kMerchantPassword));
        const QString salon = server().login(QStringLiteral("demo.salon@baartal.test"),
                                             QString::fromLatin1(DemoSeeder::kMerchantPassword));
        QVERIFY(
            !server()
                 .login(QStringLiteral("admin@baartal.test"), QString::fromLatin1(DemoSeeder::kAdminPassword))
                 .isEmpty());
        const ApiReply customer = server().api().post(
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
        QCOMPARE(server().api().post(QStringLiteral("/api/v1/merchant/earn"), sale, merchant).status, 201);
        const ApiReply pending = server().api().post(QStringLiteral("/api/v1/merchant/earn"), sale, salon);
        QCOMPARE(pending.status, 403);
        QCOMPARE(pending.errorCode(), QStringLiteral("merchant_not_approved"));
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demo_seeder.moc"
