#include "core/crypto/hashing.h"
#include "core/ids/ids.h"
#include "core/notifications/delivery_repository.h"
#include "core/notifications/notification_queue.h"
#include "core/notifications/notification_settings_repository.h"
#include "server/jobs/notification_job.h"
#include "server/notifications/notification_config.h"
#include "tests/server/support/notification_runs.h"
#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/http_receiver.h"
#include "tests/testsupport/loopback.h"
#include "tests/testsupport/test_backends.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <thread>

using namespace baartal;
using testsupport::HttpReceiver;

namespace {

const QString kSecret = QStringLiteral("whsec_test-secret");
constexpr int kWaitMs = 10'000;

} // namespace

// The durable notification queue and its runner against real receivers on 127.0.0.1: what is sent, the
// retries with back-off on the fake clock, giving up, surviving a runner's death, and two runners racing.
class TestNotificationJob : public testsupport::ServerTestCase {
    Q_OBJECT

private:
    std::unique_ptr<HttpReceiver> m_receiver;
    QUrl m_receiverUrl;

    [[nodiscard]] bool startShopWith(core::Dialect dialect, const QString& webhookUrl,
                                     const QString& whatsappTo = {})
    {
        if (!startWithShop(dialect)) {
            return false;
        }
        const core::NotificationSettings settings{shop().merchant.id, webhookUrl,
                                                  webhookUrl.isEmpty() ? QString() : kSecret, whatsappTo,
                                                  server().clock().now()};
        const core::Status saved = core::NotificationSettingsRepository(server().database()).save(settings);
        if (!saved) {
            QTest::qFail(qPrintable(saved.error().message), __FILE__, __LINE__);
        }
        return saved.ok();
    }

    [[nodiscard]] bool startWithReceiver(core::Dialect dialect)
    {
        if (!m_receiver->listen()) {
            QTest::qFail("the receiver cannot listen on 127.0.0.1", __FILE__, __LINE__);
            return false;
        }
        m_receiverUrl = m_receiver->url(QString());
        return startShopWith(dialect, m_receiverUrl.toString() + QStringLiteral("/hooks/baartal"));
    }

    void enqueue(int count = 1)
    {
        core::NotificationQueue queue(server().database(), server().clock());
        for (int i = 0; i < count; ++i) {
            const core::MerchantEvent event{core::EventType::SpendRequestWaiting, shop().merchant.id,
                                            QJsonObject{{QStringLiteral("n"), i}}, QStringLiteral("Waiting")};
            QVERIFY(queue.enqueue(event).ok());
        }
    }

    QList<core::Delivery> deliveries()
    {
        auto listed =
            core::DeliveryRepository(server().database()).listByMerchant(shop().merchant.id, {}, 1000);
        return listed.ok() ? *listed : QList<core::Delivery>();
    }

    server::NotificationJob& job() { return server().app().notifications(); }

    // Time enough for any retry after `failed` failures to be due, jitter included.
    void passBackOff(int failed)
    {
        server().clock().advanceSecs(
            std::chrono::duration_cast<std::chrono::seconds>(core::RetryPolicy().nominalDelay(failed))
                .count());
    }

private Q_SLOTS:
    void init() { m_receiver = std::make_unique<HttpReceiver>(); }

    void sendsSignedEvent_data() { addBackendRows(); }

