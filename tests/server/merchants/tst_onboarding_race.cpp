#include "tests/server/support/server_test_case.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using baartal::core::Dialect;
using baartal::testsupport::ApiReply;
using baartal::testsupport::ServerTestCase;

namespace {

const QString kMerchants = QStringLiteral("/api/v1/merchants");
constexpr int kRounds = 8;

// A second baartal-server on the fixture's database, serving from its own thread with its own
// connection: two server processes behind a load balancer, as far as the database can tell.
class SecondServer {
public:
    SecondServer() { m_thread.start(); }
    Q_DISABLE_COPY_MOVE(SecondServer)

    ~SecondServer()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { m_app.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    // Starts the server in its thread; its port, or 0 when it could not start.
    quint16 start(const baartal::server::ServerConfig& config, const baartal::core::Clock& clock)
    {
        m_context.moveToThread(&m_thread);
        quint16 port = 0;
        QMetaObject::invokeMethod(
            &m_context,
            [&] {
                auto app = baartal::server::ServerApp::create(config, clock);
                if (!app) {
                    return;
                }
                m_app = std::move(*app);
                auto listening = m_app->listen();
                port = listening ? *listening : 0;
            },
            Qt::BlockingQueuedConnection);
        return port;
    }

private:
    QThread m_thread;
    QObject m_context; // lives in m_thread, so the server is made and destroyed there
    std::unique_ptr<baartal::server::ServerApp> m_app;
};

struct Answer {
    int status = 0;
    QJsonObject json;
};

// Sends both sign-ups at once, one to each server, and waits for both answers.
QList<Answer> raceBoth(const QList<QPair<QUrl, QString>>& targets, const QJsonObject& form)
{
    QNetworkAccessManager network;
    QList<QNetworkReply*> replies;
    const QByteArray body = QJsonDocument(form).toJson(QJsonDocument::Compact);
    for (const auto& [base, token] : targets) {
        QUrl url = base;
        url.setPath(kMerchants);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
        replies.append(network.post(request, body));
    }
    QEventLoop loop;
    int pending = int(replies.size());
    for (QNetworkReply* reply : replies) {
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (--pending == 0) {
                loop.quit();
            }
        });
    }
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    QList<Answer> answers;
    for (QNetworkReply* reply : replies) {
        answers.append({reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                        QJsonDocument::fromJson(reply->readAll()).object()});
        reply->deleteLater();
    }
    return answers;
}

} // namespace

// Two merchants asking at the same instant, through two servers on one database, for the same
// category of the same bundle: exactly one gets it, because the unique index on (bundle_id, category)
// lets only one insert commit; the other is refused with "category_taken" and its alternatives.
class TestOnboardingRace : public ServerTestCase {
    Q_OBJECT

private:
    qint64 count(const QString& sql)
    {
        auto query = server().database().exec(sql);
        return query && (*query)->next() ? (*query)->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void exactlyOneWins_data() { addBackendRows(); }

    void exactlyOneWins()
    {
        QFETCH(Dialect, dialect);
        if (!start(dialect)) {
            return;
        }
        SecondServer second;
        const quint16 port = second.start(server().config(), server().clock());
        QVERIFY(port != 0);
        const QUrl secondUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QVERIFY(server().addAdmin(QStringLiteral("staff@baartal.in")).ok());
        const QString admin = server().login(QStringLiteral("staff@baartal.in"));

        for (int round = 0; round < kRounds; ++round) {
            // Even rounds race in a pincode with no bundle yet (both would create its first bundle);
            // odd rounds for a bundle an admin opened, named in the form.
            const QString pincode = QString::number(400001 + round);
            QJsonObject form{{QStringLiteral("business_name"), QStringLiteral("Racer")},
                             {QStringLiteral("category"), QStringLiteral("grocery")},
                             {QStringLiteral("pincode"), pincode},
                             {QStringLiteral("address"), QStringLiteral("Somewhere in Mumbai")}};
            if (round % 2 == 1) {
                const ApiReply bundle = server().api().post(
                    QStringLiteral("/api/v1/admin/bundles"),
                    {{QStringLiteral("pincode"), pincode}, {QStringLiteral("name"), QStringLiteral("Race")}},
                    admin);
                QCOMPARE(bundle.status, 201);
                form.insert(QStringLiteral("bundle_id"), bundle.data().value(QStringLiteral("id")));
            }
            const QString first = server().registerMerchant(QStringLiteral("a%1@race.in").arg(round));
            const QString other = server().registerMerchant(QStringLiteral("b%1@race.in").arg(round));
            QVERIFY(!first.isEmpty() && !other.isEmpty());

            const QList<Answer> answers =
                raceBoth({{server().api().baseUrl(), first}, {secondUrl, other}}, form);
            QCOMPARE(answers.size(), 2);
            const bool firstWon = answers[0].status == 201;
            const Answer& winner = answers[firstWon ? 0 : 1];
            const Answer& loser = answers[firstWon ? 1 : 0];
            QCOMPARE(winner.status, 201);
            QCOMPARE(loser.status, 409);
            const QJsonObject error = loser.json.value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("category_taken"));
            const QJsonArray alternatives = error.value(QStringLiteral("alternatives")).toArray();
            QVERIFY(!alternatives.isEmpty());
            QCOMPARE(alternatives.last().toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("new_bundle"));

            const QString where = QStringLiteral(" WHERE pincode = '%1'").arg(pincode);
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM merchants") + where), 1);
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM bundles") + where), 1);
            const QString winnerId =
                winner.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM admin_approvals WHERE merchant_id = '%1'")
                               .arg(winnerId)),
                     1);
        }
        QCOMPARE(rows(QStringLiteral("merchants")), kRounds);
        QCOMPARE(rows(QStringLiteral("admin_approvals")), kRounds);
    }
};

QTEST_GUILESS_MAIN(TestOnboardingRace)
#include "tst_onboarding_race.moc"
