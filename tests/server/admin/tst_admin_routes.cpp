#include "core/approvals/approval_repository.h"
#include "core/audit/audit_log_repository.h"
#include "core/ids/ids.h"
#include "core/merchants/merchant_repository.h"
#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/test_backends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;
using baartal::testsupport::TestBackends;

namespace {

const QString kApprovals = QStringLiteral("/api/v1/admin/approvals");
const QString kLedgerCheck = QStringLiteral("/api/v1/admin/ledger/check");
const QString kEarn = QStringLiteral("/api/v1/merchant/earn");
const QString kAdminLogin = QStringLiteral("staff@baartal.in");
const QString kPendingLogin = QStringLiteral("pending@example.in");

QString adjustPath(const QString& customerId)
{
    return QStringLiteral("/api/v1/admin/wallets/%1/adjust").arg(customerId);
}

QJsonObject adjustment(qint64 coins, const QString& reason = QStringLiteral("goodwill"),
                       const QString& password = ServerFixture::kPassword)
{
    return {{QStringLiteral("coins"), coins},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("password"), password}};
}

QJsonObject decision(const QString& decided, const QString& notes = {})
{
    QJsonObject body{{QStringLiteral("decision"), decided}};
    if (!notes.isEmpty()) {
        body.insert(QStringLiteral("notes"), notes);
    }
    return body;
}

QJsonObject sale(const QString& customerId, const QJsonValue& bill)
{
    return {{QStringLiteral("customer_id"), customerId}, {QStringLiteral("bill_amount"), bill}};
}

} // namespace

class TestAdminRoutes : public ServerTestCase {
    Q_OBJECT

private:
    QString m_adminId;
    QString m_adminToken;
    QString m_approvalId;
    baartal::core::Merchant m_pending;

    // startWithShop() and an admin signed in.
    [[nodiscard]] bool startAsAdmin(Dialect dialect)
    {
        if (!startWithShop(dialect)) {
            return false;
        }
        auto admin = server().addAdmin(kAdminLogin);
        if (!admin) {
            QTest::qFail(qPrintable(admin.error().message), __FILE__, __LINE__);
            return false;
        }
        m_adminId = admin->user.id;
        m_adminToken = server().login(kAdminLogin);
        return !m_adminToken.isEmpty();
    }

    // startAsAdmin() and a second shop awaiting approval, with its pending approval row.
    [[nodiscard]] bool startWithPendingShop(Dialect dialect)
    {
        if (!startAsAdmin(dialect)) {
            return false;
        }
        auto merchant = server().addMerchant(kPendingLogin, false);
        if (!merchant) {
            QTest::qFail(qPrintable(merchant.error().message), __FILE__, __LINE__);
            return false;
        }
        m_pending = *merchant;
        m_approvalId = baartal::core::Ids::newId();
        const baartal::core::Status added = baartal::core::ApprovalRepository(server().database())
                                                .add({m_approvalId,
                                                      m_pending.id,
                                                      baartal::core::ApprovalStatus::Pending,
                                                      {},
                                                      {},
                                                      server().clock().now(),
                                                      {}});
        if (!added) {
            QTest::qFail(qPrintable(added.error().message), __FILE__, __LINE__);
            return false;
        }
        return true;
    }

    bool pendingShopApproved()
    {
        auto merchant = baartal::core::MerchantRepository(server().database()).findById(m_pending.id);
        return merchant && *merchant && (*merchant)->approved;
    }

    qint64 balance()
    {
        const ApiReply wallet = server().api().get(QStringLiteral("/api/v1/wallet"),
                                                   server().login(ServerFixture::kCustomerLogin));
        return wallet.status == 200 ? wallet.data().value(QStringLiteral("balance")).toInteger() : -1;
    }