    void sendsSignedEvent()
    {
        QFETCH(core::Dialect, dialect);
        if (!startWithReceiver(dialect)) {
            return;
        }
        enqueue();
        QCOMPARE(testsupport::runNotificationsOnce(job()), 1);
        QCOMPARE(m_receiver->requests().size(), 1);
        const testsupport::ReceivedRequest& got = m_receiver->requests().first();
        QCOMPARE(got.method, QByteArrayLiteral("POST"));
        QCOMPARE(got.path, QByteArrayLiteral("/hooks/baartal"));
        QCOMPARE(got.header("Content-Type"), QByteArrayLiteral("application/json"));

        // The integrator's recipe: HMAC-SHA256 of "<timestamp>.<raw body>" under the secret.
        const QByteArray timestamp = got.header("X-Baartal-Timestamp");
        QCOMPARE(timestamp.toLongLong(), server().clock().now().toSecsSinceEpoch());
        const QByteArray expected =
            "sha256=" +
            core::Hashing::hmacSha256(kSecret.toUtf8(), QByteArray(timestamp + '.' + got.body)).toHex();
        QCOMPARE(got.header("X-Baartal-Signature"), expected);
        const QByteArray forged =
            "sha256=" +
            core::Hashing::hmacSha256(QByteArrayLiteral("other"), QByteArray(timestamp + '.' + got.body))
                .toHex();
        QVERIFY(got.header("X-Baartal-Signature") != forged);

        const QJsonObject event = QJsonDocument::fromJson(got.body).object();
        const core::Delivery stored = deliveries().value(0);
        QCOMPARE(event.value(QStringLiteral("id")).toString(), stored.eventId);
        QCOMPARE(got.header("X-Baartal-Event-Id"), stored.eventId.toUtf8());
        QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("spend_request.waiting"));
        QCOMPARE(got.header("X-Baartal-Event-Type"), QByteArrayLiteral("spend_request.waiting"));
        QCOMPARE(event.value(QStringLiteral("merchant_id")).toString(), shop().merchant.id);
        QCOMPARE(event.value(QStringLiteral("created_at")).toString(),
                 server().clock().now().toString(Qt::ISODateWithMs));
        QCOMPARE(event.value(QStringLiteral("data")).toObject().value(QStringLiteral("n")).toInt(-1), 0);
        QCOMPARE(stored.status, core::DeliveryStatus::Delivered);
        QCOMPARE(stored.attempts, 1);
        QCOMPARE(stored.deliveredAt, server().clock().now());
        QCOMPARE(testsupport::runNotificationsOnce(job()), 0);
        QCOMPARE(m_receiver->requests().size(), 1);
    }

    void deliversOnThirdAttemptAfterBackOff_data() { addBackendRows(); }

    void deliversOnThirdAttemptAfterBackOff()
    {
        QFETCH(core::Dialect, dialect);
        if (!startWithReceiver(dialect)) {
            return;
        }
        m_receiver->answerWith({500, 503});
        enqueue();
        QCOMPARE(testsupport::runNotificationsOnce(job()), 1);
        core::Delivery first = deliveries().value(0);
        QCOMPARE(first.status, core::DeliveryStatus::Pending);
        QCOMPARE(first.attempts, 1);
        QCOMPARE(first.lastHttpStatus, 500);
        // Equal jitter: at least half, at most all of the nominal 30 s.
        const qint64 wait = server().clock().now().msecsTo(first.nextAttemptAt);
        QVERIFY2(wait >= 15'000 && wait <= 30'000, qPrintable(QString::number(wait)));

        QCOMPARE(testsupport::runNotificationsOnce(job()), 0); // not due yet
        passBackOff(1);
        QCOMPARE(testsupport::runNotificationsOnce(job()), 1);
        const core::Delivery second = deliveries().value(0);
        QCOMPARE(second.attempts, 2);
        QCOMPARE(second.lastHttpStatus, 503);
        const qint64 secondWait = server().clock().now().msecsTo(second.nextAttemptAt);
        QVERIFY2(secondWait >= 30'000 && secondWait <= 60'000, qPrintable(QString::number(secondWait)));

        passBackOff(2);
        QCOMPARE(testsupport::runNotificationsOnce(job()), 1);
        const core::Delivery third = deliveries().value(0);
        QCOMPARE(third.status, core::DeliveryStatus::Delivered);
        QCOMPARE(third.attempts, 3);
        QCOMPARE(m_receiver->requests().size(), 3);
        // The same event, byte for byte, on every attempt.
        QCOMPARE(m_receiver->requests().at(0).body, m_receiver->requests().at(2).body);
        QCOMPARE(m_receiver->requests().at(0).header("X-Baartal-Event-Id"),
                 m_receiver->requests().at(2).header("X-Baartal-Event-Id"));
    }

    void deadReceiverEndsDead_data() { addBackendRows(); }

    void deadReceiverEndsDead()
    {
        QFETCH(core::Dialect, dialect);
        if (!startShopWith(dialect, testsupport::closedLoopbackUrl().toString() + QStringLiteral("/hook"))) {
            return;
        }
        enqueue();
        const int maxAttempts = core::RetryPolicy().maxAttempts();
        for (int attempt = 1; attempt <= maxAttempts; ++attempt) {
            QCOMPARE(testsupport::runNotificationsOnce(job()), 1);
            const core::Delivery delivery = deliveries().value(0);
            QCOMPARE(delivery.attempts, attempt);
            QCOMPARE(delivery.lastHttpStatus, 0);
            QVERIFY(!delivery.lastError.isEmpty());
            QCOMPARE(delivery.status,
                     attempt < maxAttempts ? core::DeliveryStatus::Pending : core::DeliveryStatus::Dead);
            passBackOff(attempt);
        }
        server().clock().advanceDays(30);
        QCOMPARE(testsupport::runNotificationsOnce(job()), 0);
    }

    void answerDecidesRetry_data()
    {
        QTest::addColumn<core::Dialect>("dialect");
        QTest::addColumn<int>("answer");
        QTest::addColumn<QString>("status");
        const QList<std::pair<int, const char*>> cases{
            {400, "dead"},    {401, "dead"},    {404, "dead"},    {410, "dead"},     {408, "pending"},
            {429, "pending"}, {500, "pending"}, {302, "pending"}, {204, "delivered"}};
        for (core::Dialect dialect : testsupport::TestBackends::dialects()) {
            for (const auto& [answer, status] : cases) {
                QTest::addRow("%s %d", qPrintable(testsupport::TestBackends::name(dialect)), answer)
                    << dialect << answer << QString::fromLatin1(status);
            }
        }
    }

    // A refusal (4xx but timeout and too-many-requests) is final; everything else but 2xx is retried,
    // redirects included since they are not followed.
    void answerDecidesRetry()
    {
        QFETCH(core::Dialect, dialect);
        QFETCH(int, answer);
        QFETCH(QString, status);
        if (!startWithReceiver(dialect)) {
            return;
        }
        m_receiver->answerWith({answer});
        enqueue();
        QCOMPARE(testsupport::runNotificationsOnce(job()), 1);
        const core::Delivery delivery = deliveries().value(0);
        QCOMPARE(core::toText(delivery.status), status);
        QCOMPARE(delivery.lastHttpStatus, answer);
    }

    void turnedOffChannelIsDeadWithoutRequest_data() { addBackendRows(); }

    void turnedOffChannelIsDeadWithoutRequest()
    {
        QFETCH(core::Dialect, dialect);
        if (!startWithReceiver(dialect)) {
            return;
        }
        enqueue();
        QVERIFY(core::NotificationSettingsRepository(server().database())
                    .save({shop().merchant.id, {}, {}, {}, server().clock().now()})
                    .ok());
        QCOMPARE(testsupport::runNotificationsOnce(job()), 1);
        QCOMPARE(m_receiver->requests().size(), 0);
        QCOMPARE(deliveries().value(0).status, core::DeliveryStatus::Dead);
        QCOMPARE(deliveries().value(0).lastError, QStringLiteral("webhook turned off"));
    }

    void survivesRunnerDeath_data() { addBackendRows(); }

    // A server process that dies after claiming deliveries loses them only until its lease runs out;
    // another process, on its own connection, delivers them then, once.
    void survivesRunnerDeath()
    {
        QFETCH(core::Dialect, dialect);
        if (!startWithReceiver(dialect)) {
            return;
        }
        enqueue(3);
        const server::NotificationConfig config;
        {
            auto first = core::Database::open(server().database().url());
            QVERIFY(first.ok());
            server::NotificationJob dying(**first, server().clock(), config);
            QCOMPARE(dying.runOnce().valueOr(-1), 3);
        } // destroyed before any answer: the requests are abandoned with their leases held
        QTest::qWait(100);
        QCOMPARE(m_receiver->requests().size(), 0);

        auto second = core::Database::open(server().database().url());
        QVERIFY(second.ok());
        server::NotificationJob successor(**second, server().clock(), config);
        QCOMPARE(testsupport::runNotificationsOnce(successor), 0); // still leased
        server().clock().advanceSecs(std::chrono::seconds(core::NotificationQueue::kLease).count());
        QCOMPARE(testsupport::runNotificationsOnce(successor), 3);
        QCOMPARE(m_receiver->requests().size(), 3);
        for (const core::Delivery& delivery : deliveries()) {
            QCOMPARE(delivery.status, core::DeliveryStatus::Delivered);
            QCOMPARE(delivery.attempts, 2);
        }
    }

    void racingClaimersNeverShare_data() { addBackendRows(); }

    // Two runners on their own connections and threads claim the same queue at once: every delivery is
    // claimed exactly once (FOR UPDATE SKIP LOCKED on PostgreSQL, the write lock on SQLite).
    void racingClaimersNeverShare()
    {
        QFETCH(core::Dialect, dialect);
        if (!startShopWith(dialect, QStringLiteral("https://hooks.example/baartal"))) {
            return;
        }
        constexpr int kEvents = 60;
        enqueue(kEvents);
        const core::DatabaseUrl url = server().database().url();
        const testsupport::FakeClock& clock = server().clock();
        QList<QStringList> claimedBy(2);
        QList<QString> errors(2);
        auto claimAll = [&](int runner) {
            auto database = core::Database::open(url);
            if (!database) {
                errors[runner] = database.error().message;
                return;
            }
            core::NotificationQueue queue(**database, clock);
            for (;;) {
                auto claimed = queue.claimDue(4);
                if (!claimed) {
                    if (claimed.error().code == QLatin1String("storage_busy")) {
                        continue;
                    }
                    errors[runner] = claimed.error().message;
                    return;
                }
                if (claimed->isEmpty()) {
                    return;
                }
                for (const core::Delivery& delivery : *claimed) {
                    claimedBy[runner].append(delivery.id);
                }
            }
        };
        std::thread a(claimAll, 0);
        std::thread b(claimAll, 1);
        a.join();
        b.join();
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
        const QSet<QString> first(claimedBy[0].cbegin(), claimedBy[0].cend());
        const QSet<QString> second(claimedBy[1].cbegin(), claimedBy[1].cend());
        QCOMPARE(first.size() + second.size(), kEvents);
        QVERIFY(!first.intersects(second));
        for (const core::Delivery& delivery : deliveries()) {
            QCOMPARE(delivery.attempts, 1);
        }
    }

    void whatsAppMessageShape_data() { addBackendRows(); }

    void whatsAppMessageShape()
    {
        QFETCH(core::Dialect, dialect);
        QVERIFY(m_receiver->listen());
        if (!startShopWith(dialect, {}, QStringLiteral("919876543210"))) {
            return;
        }
        server::NotificationConfig config;
        config.whatsappApiUrl = m_receiver->url(QStringLiteral("/v17.0")).toString();
        config.whatsappToken = QByteArrayLiteral("EAAG-test-token");
        config.whatsappPhoneNumberId = QStringLiteral("106540352242922");
        server::NotificationJob whatsapp(server().database(), server().clock(), config);

        enqueue();
        QCOMPARE(testsupport::runNotificationsOnce(whatsapp), 1);
        QCOMPARE(m_receiver->requests().size(), 1);
        const testsupport::ReceivedRequest& got = m_receiver->requests().first();
        QCOMPARE(got.method, QByteArrayLiteral("POST"));
        QCOMPARE(got.path, QByteArrayLiteral("/v17.0/106540352242922/messages"));
        QCOMPARE(got.header("Authorization"), QByteArrayLiteral("Bearer EAAG-test-token"));
        QCOMPARE(got.header("Content-Type"), QByteArrayLiteral("application/json"));
        const QJsonObject expected{
            {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("recipient_type"), QStringLiteral("individual")},
            {QStringLiteral("to"), QStringLiteral("919876543210")},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Waiting")}}}};
        QCOMPARE(QJsonDocument::fromJson(got.body).object(), expected);
        const core::Delivery delivery = deliveries().value(0);
        QCOMPARE(delivery.channel, core::NotificationChannel::WhatsApp);
        QCOMPARE(delivery.status, core::DeliveryStatus::Delivered);
    }
};

QTEST_MAIN(TestNotificationJob)
#include "tst_notification_job.moc"
