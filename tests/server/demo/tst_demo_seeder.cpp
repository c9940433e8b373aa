#include "core/approvals/approval_repository.h"
#include "core/audit/audit_log_repository.h"
#include "core/bundles/bundle_repository.h"
#include "core/crypto/password_hasher.h"
#include "core/ledger/ledger_invariant_checker.h"
#include "core/merchants/merchant_repository.h"
#include "core/users/user_repository.h"
#include "server/demo/demo_seeder.h"
#include "tests/server/support/server_test_case.h"

#include <QJsonArray>
#include <QTest>

using baartal::core::Dialect;
using baartal::server::DemoSeeder;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerTestCase;

namespace {

const QStringList kTables = {
    QStringLiteral("users"),        QStringLiteral("customers"),       QStringLiteral("merchants"),
    QStringLiteral("bundles"),      QStringLiteral("admin_approvals"), QStringLiteral("admin_audit_log"),
    QStringLiteral("transactions"), QStringLiteral("coin_lots"),       QStringLiteral("scans"),
    QStringLiteral("checkins"),     QStringLiteral("spend_requests"),  QStringLiteral("ledger_postings")};

const QString kGrocerLogin = QStringLiteral("demo.merchant@baartal.test");
const QString kPhoneCustomer = QStringLiteral("+919869012345");

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

    baartal::core::Result<baartal::server::DemoSeedReport> seed()
    {
        const baartal::core::PasswordHasher hasher(baartal::core::PasswordHasher::Strength::Minimal);
        return DemoSeeder(server().database(), hasher, server().clock(),
                          QStringLiteral("https://demo.baartal.test"))
            .seed();
    }

    baartal::core::Merchant shopOf(const QString& login)
    {
        auto user = baartal::core::UserRepository(server().database()).findByLogin(login);
        if (!user || !*user) {
            return {};
        }
        auto merchant = baartal::core::MerchantRepository(server().database()).findByUserId((*user)->id);
        return merchant && *merchant ? **merchant : baartal::core::Merchant();
    }

    QString userId(const QString& login)
    {
        auto user = baartal::core::UserRepository(server().database()).findByLogin(login);
        return user && *user ? (*user)->id : QString();
    }

private Q_SLOTS:
    void seedsOnceAndThenChangesNothing_data() { addBackendRows(); }

    void seedsOnceAndThenChangesNothing()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        auto first = seed();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        // An admin, a bundle, two shop owners and their shops, three customers, six sales, a check-in
        // and a spend request waiting.
        QCOMPARE(first->created, 17);
        const QList<qint64> seeded = counts();
        QCOMPARE(seeded.mid(0, 11), (QList<qint64>{6, 3, 2, 1, 2, 2, 6, 6, 6, 6, 2}));
        QCOMPARE(first->logins.size(), 6);

        auto second = seed();
        QVERIFY(second.ok());
        QCOMPARE(second->created, 0);
        QCOMPARE(counts(), seeded);
        for (qsizetype i = 0; i < first->logins.size(); ++i) {
            QCOMPARE(second->logins[i].login, first->logins[i].login);
            QCOMPARE(second->logins[i].note, first->logins[i].note);
        }

        // A day later the check-in and the request have lapsed; seeding again still adds nothing.
        server().clock().advanceDays(1);
        auto third = seed();
        QVERIFY(third.ok());
        QCOMPARE(third->created, 0);
        QCOMPARE(counts(), seeded);

