#include "tests/sync/support/counter_fixture.h"

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
    // The recorder uses the store and the client; the client's answers must not reach a dead recorder.
    m_recorder.reset();
    m_api.reset();
}

core::Result<std::unique_ptr<CounterFixture>> CounterFixture::start(int issueRate, bool approved)
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
    fixture->m_recorder =
        std::make_unique<sync::SaleRecorder>(fixture->store(), *fixture->m_api, fixture->m_server->clock());
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

} // namespace baartal::testsupport