    QStringList approvalIds(const QString& query)
    {
        const ApiReply listed = server().api().get(kApprovals + query, m_adminToken);
        if (listed.status != 200) {
            return {listed.describe()};
        }
        QStringList ids;
        for (const QJsonValue& approval : listed.data().value(QStringLiteral("approvals")).toArray()) {
            ids << approval.toObject().value(QStringLiteral("id")).toString();
        }
        return ids;
    }

private Q_SLOTS:
    void onlyAdminsGetIn_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const struct {
            const char* caller;
            int status;
            const char* code;
        } callers[] = {
            {"no token", 401, "missing_token"},
            {"customer", 403, "forbidden_role"},
            {"merchant", 403, "forbidden_role"},
        };
        const struct {
            const char* method;
            const char* route;
        } routes[] = {
            {"GET", "approvals"},
            {"POST", "approvals/{id}"},
            {"POST", "wallets/{customer_id}/adjust"},
            {"GET", "ledger/check"},
            {"GET", "customers?phone=asha@example.in"},
            {"GET", "merchants"},
        };
        for (const Dialect dialect : TestBackends::dialects()) {
            for (const auto& route : routes) {
                for (const auto& caller : callers) {
                    QTest::addRow("%s/%s %s/%s", qPrintable(TestBackends::name(dialect)), route.method,
                                  route.route, caller.caller)
                        << dialect << QString::fromLatin1(route.method) << QString::fromLatin1(route.route)
                        << QString::fromLatin1(caller.caller) << caller.status
                        << QString::fromLatin1(caller.code);
                }
            }
        }
    }

    void onlyAdminsGetIn()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, method);
        QFETCH(QString, route);
        QFETCH(QString, caller);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!startWithPendingShop(dialect)) {
            return;
        }
        QString token;
        if (caller == QLatin1String("customer")) {
            token = server().login(ServerFixture::kCustomerLogin);
        } else if (caller == QLatin1String("merchant")) {
            token = shop().merchantToken;
        }
        QString path = QStringLiteral("/api/v1/admin/") + route;
        path.replace(QStringLiteral("{id}"), m_approvalId);
        path.replace(QStringLiteral("{customer_id}"), shop().customerId);
        QJsonObject body = route.startsWith(QLatin1String("wallets")) ? adjustment(100)
                                                                      : decision(QStringLiteral("approve"));

        const ApiReply reply = method == QLatin1String("GET") ? server().api().get(path, token)
                                                              : server().api().post(path, body, token);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(rows(QStringLiteral("transactions")), 0);
        QCOMPARE(rows(QStringLiteral("admin_audit_log")), 0);
        QCOMPARE(approvalIds(QStringLiteral("?status=pending")), QStringList{m_approvalId});
        QVERIFY(!pendingShopApproved());
    }

    void decisionDecidesWhetherTheShopCanEarn_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("decided");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("earnStatus");
        for (const Dialect dialect : TestBackends::dialects()) {
            const QByteArray name = TestBackends::name(dialect).toLatin1();
            QTest::addRow("%s/approve", name.constData())
                << dialect << QStringLiteral("approve") << QStringLiteral("approved") << 201;
            QTest::addRow("%s/reject", name.constData())
                << dialect << QStringLiteral("reject") << QStringLiteral("rejected") << 403;
        }
    }

    void decisionDecidesWhetherTheShopCanEarn()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, decided);
        QFETCH(QString, status);
        QFETCH(int, earnStatus);
        if (!startWithPendingShop(dialect)) {
            return;
        }
        const QString pendingToken = server().login(kPendingLogin);
        const ApiReply before =
            server().api().post(kEarn, sale(shop().customerId, QStringLiteral("1000.00")), pendingToken);
        QCOMPARE(before.status, 403);
        QCOMPARE(before.errorCode(), QStringLiteral("merchant_not_approved"));

        const ApiReply listed =
            server().api().get(kApprovals + QStringLiteral("?status=pending"), m_adminToken);
        QCOMPARE(listed.status, 200);
        const QJsonArray pending = listed.data().value(QStringLiteral("approvals")).toArray();
        QCOMPARE(pending.size(), 1);
        const QJsonObject row = pending.first().toObject();
        QCOMPARE(row.value(QStringLiteral("id")).toString(), m_approvalId);
        QCOMPARE(row.value(QStringLiteral("merchant_id")).toString(), m_pending.id);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(row.value(QStringLiteral("notes")).toString(), QString());
        QCOMPARE(row.value(QStringLiteral("business_name")).toString(),
                 QStringLiteral("Shop of ") + kPendingLogin);
        // What the admin checks before deciding.
        QCOMPARE(row.value(QStringLiteral("category")).toString(), QStringLiteral("grocery"));
        QCOMPARE(row.value(QStringLiteral("pincode")).toString(), QStringLiteral("400028"));
        QCOMPARE(row.value(QStringLiteral("address")).toString(), QStringLiteral("1 Test Road, Mumbai"));
        QCOMPARE(row.value(QStringLiteral("owner_login")).toString(), kPendingLogin);
        QCOMPARE(row.value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2026-01-15T10:00:00.000Z"));
        QVERIFY(row.value(QStringLiteral("decided_at")).isNull());

        server().clock().advanceSecs(90);
        const ApiReply reply =
            server().api().post(kApprovals + QLatin1Char('/') + m_approvalId,
                                decision(decided, QStringLiteral("GST checked")), m_adminToken);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().value(QStringLiteral("status")).toString(), status);
        QCOMPARE(reply.data().value(QStringLiteral("notes")).toString(), QStringLiteral("GST checked"));
        QCOMPARE(reply.data().value(QStringLiteral("owner_login")).toString(), kPendingLogin);
        QCOMPARE(reply.data().value(QStringLiteral("decided_at")).toString(),
                 QStringLiteral("2026-01-15T10:01:30.000Z"));
        QCOMPARE(pendingShopApproved(), decided == QLatin1String("approve"));

        auto stored = baartal::core::ApprovalRepository(server().database()).findById(m_approvalId);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->decidedBy, m_adminId);

        // Who decided, what and why, kept in the admin audit log under the shop.
        auto audit = baartal::core::AuditLogRepository(server().database()).listBySubject(m_pending.id);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        const baartal::core::AuditEntry& entry = audit->first();
        QCOMPARE(entry.adminUserId, m_adminId);
        QCOMPARE(entry.action, QStringLiteral("merchant_") + decided);
        QCOMPARE(entry.detail.value(QStringLiteral("approval_id")).toString(), m_approvalId);
        QCOMPARE(entry.detail.value(QStringLiteral("notes")).toString(), QStringLiteral("GST checked"));
        QCOMPARE(entry.createdAt, server().clock().now());

        QCOMPARE(approvalIds(QStringLiteral("?status=pending")), QStringList());
        QCOMPARE(approvalIds(QStringLiteral("?status=") + status), QStringList{m_approvalId});
        QCOMPARE(approvalIds(QString()), QStringList{m_approvalId});

        const ApiReply after =
            server().api().post(kEarn, sale(shop().customerId, QStringLiteral("1000.00")), pendingToken);
        QCOMPARE(after.status, earnStatus);
        QCOMPARE(rows(QStringLiteral("transactions")), earnStatus == 201 ? 1 : 0);
    }

    void aDecisionIsFinal_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        for (const Dialect dialect : TestBackends::dialects()) {
            const QByteArray name = TestBackends::name(dialect).toLatin1();
            for (const char* first : {"approve", "reject"}) {
                for (const char* second : {"approve", "reject"}) {
                    QTest::addRow("%s/%s then %s", name.constData(), first, second)
                        << dialect << QString::fromLatin1(first) << QString::fromLatin1(second);
                }
            }
        }
    }

    void aDecisionIsFinal()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, first);
        QFETCH(QString, second);
        if (!startWithPendingShop(dialect)) {
            return;
        }
        const QString path = kApprovals + QLatin1Char('/') + m_approvalId;
        QCOMPARE(server().api().post(path, decision(first, QStringLiteral("first")), m_adminToken).status,
                 200);
        const ApiReply again =
            server().api().post(path, decision(second, QStringLiteral("second")), m_adminToken);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("approval_already_decided"));
        QCOMPARE(pendingShopApproved(), first == QLatin1String("approve"));
        QCOMPARE(rows(QStringLiteral("admin_audit_log")), 1);
        auto stored = baartal::core::ApprovalRepository(server().database()).findById(m_approvalId);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->notes, QStringLiteral("first"));
    }

    void decisionRefusesBadInput_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("approval"); // "%APPROVAL%" stands for the pending approval's id
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray approve = QByteArrayLiteral("{\"decision\":\"approve\"}");
        const struct {
            const char* name;
            QString approval;
            QByteArray body;
            int status;
            const char* code;
        } cases[] = {
            {"unknown approval", QUuid::createUuid().toString(QUuid::WithoutBraces), approve, 404,
             "approval_not_found"},
            {"approval id not a uuid", QStringLiteral("first"), approve, 400, "invalid_id"},
            {"malformed json", QStringLiteral("%APPROVAL%"), QByteArrayLiteral("{\"decision\":"), 400,
             "malformed_json"},
            {"missing decision", QStringLiteral("%APPROVAL%"), QByteArrayLiteral("{\"notes\":\"ok\"}"), 400,
             "missing_field"},
            {"unknown decision", QStringLiteral("%APPROVAL%"), QByteArrayLiteral("{\"decision\":\"maybe\"}"),
             400, "invalid_decision"},
            {"decision of wrong type", QStringLiteral("%APPROVAL%"), QByteArrayLiteral("{\"decision\":true}"),
             400, "invalid_field_type"},
            {"notes of wrong type", QStringLiteral("%APPROVAL%"),
             QByteArrayLiteral("{\"decision\":\"approve\",\"notes\":5}"), 400, "invalid_field_type"},
        };
        for (const Dialect dialect : TestBackends::dialects()) {
            for (const auto& c : cases) {
                QTest::addRow("%s/%s", qPrintable(TestBackends::name(dialect)), c.name)
                    << dialect << c.approval << c.body << c.status << QString::fromLatin1(c.code);
            }
        }
    }

    void decisionRefusesBadInput()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, approval);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!startWithPendingShop(dialect)) {
            return;
        }
        approval.replace(QStringLiteral("%APPROVAL%"), m_approvalId);
        const ApiReply reply =
            server().api().postRaw(kApprovals + QLatin1Char('/') + approval, body, m_adminToken);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(approvalIds(QStringLiteral("?status=pending")), QStringList{m_approvalId});
        QVERIFY(!pendingShopApproved());
        QCOMPARE(rows(QStringLiteral("admin_audit_log")), 0);
    }

    void listRefusesAnUnknownStatus_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("query");
        for (const Dialect dialect : TestBackends::dialects()) {
            const QByteArray name = TestBackends::name(dialect).toLatin1();
            QTest::addRow("%s/unknown", name.constData()) << dialect << QStringLiteral("?status=done");
            QTest::addRow("%s/upper case", name.constData()) << dialect << QStringLiteral("?status=PENDING");
            QTest::addRow("%s/empty", name.constData()) << dialect << QStringLiteral("?status=");
        }
    }

    void listRefusesAnUnknownStatus()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, query);
        if (!startAsAdmin(dialect)) {
            return;
        }
        const ApiReply reply = server().api().get(kApprovals + query, m_adminToken);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_status"));
    }

    void adjustmentIssuesAndWithdraws_data() { addBackendRows(); }

    void adjustmentIssuesAndWithdraws()
    {
        QFETCH(Dialect, dialect);
        if (!startAsAdmin(dialect)) {
            return;
        }
        const ApiReply issued = server().api().post(
            adjustPath(shop().customerId), adjustment(100, QStringLiteral(" goodwill ")), m_adminToken);
        QCOMPARE(issued.status, 201);
        const QJsonObject txn = issued.data().value(QStringLiteral("transaction")).toObject();
        QCOMPARE(txn.value(QStringLiteral("type")).toString(), QStringLiteral("adjustment"));
        QCOMPARE(txn.value(QStringLiteral("customer_id")).toString(), shop().customerId);
        QVERIFY(txn.value(QStringLiteral("merchant_id")).isNull());
        QCOMPARE(txn.value(QStringLiteral("bcoins_earned")).toInteger(), 100);
        QCOMPARE(txn.value(QStringLiteral("bcoins_spent")).toInteger(), 0);
        QCOMPARE(txn.value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2026-01-15T10:00:00.000Z"));
        QCOMPARE(issued.data().value(QStringLiteral("balance")).toInteger(), 100);

        server().clock().advanceSecs(60);
        const ApiReply withdrawn = server().api().post(
            adjustPath(shop().customerId), adjustment(-40, QStringLiteral("duplicate scan")), m_adminToken);
        QCOMPARE(withdrawn.status, 201);
        const QJsonObject back = withdrawn.data().value(QStringLiteral("transaction")).toObject();
        QCOMPARE(back.value(QStringLiteral("bcoins_earned")).toInteger(), 0);
        QCOMPARE(back.value(QStringLiteral("bcoins_spent")).toInteger(), 40);
        QCOMPARE(withdrawn.data().value(QStringLiteral("balance")).toInteger(), 60);
        QCOMPARE(balance(), 60);

        // Every adjustment leaves an audit row naming the admin, the customer and the movement.
        QCOMPARE(rows(QStringLiteral("admin_audit_log")), 2);
        auto audit = baartal::core::AuditLogRepository(server().database()).listBySubject(shop().customerId);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 2);
        const baartal::core::AuditEntry& first = audit->at(0);
        const baartal::core::AuditEntry& second = audit->at(1);
        QCOMPARE(first.action, QStringLiteral("wallet_adjust"));
        QCOMPARE(first.detail.value(QStringLiteral("coins")).toInteger(), 100);
        QCOMPARE(first.detail.value(QStringLiteral("reason")).toString(), QStringLiteral("goodwill"));
        QCOMPARE(first.detail.value(QStringLiteral("txn_id")).toString(),
                 txn.value(QStringLiteral("txn_id")).toString());
        QCOMPARE(second.detail.value(QStringLiteral("coins")).toInteger(), -40);
        QCOMPARE(second.detail.value(QStringLiteral("txn_id")).toString(),
                 back.value(QStringLiteral("txn_id")).toString());
        QCOMPARE(second.createdAt, server().clock().now());
        QCOMPARE(first.adminUserId, m_adminId);
        QCOMPARE(second.adminUserId, m_adminId);
    }

    void adjustmentRefusesAndChangesNothing_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("customer"); // "%CUSTOMER%" stands for the shop's customer
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const auto json = [](const QJsonObject& object) {
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        const QString customer = QStringLiteral("%CUSTOMER%");
        QJsonObject noPassword = adjustment(10);
        noPassword.remove(QStringLiteral("password"));
        QJsonObject noReason = adjustment(10);
        noReason.remove(QStringLiteral("reason"));
        QJsonObject fractional = adjustment(10);
        fractional.insert(QStringLiteral("coins"), 2.5);
        const struct {
            const char* name;
            QString customer;
            QByteArray body;
            int status;
            const char* code;
        } cases[] = {
            {"wrong password", customer,
             json(adjustment(10, QStringLiteral("goodwill"), QStringLiteral("guess-123"))), 403,
             "reauthentication_failed"},
            {"empty password", customer, json(adjustment(10, QStringLiteral("goodwill"), QString())), 400,
             "missing_field"},
            {"missing password", customer, json(noPassword), 400, "missing_field"},
            {"empty reason", customer, json(adjustment(10, QString())), 400, "missing_field"},
            {"missing reason", customer, json(noReason), 400, "missing_field"},
            {"blank reason", customer, json(adjustment(10, QStringLiteral("   "))), 400, "missing_reason"},
            {"zero coins", customer, json(adjustment(0)), 400, "invalid_coins"},
            {"fractional coins", customer, json(fractional), 400, "invalid_field_type"},
            {"absurd coins", customer, json(adjustment(1'000'000'000)), 400, "field_out_of_range"},
            {"withdrawal beyond balance", customer, json(adjustment(-51)), 422, "insufficient_balance"},
            {"malformed json", customer, QByteArrayLiteral("{\"coins\":"), 400, "malformed_json"},
            {"unknown customer", QUuid::createUuid().toString(QUuid::WithoutBraces), json(adjustment(10)),
             404, "customer_not_found"},
            {"customer id not a uuid", QStringLiteral("asha"), json(adjustment(10)), 400, "invalid_id"},
        };
        for (const Dialect dialect : TestBackends::dialects()) {
            for (const auto& c : cases) {
                QTest::addRow("%s/%s", qPrintable(TestBackends::name(dialect)), c.name)
                    << dialect << c.customer << c.body << c.status << QString::fromLatin1(c.code);
            }
        }
    }

    void adjustmentRefusesAndChangesNothing()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, customer);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!startAsAdmin(dialect)) {
            return;
        }
        // 50 coins from a ₹1,000 sale, so a withdrawal has something to draw on.
        QCOMPARE(server().api().post(kEarn, sale(shop().customerId, 1000), shop().merchantToken).status, 201);
        QCOMPARE(balance(), 50);
        const qint64 postings = rows(QStringLiteral("ledger_postings"));

        customer.replace(QStringLiteral("%CUSTOMER%"), shop().customerId);
        const ApiReply reply = server().api().postRaw(adjustPath(customer), body, m_adminToken);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(rows(QStringLiteral("transactions")), 1);
        QCOMPARE(rows(QStringLiteral("ledger_postings")), postings);
        QCOMPARE(rows(QStringLiteral("lot_allocations")), 0);
        QCOMPARE(rows(QStringLiteral("coin_lots")), 1);
        QCOMPARE(rows(QStringLiteral("admin_audit_log")), 0);
        QCOMPARE(balance(), 50);
    }

    void findsACustomerByPhone_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code"); // empty: found, with the customer's masked contact
        QTest::addColumn<QString>("contact");
        const struct {
            const char* name;
            const char* phone;
            int status;
            const char* code;
            const char* contact;
        } cases[] = {
            {"ten digits", "9876543210", 200, "", "98•••••210"},
            {"with +91 and spaces", "+91 98765 43210", 200, "", "98•••••210"},
            {"e-mail login", "asha@example.in", 200, "", "as•••@example.in"},
            {"a shop's login", "grocer@example.in", 404, "customer_not_found", ""},
            {"an admin's login", "staff@baartal.in", 404, "customer_not_found", ""},
            {"nobody's number", "9000000001", 404, "customer_not_found", ""},
            {"not a phone", "98765", 400, "invalid_login", ""},
            {"empty", "", 400, "invalid_login", ""},
        };
        for (const Dialect dialect : TestBackends::dialects()) {
            for (const auto& c : cases) {
                QTest::addRow("%s/%s", qPrintable(TestBackends::name(dialect)), c.name)
                    << dialect << QString::fromUtf8(c.phone) << c.status << QString::fromLatin1(c.code)
                    << QString::fromUtf8(c.contact);
            }
        }
    }

    void findsACustomerByPhone()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, phone);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, contact);
        if (!startAsAdmin(dialect)) {
            return;
        }
        auto byPhone = server().registerCustomer(QStringLiteral("+919876543210"));
        QVERIFY(byPhone.ok());
        QCOMPARE(server().api().post(kEarn, sale(*byPhone, 1000), shop().merchantToken).status, 201);

        const ApiReply reply = server().api().get(QStringLiteral("/api/v1/admin/customers?phone=") +
                                                      QString::fromLatin1(QUrl::toPercentEncoding(phone)),
                                                  m_adminToken);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        if (code.isEmpty()) {
            const bool phoneCustomer = contact.startsWith(QLatin1String("98"));
            QCOMPARE(reply.data().value(QStringLiteral("id")).toString(),
                     phoneCustomer ? *byPhone : shop().customerId);
            QCOMPARE(reply.data().value(QStringLiteral("contact")).toString(), contact);
            QCOMPARE(reply.data().value(QStringLiteral("balance")).toInteger(), phoneCustomer ? 50 : 0);
        }
    }

    void ledgerCheckReportsASoundLedger_data() { addBackendRows(); }

    void ledgerCheckReportsASoundLedger()
    {
        QFETCH(Dialect, dialect);
        if (!startAsAdmin(dialect)) {
            return;
        }
        QCOMPARE(server().api().post(kEarn, sale(shop().customerId, 1000), shop().merchantToken).status, 201);
        QCOMPARE(server().api().post(adjustPath(shop().customerId), adjustment(-20), m_adminToken).status,
                 201);
        server().clock().advanceSecs(30);
        const ApiReply reply = server().api().get(kLedgerCheck, m_adminToken);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(reply.data().value(QStringLiteral("violations")).toArray(), QJsonArray());
        QCOMPARE(reply.data().value(QStringLiteral("transactions_checked")).toInteger(), 2);
        QCOMPARE(reply.data().value(QStringLiteral("checked_at")).toString(),
                 QStringLiteral("2026-01-15T10:00:30.000Z"));
    }
};

QTEST_GUILESS_MAIN(TestAdminRoutes)
#include "tst_admin_routes.moc"
