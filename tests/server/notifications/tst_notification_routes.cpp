#include "core/approvals/approval_repository.h"
#include "core/crypto/hashing.h"
#include "core/ids/ids.h"
#include "server/jobs/notification_job.h"
#include "tests/server/support/notification_runs.h"
#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/http_receiver.h"
#include "tests/testsupport/test_backends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace baartal;
using testsupport::ApiReply;
using testsupport::HttpReceiver;
using testsupport::ServerFixture;

namespace {

const QString kWebhook = QStringLiteral("/api/v1/merchant/webhook");
const QString kSecretPath = QStringLiteral("/api/v1/merchant/webhook/secret");
const QString kDeliveries = QStringLiteral("/api/v1/merchant/webhook/deliveries");
const QString kWhatsApp = QStringLiteral("/api/v1/merchant/whatsapp");
const QString kEarn = QStringLiteral("/api/v1/merchant/earn");
const QString kOtherLogin = QStringLiteral("chemist@example.in");
const QString kAdminLogin = QStringLiteral("staff@baartal.in");

QJsonObject urlBody(const QString& url)
{
    return {{QStringLiteral("url"), url}};
}

QJsonObject sale(const QString& customerId, const QString& bill)
{
    return {{QStringLiteral("customer_id"), customerId}, {QStringLiteral("bill_amount"), bill}};
}

} // namespace

// A shop's notification settings and delivery log, and the events that sales and approval decisions
// send to a real receiver on 127.0.0.1.
class TestNotificationRoutes : public testsupport::ServerTestCase {
    Q_OBJECT

private:
    std::unique_ptr<HttpReceiver> m_receiver;
    QString m_hookUrl;

    // startWithShop() and a receiver listening; its URL in m_hookUrl.
    [[nodiscard]] bool startWithReceiver(core::Dialect dialect)
    {
        if (!startWithShop(dialect)) {
            return false;
        }
        m_receiver = std::make_unique<HttpReceiver>();
        if (!m_receiver->listen()) {
            QTest::qFail("the receiver cannot listen on 127.0.0.1", __FILE__, __LINE__);
            return false;
        }
        m_hookUrl = m_receiver->url(QStringLiteral("/baartal")).toString();
        return true;
    }

    // Sets the shop's webhook to the receiver; the secret it was given.
    QString subscribe(const QString& token)
    {
        const ApiReply reply = server().api().put(kWebhook, urlBody(m_hookUrl), token);
        return reply.status == 200 ? reply.data().value(QStringLiteral("webhook_secret")).toString()
                                   : QString();
    }

    QJsonArray deliveries(const QString& token, const QString& query = {})
    {
        const ApiReply reply = server().api().get(kDeliveries + query, token);
        return reply.status == 200 ? reply.data().value(QStringLiteral("deliveries")).toArray()
                                   : QJsonArray();
    }

private Q_SLOTS:
    void webhookSettingsLifecycle_data() { addBackendRows(); }

    void webhookSettingsLifecycle()
    {
        QFETCH(core::Dialect, dialect);
        if (!startWithReceiver(dialect)) {
            return;
        }
        const QString token = shop().merchantToken;
        ApiReply reply = server().api().get(kWebhook, token);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.data().value(QStringLiteral("webhook_url")).isNull());
        QCOMPARE(reply.data().value(QStringLiteral("whatsapp_available")).toBool(true), false);

        const QString secret = subscribe(token);
        QVERIFY(secret.startsWith(QStringLiteral("whsec_")));
        QVERIFY(secret.size() > 40);
        reply = server().api().get(kWebhook, token);
        QCOMPARE(reply.data().value(QStringLiteral("webhook_url")).toString(), m_hookUrl);
        QVERIFY(!reply.data().contains(QStringLiteral("webhook_secret")));

