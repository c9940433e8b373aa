// Sync batches ingested per second: a counter's signed batches of earn rows POSTed over loopback HTTP to
// a server running in this process (ServerApp, the same routes as baartal-server; client and server
// share one thread, so the figures include the client's encoding and signing).
//
//   bench_sync_ingest [--rows N] [--batch N] [--customers N] [--database URL]

#include "bench/bench_database.h"
#include "core/bundles/bundle_repository.h"
#include "core/crypto/base64_url.h"
#include "core/crypto/ed25519_key_pair.h"
#include "core/crypto/password_hasher.h"
#include "core/customers/customer_repository.h"
#include "core/ids/ids.h"
#include "core/ledger/ledger_invariant_checker.h"
#include "core/merchants/merchant_repository.h"
#include "core/sync/sync_batch_codec.h"
#include "core/users/user_repository.h"
#include "server/server_app.h"
#include "server/server_config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

#include <algorithm>

using namespace baartal::core;
using baartal::bench::BenchDatabase;

namespace {

const QString kPassword = QStringLiteral("bench-merchant-pass");

int fail(const QString& code, const QString& message)
{
    QTextStream(stderr) << "bench_sync_ingest: " << code << ": " << message << '\n';
    return 1;
}

int fail(const Error& error)
{
    return fail(error.code, error.message);
}

struct Reply {
    int status = 0;
    QJsonObject json;
};

// One JSON request, waited for in an event loop so the in-process server serves it meanwhile.
Reply post(QNetworkAccessManager& network, const QUrl& url, const QJsonObject& body, const QString& token)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
    }
    std::unique_ptr<QNetworkReply> reply(
        network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(Base64Url::encode(bytes));
}

QString addUser(Database& db, UserRole role, const QString& passwordHash)
{
    const QString id = Ids::newId();
    (void)UserRepository(db).add(
        {id, id + QStringLiteral("@bench.in"), passwordHash, role, QDateTime::currentDateTimeUtc(), {}});
    return id;
}

