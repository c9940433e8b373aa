#include "tests/sync/support/counter_fixture.h"

#include "core/crypto/base64_url.h"
#include "sync/client/api_call.h"
#include "tests/sync/support/api_answer.h"
#include "tests/testsupport/loopback.h"

#include <QTest>

namespace baartal::testsupport {

namespace {

constexpr int kAnswerTimeoutMs = 10'000;

core::Error setupFailed(const QString& what, const core::Error& cause)
{
    return core::Error::internal(QStringLiteral("counter_fixture_failed"),
                                 what + QStringLiteral(": ") + cause.message);
}

} // namespace

CounterFixture::~CounterFixture()
{
    // The uploader and the recorder use the store and the client; the client's answers must not reach
    // them once they are gone.
    m_uploader.reset();
    m_recorder.reset();
    m_api.reset();
}

core::Result<std::unique_ptr<CounterFixture>> CounterFixture::start(int issueRate, bool approved,
                                                                    Device device)
{
    std::unique_ptr<CounterFixture> fixture(new CounterFixture);
    auto server = ServerFixture::start(core::Dialect::Sqlite);
    if (!server) {
        return server.error();
    }
    fixture->m_server = std::move(*server);
    auto customer = fixture->m_server->registerCustomer(ServerFixture::kCustomerLogin);
    if (!customer) {
        return setupFailed(QStringLiteral("registering the customer"), customer.error());
    }
    fixture->m_customerId = *customer;
    auto merchant = fixture->m_server->addMerchant(ServerFixture::kMerchantLogin, approved, issueRate);
    if (!merchant) {
        return setupFailed(QStringLiteral("adding the shop"), merchant.error());
    }
    auto store = TemporaryCounterStore::create();
    if (!store) {
        return store.error();
    }
    fixture->m_store = std::move(*store);
    fixture->m_api = std::make_unique<sync::ApiClient>();
    fixture->m_api->setBaseUrl(fixture->m_server->api().baseUrl());
    if (core::Status signedIn = fixture->signIn(); !signedIn) {
        return signedIn.error();
    }
    if (device == Device::NotEnrolled) {
        return fixture;
    }
    if (core::Status enrolled = fixture->enrol(); !enrolled) {
        return enrolled.error();
    }
    fixture->m_recorder = std::make_unique<sync::SaleRecorder>(fixture->store(), fixture->m_server->clock());
    fixture->m_recorder->setDeviceId(fixture->m_device->deviceId);
    fixture->m_uploader = std::make_unique<sync::SyncUploader>(
        *fixture->m_api, fixture->store().path(), *fixture->m_device, fixture->m_server->clock());
    fixture->m_uploader->setRetryPolicy(
        core::RetryPolicy(1, std::chrono::milliseconds(20), std::chrono::milliseconds(200)));
    QObject::connect(fixture->m_recorder.get(), &sync::SaleRecorder::queued, fixture->m_uploader.get(),
                     &sync::SyncUploader::kick);
    QObject::connect(fixture->m_uploader.get(), &sync::SyncUploader::settled, fixture->m_recorder.get(),
                     &sync::SaleRecorder::announceSettled);
    fixture->m_uploader->start();
    return fixture;
}

core::Status CounterFixture::signIn()
{
    ApiAnswer<sync::AuthSession> session;
    m_api->login(ServerFixture::kMerchantLogin, ServerFixture::kPassword, &session, session.handler());
    if (!QTest::qWaitFor([&session] { return session.arrived(); }, kAnswerTimeoutMs)) {
        return core::Error::internal(QStringLiteral("counter_fixture_failed"),
                                     QStringLiteral("no login answer"));
    }
    if (!session->ok()) {
        return setupFailed(QStringLiteral("signing in"), session->error());
    }
    m_api->setSession(**session);

    ApiAnswer<sync::MerchantProfile> profile;
    m_api->merchantProfile(&profile, profile.handler());
    if (!QTest::qWaitFor([&profile] { return profile.arrived(); }, kAnswerTimeoutMs)) {
        return core::Error::internal(QStringLiteral("counter_fixture_failed"),
                                     QStringLiteral("no profile answer"));
    }
    if (!profile->ok()) {
        return setupFailed(QStringLiteral("reading the shop's profile"), profile->error());
    }
    m_merchant = **profile;
    return {};
}

core::Status CounterFixture::enrol()
{
    auto device = enrolDevice(QStringLiteral("Counter 1"));
    if (!device) {
        return device.error();
    }
    m_device = *device;
    return {};
}

core::Result<sync::DeviceIdentity> CounterFixture::enrolDevice(const QString& name)
{
    const core::Ed25519KeyPair key = core::Ed25519KeyPair::generate();
    ApiAnswer<QJsonObject> device;
    QObject::connect(m_api->post(QStringLiteral("devices"),
                                 {{QStringLiteral("name"), name},
                                  {QStringLiteral("public_key"),
                                   QString::fromLatin1(core::Base64Url::encode(key.publicKey().bytes()))}}),
                     &sync::ApiCall::finished, &device, device.handler());
    if (!QTest::qWaitFor([&device] { return device.arrived(); }, kAnswerTimeoutMs)) {
        return core::Error::internal(QStringLiteral("counter_fixture_failed"),
                                     QStringLiteral("no enrolment answer"));
    }
    if (!device->ok()) {
        return setupFailed(QStringLiteral("enrolling the counter"), device->error());
    }
    return sync::DeviceIdentity{(*device)->value(QStringLiteral("id")).toString(), m_merchant.id, name, key};
}

QString CounterFixture::customerToken(qint64 coins)
{
    const QString login = m_server->login(ServerFixture::kCustomerLogin);
    const ApiReply reply = coins > 0 ? m_server->api().post(QStringLiteral("/api/v1/wallet/spend-token"),
                                                            {{QStringLiteral("coins"), coins}}, login)
                                     : m_server->api().get(QStringLiteral("/api/v1/wallet/qr"), login);
    return reply.data().value(QStringLiteral("token")).toString();
}

qint64 CounterFixture::customerBalance()
{
    const QString token = m_server->login(ServerFixture::kCustomerLogin);
    const ApiReply reply = m_server->api().get(QStringLiteral("/api/v1/wallet"), token);
    return reply.status == 200 ? reply.data().value(QStringLiteral("balance")).toInteger(-1) : -1;
}

void CounterFixture::cutTheNetwork()
{
    m_api->setBaseUrl(closedLoopbackUrl());
}

void CounterFixture::restoreTheNetwork()
{
    m_api->setBaseUrl(m_server->api().baseUrl());
    m_uploader->retryNow();
}

} // namespace baartal::testsupport