        // A new URL keeps the secret; rotating replaces it.
        reply = server().api().put(kWebhook, urlBody(m_hookUrl + QStringLiteral("/v2")), token);
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.data().contains(QStringLiteral("webhook_secret")));
        reply = server().api().post(kSecretPath, {}, token);
        QCOMPARE(reply.status, 200);
        const QString rotated = reply.data().value(QStringLiteral("webhook_secret")).toString();
        QVERIFY(rotated.startsWith(QStringLiteral("whsec_")));
        QVERIFY(rotated != secret);

        reply = server().api().del(kWebhook, token);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.data().value(QStringLiteral("webhook_url")).isNull());
        reply = server().api().post(kSecretPath, {}, token);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("webhook_not_set"));
        // With no channel on, a sale queues nothing.
        QCOMPARE(server().api().post(kEarn, sale(shop().customerId, QStringLiteral("100")), token).status,
                 201);
        QCOMPARE(rows(QStringLiteral("notification_deliveries")), 0);
    }

    void saleSendsSignedEarnEvent_data() { addBackendRows(); }

    void saleSendsSignedEarnEvent()
    {
        QFETCH(core::Dialect, dialect);
        if (!startWithReceiver(dialect)) {
            return;
        }
        const QString secret = subscribe(shop().merchantToken);
        QVERIFY(!secret.isEmpty());
        const ApiReply earned =
            server().api().post(kEarn, sale(shop().customerId, QStringLiteral("1000")), shop().merchantToken);
        QCOMPARE(earned.status, 201);
        QCOMPARE(testsupport::runNotificationsOnce(server().app().notifications()), 1);

        QCOMPARE(m_receiver->requests().size(), 1);
        const testsupport::ReceivedRequest& got = m_receiver->requests().first();
        const QByteArray timestamp = got.header("X-Baartal-Timestamp");
        QCOMPARE(
            got.header("X-Baartal-Signature"),
            "sha256=" +
                core::Hashing::hmacSha256(secret.toUtf8(), QByteArray(timestamp + '.' + got.body)).toHex());
        const QJsonObject event = QJsonDocument::fromJson(got.body).object();
        QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("earn"));
        const QJsonObject transaction =
            event.value(QStringLiteral("data")).toObject().value(QStringLiteral("transaction")).toObject();
        QCOMPARE(transaction, earned.data().value(QStringLiteral("transaction")).toObject());

        const QJsonArray listed = deliveries(shop().merchantToken);
        QCOMPARE(listed.size(), 1);
        const QJsonObject delivery = listed.first().toObject();
        QCOMPARE(delivery.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
        QCOMPARE(delivery.value(QStringLiteral("channel")).toString(), QStringLiteral("webhook"));
        QCOMPARE(delivery.value(QStringLiteral("event_id")).toString(),
                 event.value(QStringLiteral("id")).toString());
        QCOMPARE(delivery.value(QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(delivery.value(QStringLiteral("last_http_status")).toInt(), 200);
        QCOMPARE(delivery.value(QStringLiteral("event")).toObject(), event);
        QCOMPARE(deliveries(shop().merchantToken, QStringLiteral("?status=dead")).size(), 0);
    }

    void refusedSaleQueuesNothing_data() { addBackendRows(); }

    // The event exists exactly when its cause committed: a sale refused (here over the spend cap) or a
    // retried duplicate queues nothing.
    void refusedSaleQueuesNothing()
    {
        QFETCH(core::Dialect, dialect);
        if (!startWithReceiver(dialect)) {
            return;
        }
        QVERIFY(!subscribe(shop().merchantToken).isEmpty());
        QJsonObject overCap = sale(shop().customerId, QStringLiteral("100"));
        overCap.insert(QStringLiteral("redeem_coins"), 1000);
        QCOMPARE(server().api().post(kEarn, overCap, shop().merchantToken).status, 422);
        QCOMPARE(rows(QStringLiteral("notification_deliveries")), 0);

        QJsonObject counted = sale(shop().customerId, QStringLiteral("100"));
        counted.insert(QStringLiteral("client_txn_id"), core::Ids::newId());
        QCOMPARE(server().api().post(kEarn, counted, shop().merchantToken).status, 201);
        QCOMPARE(server().api().post(kEarn, counted, shop().merchantToken).status, 200);
        QCOMPARE(rows(QStringLiteral("notification_deliveries")), 1);
    }

    void approvalDecisionNotifiesShop_data() { addBackendRows(); }

    void approvalDecisionNotifiesShop()
    {
        QFETCH(core::Dialect, dialect);
        if (!startWithReceiver(dialect)) {
            return;
        }
        QVERIFY(server().addAdmin(kAdminLogin).ok());
        auto pending = server().addMerchant(kOtherLogin, false);
        QVERIFY(pending.ok());
        const QString approvalId = core::Ids::newId();
        QVERIFY(core::ApprovalRepository(server().database())
                    .add({approvalId,
                          pending->id,
                          core::ApprovalStatus::Pending,
                          {},
                          {},
                          server().clock().now(),
                          {}})
                    .ok());
        const QString pendingToken = server().login(kOtherLogin);
        QVERIFY(!subscribe(pendingToken).isEmpty());

        const QString path = QStringLiteral("/api/v1/admin/approvals/") + approvalId;
        const QJsonObject approve{{QStringLiteral("decision"), QStringLiteral("approve")},
                                  {QStringLiteral("notes"), QStringLiteral("Documents in order")}};
        const QString adminToken = server().login(kAdminLogin);
        QCOMPARE(server().api().post(path, approve, adminToken).status, 200);
        // A second decision is refused and queues nothing more.
        QCOMPARE(server().api().post(path, approve, adminToken).status, 409);
        QCOMPARE(testsupport::runNotificationsOnce(server().app().notifications()), 1);
        QCOMPARE(m_receiver->requests().size(), 1);
        const QJsonObject event = QJsonDocument::fromJson(m_receiver->requests().first().body).object();
        QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("approval.decided"));
        QCOMPARE(event.value(QStringLiteral("merchant_id")).toString(), pending->id);
        const QJsonObject approval =
            event.value(QStringLiteral("data")).toObject().value(QStringLiteral("approval")).toObject();
        QCOMPARE(approval.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(approval.value(QStringLiteral("notes")).toString(), QStringLiteral("Documents in order"));
        QVERIFY(event.value(QStringLiteral("summary")).toString().contains(QStringLiteral("approved")));
    }

    void spendRequestNotifiesShop_data() { addBackendRows(); }

    void spendRequestNotifiesShop()
    {
        QFETCH(core::Dialect, dialect);
        if (!startWithReceiver(dialect)) {
            return;
        }
        QVERIFY(!subscribe(shop().merchantToken).isEmpty());
        QCOMPARE(server()
                     .api()
                     .post(kEarn, sale(shop().customerId, QStringLiteral("1000")), shop().merchantToken)
                     .status,
                 201);
        QCOMPARE(testsupport::runNotificationsOnce(server().app().notifications()), 1);
        const QString customerToken = server().login(ServerFixture::kCustomerLogin);
        const QJsonObject ask{{QStringLiteral("merchant_id"), shop().merchant.id},
                              {QStringLiteral("coins"), 5}};
        const ApiReply created =
            server().api().post(QStringLiteral("/api/v1/wallet/spend-requests"), ask, customerToken);
        QCOMPARE(created.status, 201);
        // A refused second request (one is already pending) queues nothing more.
        QCOMPARE(
            server().api().post(QStringLiteral("/api/v1/wallet/spend-requests"), ask, customerToken).status,
            409);
        QCOMPARE(testsupport::runNotificationsOnce(server().app().notifications()), 1);
        QCOMPARE(m_receiver->requests().size(), 2);
        const QJsonObject event = QJsonDocument::fromJson(m_receiver->requests().last().body).object();
        QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("spend_request.waiting"));
        QCOMPARE(event.value(QStringLiteral("merchant_id")).toString(), shop().merchant.id);
        QCOMPARE(
            event.value(QStringLiteral("data")).toObject().value(QStringLiteral("spend_request")).toObject(),
            created.data().value(QStringLiteral("spend_request")).toObject());
    }

    void shopSeesOnlyItsOwnDeliveries_data() { addBackendRows(); }

    void shopSeesOnlyItsOwnDeliveries()
    {
        QFETCH(core::Dialect, dialect);
        if (!startWithReceiver(dialect)) {
            return;
        }
        QVERIFY(server().addMerchant(kOtherLogin, true).ok());
        const QString otherToken = server().login(kOtherLogin);
        QVERIFY(!subscribe(shop().merchantToken).isEmpty());
        const QString otherSecret = subscribe(otherToken);
        QVERIFY(!otherSecret.isEmpty());
        QCOMPARE(server()
                     .api()
                     .post(kEarn, sale(shop().customerId, QStringLiteral("250")), shop().merchantToken)
                     .status,
                 201);
        QCOMPARE(deliveries(shop().merchantToken).size(), 1);
        QCOMPARE(deliveries(otherToken).size(), 0);
        // Each shop's settings are its own: the other shop's change leaves this one's alone.
        QCOMPARE(server().api().del(kWebhook, otherToken).status, 200);
        QCOMPARE(server()
                     .api()
                     .get(kWebhook, shop().merchantToken)
                     .data()
                     .value(QStringLiteral("webhook_url"))
                     .toString(),
                 m_hookUrl);
    }

    void whatsAppNeedsServerAccount_data() { addBackendRows(); }

    void whatsAppNeedsServerAccount()
    {
        QFETCH(core::Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        const QJsonObject number{{QStringLiteral("whatsapp_to"), QStringLiteral("+91 98765 43210")}};
        const ApiReply reply = server().api().put(kWhatsApp, number, shop().merchantToken);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("whatsapp_not_configured"));
        QCOMPARE(rows(QStringLiteral("merchant_notification_settings")), 0);
    }

    void badWebhookInputRefused_data()
    {
        addBadInputRows({
            {"malformed JSON", "{\"url\":", 400, "malformed_json"},
            {"no url", "{}", 400, "missing_field"},
            {"url a number", "{\"url\":42}", 400, "invalid_field_type"},
            {"plain http to a public host", "{\"url\":\"http://hooks.example/x\"}", 400,
             "invalid_webhook_url"},
            {"not a URL", "{\"url\":\"hooks example\"}", 400, "invalid_webhook_url"},
            {"ftp", "{\"url\":\"ftp://hooks.example/x\"}", 400, "invalid_webhook_url"},
            {"private address", "{\"url\":\"https://10.1.2.3/x\"}", 400, "invalid_webhook_url"},
            {"link-local metadata address", "{\"url\":\"https://169.254.169.254/latest\"}", 400,
             "invalid_webhook_url"},
            {"credentials in the URL", "{\"url\":\"https://user:pw@hooks.example/x\"}", 400,
             "invalid_webhook_url"},
        });
    }

    void badWebhookInputRefused()
    {
        QFETCH(core::Dialect, dialect);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!startWithShop(dialect)) {
            return;
        }
        const ApiReply put = server().api().putRaw(kWebhook, body, shop().merchantToken);
        QCOMPARE(put.status, status);
        QCOMPARE(put.errorCode(), code);
        QCOMPARE(rows(QStringLiteral("merchant_notification_settings")), 0);
    }

    void badDeliveryQueryRefused_data()
    {
        addBadQueryRows({
            {"unknown status", "status=failed", "invalid_status"},
            {"limit zero", "limit=0", "invalid_limit"},
            {"limit over 200", "limit=201", "invalid_limit"},
            {"limit text", "limit=all", "invalid_limit"},
        });
    }

    void badDeliveryQueryRefused()
    {
        QFETCH(core::Dialect, dialect);
        QFETCH(QString, query);
        QFETCH(QString, code);
        if (!startWithShop(dialect)) {
            return;
        }
        const ApiReply reply =
            server().api().get(kDeliveries + QLatin1Char('?') + query, shop().merchantToken);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), code);
    }
};

QTEST_MAIN(TestNotificationRoutes)
#include "tst_notification_routes.moc"