double percentile(QList<qint64> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return double(values.at(std::min<qsizetype>(values.size() - 1, qsizetype(fraction * values.size()))));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("baartal.*.debug=false\nbaartal.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Earn rows to upload."), QStringLiteral("n"),
                      QStringLiteral("20000")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Rows per batch (1-500)."), QStringLiteral("n"),
                      QStringLiteral("500")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Distinct customers."), QStringLiteral("n"),
                      QStringLiteral("300")});
    BenchDatabase::addOption(parser);
    parser.process(app);
    const int rowCount = std::max(1, parser.value(QStringLiteral("rows")).toInt());
    const int batchSize =
        std::clamp(parser.value(QStringLiteral("batch")).toInt(), 1, int(SyncBatch::kMaxRows));
    const int customerCount = std::max(1, parser.value(QStringLiteral("customers")).toInt());

    BenchDatabase database;
    auto opened = database.open(parser);
    if (!opened) {
        return fail(opened.error());
    }
    Database& db = **opened;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString bundleId = Ids::newId();
    (void)BundleRepository(db).add({bundleId, QStringLiteral("Bench"), QStringLiteral("400001"), true, now});
    auto passwordHash = PasswordHasher(PasswordHasher::Strength::Minimal).hash(kPassword);
    if (!passwordHash) {
        return fail(passwordHash.error());
    }
    Merchant merchant;
    merchant.id = Ids::newId();
    merchant.userId = addUser(db, UserRole::Merchant, *passwordHash);
    merchant.businessName = QStringLiteral("Bench Grocer");
    merchant.category = QStringLiteral("grocery");
    merchant.pincode = QStringLiteral("400001");
    merchant.address = QStringLiteral("Bench Road");
    merchant.qrCodeUrl = QStringLiteral("http://127.0.0.1/scan/") + merchant.id;
    merchant.bundleId = bundleId;
    merchant.approved = true;
    merchant.createdAt = now;
    if (Status added = MerchantRepository(db).add(merchant); !added) {
        return fail(added.error());
    }
    QStringList customers;
    for (int i = 0; i < customerCount; ++i) {
        const QString id = Ids::newId();
        (void)CustomerRepository(db).add(
            {id, addUser(db, UserRole::Customer, QStringLiteral("x")), {}, id.left(8), {}, {}, now});
        customers << id;
    }

    baartal::server::ServerConfig config;
    config.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.listenPort = 0;
    config.database = db.url();
    config.jwtSecret = QByteArrayLiteral("bench-secret-that-is-at-least-32-bytes-long");
    config.signingKeys = {Ed25519KeyPair::generate()};
    config.publicBaseUrl = QStringLiteral("https://baartal.bench");
    config.passwordStrength = PasswordHasher::Strength::Minimal;
    config.apiRateLimit = {1'000'000, std::chrono::seconds(60)};
    auto server = baartal::server::ServerApp::create(config);
    if (!server) {
        return fail(server.error());
    }
    auto port = (*server)->listen();
    if (!port) {
        return fail(port.error());
    }
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(*port);
    QNetworkAccessManager network;
    const Reply login =
        post(network, QUrl(base + QStringLiteral("/api/v1/auth/login")),
             {{QStringLiteral("email_or_phone"), QJsonValue(merchant.userId + QStringLiteral("@bench.in"))},
              {QStringLiteral("password"), kPassword}},
             {});
    const QString token =
        login.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString();
    if (login.status != 200 || token.isEmpty()) {
        return fail(QStringLiteral("login_failed"), QString::number(login.status));
    }
    const Ed25519KeyPair key = Ed25519KeyPair::generate();
    const Reply enrolled = post(network, QUrl(base + QStringLiteral("/api/v1/devices")),
                                {{QStringLiteral("name"), QStringLiteral("Bench counter")},
                                 {QStringLiteral("public_key"), b64(key.publicKey().bytes())}},
                                token);
    const QString deviceId =
        enrolled.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
    if (enrolled.status != 201 || deviceId.isEmpty()) {
        return fail(QStringLiteral("enrol_failed"), QString::number(enrolled.status));
    }

    const QUrl batches(base + QStringLiteral("/api/v1/sync/batches"));
    QByteArray lastHash = SyncBatchCodec::genesisHash();
    qint64 sequence = 0;
    QList<qint64> latenciesMs;
    qint64 accepted = 0;
    QElapsedTimer total;
    total.start();
    while (sequence < rowCount) {
        SyncBatch batch{deviceId, {}};
        while (batch.rows.size() < batchSize && sequence < rowCount) {
            OutboxRow row;
            row.sequence = ++sequence;
            // Bills from ₹20 to ₹2,019.99 spread over the customers, as bench_ledger_earn.
            row.bill = Paise(2000 + (sequence * 7919) % 200000);
            row.deviceId = deviceId;
            row.clientTxnId = Ids::newId();
            row.customerId = customers.at(sequence % customerCount);
            row.localTimeMs = QDateTime::currentMSecsSinceEpoch();
            row.previousHash = lastHash;
            lastHash = SyncBatchCodec::hashOf(row).value();
            batch.rows.append(row);
        }
        const QByteArray bytes = SyncBatchCodec::encode(batch).value();
        QElapsedTimer latency;
        latency.start();
        const Reply reply =
            post(network, batches,
                 {{QStringLiteral("batch"), b64(bytes)}, {QStringLiteral("signature"), b64(key.sign(bytes))}},
                 token);
        latenciesMs.append(latency.elapsed());
        if (reply.status != 200) {
            return fail(QStringLiteral("batch_refused"),
                        QString::fromUtf8(QJsonDocument(reply.json).toJson()));
        }
        for (const QJsonValue& result :
             reply.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("results")).toArray()) {
            accepted +=
                result.toObject().value(QStringLiteral("status")).toString() == QLatin1String("accepted");
        }
    }
    const qint64 elapsedMs = std::max<qint64>(1, total.elapsed());

    auto report = LedgerInvariantChecker(db).check(QDateTime::currentDateTimeUtc());
    if (!report) {
        return fail(report.error());
    }
    QTextStream out(stdout);
    out << "transport:          HTTP over 127.0.0.1, server in-process (ServerApp)\n"
        << "backend:            " << (db.dialect() == Dialect::Sqlite ? "sqlite" : "postgresql") << '\n'
        << "rows accepted:      " << accepted << " of " << rowCount << " in " << latenciesMs.size()
        << " batches of " << batchSize << ", " << customerCount << " customers\n"
        << "elapsed:            " << elapsedMs << " ms\n"
        << "rows / second:      " << (qint64(accepted) * 1000 / elapsedMs) << '\n'
        << "batch latency:      median " << percentile(latenciesMs, 0.5) << " ms, p95 "
        << percentile(latenciesMs, 0.95) << " ms, first " << latenciesMs.constFirst() << " ms, last "
        << latenciesMs.constLast() << " ms\n"
        << "ledger invariants:  " << (report->ok() ? "ok" : "VIOLATED") << '\n';
    return report->ok() && accepted == rowCount ? 0 : 1;
}