        auto ledger =
            baartal::core::LedgerInvariantChecker(server().database()).check(server().clock().now());
        QVERIFY(ledger.ok());
        QVERIFY2(ledger->ok(), qPrintable(ledger->violations.join(QLatin1Char('\n'))));
        QCOMPARE(ledger->transactionsChecked, 6);
    }

    void shopsGoThroughOnboardingAndApproval_data() { addBackendRows(); }

    void shopsGoThroughOnboardingAndApproval()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        QVERIFY(seed().ok());
        const baartal::core::Merchant grocer = shopOf(kGrocerLogin);
        QCOMPARE(grocer.businessName, QStringLiteral("Dadar Fresh Grocers"));
        QCOMPARE(grocer.category, QStringLiteral("grocery"));
        QCOMPARE(grocer.bcoinIssueRate, 5);
        QCOMPARE(grocer.pincode, QStringLiteral("400028"));
        QVERIFY(grocer.approved);
        QVERIFY(grocer.lat.has_value() && grocer.lng.has_value());
        QCOMPARE(grocer.qrCodeUrl, QStringLiteral("https://demo.baartal.test/scan/") + grocer.id);
        const baartal::core::Merchant salon = shopOf(QStringLiteral("demo.salon@baartal.test"));
        QCOMPARE(salon.category, QStringLiteral("saloon"));
        QVERIFY(!salon.approved);
        QCOMPARE(salon.bundleId, grocer.bundleId);

        // The admin's decision and the bundle the admin made are audited as on the admin API.
        const QString admin = userId(QStringLiteral("admin@baartal.test"));
        auto approvals = baartal::core::ApprovalRepository(server().database()).list(std::nullopt);
        QVERIFY(approvals.ok());
        QCOMPARE(approvals->size(), 2);
        for (const baartal::core::Approval& approval : *approvals) {
            const bool isGrocer = approval.merchantId == grocer.id;
            QCOMPARE(approval.merchantId, isGrocer ? grocer.id : salon.id);
            QCOMPARE(baartal::core::toText(approval.status),
                     isGrocer ? QStringLiteral("approved") : QStringLiteral("pending"));
            QCOMPARE(approval.decidedBy, isGrocer ? admin : QString());
        }
        baartal::core::AuditLogRepository audit(server().database());
        auto approved = audit.listBySubject(grocer.id);
        QVERIFY(approved.ok());
        QCOMPARE(approved->size(), 1);
        QCOMPARE(approved->constFirst().action, QStringLiteral("merchant_approve"));
        QCOMPARE(approved->constFirst().adminUserId, admin);
        auto bundle = audit.listBySubject(grocer.bundleId);
        QVERIFY(bundle.ok());
        QCOMPARE(bundle->size(), 1);
        QCOMPARE(bundle->constFirst().action, QStringLiteral("bundle_create"));
        auto region = baartal::core::BundleRepository(server().database()).findById(grocer.bundleId);
        QVERIFY(region.ok() && *region);
        QCOMPARE((*region)->regionName, QStringLiteral("Dadar West"));

        // The bundle is locked to one grocer: another one signing up there is offered elsewhere.
        const QString newcomer = server().registerMerchant(QStringLiteral("kirana@example.in"));
        const ApiReply refused =
            server().api().post(QStringLiteral("/api/v1/merchants"),
                                {{QStringLiteral("business_name"), QStringLiteral("Gokhale Road Kirana")},
                                 {QStringLiteral("category"), QStringLiteral("grocery")},
                                 {QStringLiteral("pincode"), QStringLiteral("400028")},
                                 {QStringLiteral("address"), QStringLiteral("Gokhale Road, Dadar West")},
                                 {QStringLiteral("bundle_id"), grocer.bundleId}},
                                newcomer);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("category_taken"));
    }

    void grocerShowsAWeekOfActivity_data() { addBackendRows(); }

    void grocerShowsAWeekOfActivity()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        QVERIFY(seed().ok());
        const QString merchant =
            server().login(kGrocerLogin, QString::fromLatin1(DemoSeeder::kMerchantPassword));
        QVERIFY(!merchant.isEmpty());

        const ApiReply checkins = server().api().get(QStringLiteral("/api/v1/merchant/checkins"), merchant);
        QCOMPARE(checkins.status, 200);
        const QJsonArray waiting = checkins.data().value(QStringLiteral("checkins")).toArray();
        QCOMPARE(waiting.size(), 1);

        const ApiReply requests =
            server().api().get(QStringLiteral("/api/v1/merchant/spend-requests"), merchant);
        QCOMPARE(requests.status, 200);
        const QJsonArray spend = requests.data().value(QStringLiteral("spend_requests")).toArray();
        QCOMPARE(spend.size(), 1);
        QCOMPARE(spend.first().toObject().value(QStringLiteral("coins")).toInt(), 30);

        // Six bills (₹4,565.50), one paid partly with 20 coins; five scans by three customers.
        const ApiReply analytics = server().api().get(QStringLiteral("/api/v1/merchant/analytics"), merchant);
        QCOMPARE(analytics.status, 200);
        const QJsonObject data = analytics.data();
        const QJsonObject sales = data.value(QStringLiteral("total_sales")).toObject();
        QCOMPARE(sales.value(QStringLiteral("count")).toInt(), 6);
        QCOMPARE(sales.value(QStringLiteral("amount")).toDouble(), 4565.50);
        const QJsonObject redemptions = data.value(QStringLiteral("total_redemptions")).toObject();
        QCOMPARE(redemptions.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(redemptions.value(QStringLiteral("coins")).toInt(), 20);
        QVERIFY2(data.value(QStringLiteral("total_bcoins_issued")).toInt() > 0, analytics.body.constData());

        // The first customer earned on ₹450, ₹860 and ₹620 paid after the coins: 22 + 43 + 31, less 20.
        const QString customer = server().login(QStringLiteral("demo.customer1@baartal.test"),
                                                QString::fromLatin1(DemoSeeder::kCustomerPassword));
        const ApiReply wallet = server().api().get(QStringLiteral("/api/v1/wallet"), customer);
        QCOMPARE(wallet.status, 200);
        QCOMPARE(wallet.data().value(QStringLiteral("balance")).toInt(), 76);
    }

    void seededLoginsWork_data() { addBackendRows(); }

    void seededLoginsWork()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        QVERIFY(seed().ok());

        const QString merchant =
            server().login(kGrocerLogin, QString::fromLatin1(DemoSeeder::kMerchantPassword));
        const QString salon = server().login(QStringLiteral("demo.salon@baartal.test"),
                                             QString::fromLatin1(DemoSeeder::kMerchantPassword));
        QVERIFY(
            !server()
                 .login(QStringLiteral("admin@baartal.test"), QString::fromLatin1(DemoSeeder::kAdminPassword))
                 .isEmpty());
        QVERIFY(
            !server().login(kPhoneCustomer, QString::fromLatin1(DemoSeeder::kCustomerPassword)).isEmpty());
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
