#include "app/counter-driver/counter_driver.h"

#include "core/money/paise.h"
#include "sync/client/api_client.h"
#include "sync/client/counter_store.h"
#include "sync/client/merchant_profile_cache.h"
#include "sync/client/outbox_repository.h"
#include "sync/client/sale_recorder.h"
#include "sync/client/sync_uploader.h"

#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace baartal::sync {

namespace {

core::Error driverError(const QString& code, const QString& message)
{
    return core::Error::internal(code, message);
}

// Bills from ₹50 to ₹540 in ₹10 steps, so previews and balances vary but stay reproducible.
core::Paise billFor(int action)
{
    return core::Paise(5'000 + (action % 50) * 1'000);
}

} // namespace

CounterDriver::CounterDriver(CounterDriverOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

CounterDriver::~CounterDriver()
{
    // The uploader's answers and the recorder use the store and the client.
    m_uploader.reset();
    m_recorder.reset();
    m_api.reset();
}

core::Status CounterDriver::open()
{
    QFile keyFile(m_options.keyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return driverError(QStringLiteral("key_store_failed"),
                           QStringLiteral("Cannot read the device key file %1: %2")
                               .arg(m_options.keyFile, keyFile.errorString()));
    }
    auto key = core::Ed25519KeyPair::fromSeed(keyFile.readAll());
    if (!key) {
        return key.error();
    }
    m_identity = DeviceIdentity{m_options.deviceId, m_options.merchantId,
                                QStringLiteral("baartal-counter-driver"), *key};
    auto store = CounterStore::open(m_options.databasePath);
    if (!store) {
        return store.error();
    }
    m_store = std::move(*store);
    m_recorder = std::make_unique<SaleRecorder>(*m_store, m_clock);
    m_recorder->setDeviceId(m_options.deviceId);
    return {};
}

core::Result<MerchantProfile> CounterDriver::merchantProfile()
{
    auto cached = MerchantProfileCache(m_store->database()).find(m_options.merchantId);
    if (!cached) {
        return cached.error();
    }
    if (*cached) {
        return **cached;
    }
    MerchantProfile profile;
    profile.id = m_options.merchantId;
    profile.issueRate = m_options.issueRate;
    profile.approved = true;
    return profile;
}

core::Status CounterDriver::record()
{
    if (core::Status opened = open(); !opened) {
        return opened;
    }
    if (m_options.actions > 0 && m_options.customers.isEmpty()) {
        return core::Error::invalid(QStringLiteral("invalid_customer_id"),
                                    QStringLiteral("Actions need at least one customer."));
    }
    auto merchant = merchantProfile();
    if (!merchant) {
        return merchant.error();
    }
    QString lastEarn;
    for (int action = 1; action <= m_options.actions; ++action) {
        auto clientTxnId = recordAction(action, *merchant, lastEarn);
        if (!clientTxnId) {
            return clientTxnId.error();
        }
        auto entry = OutboxRepository(m_store->database()).find(*clientTxnId);
        if (!entry || !*entry) {
            return entry ? driverError(QStringLiteral("outbox_row_missing"),
                                       QStringLiteral("No outbox row for %1.").arg(*clientTxnId))
                         : entry.error();
        }
        // One write per line, flushed at once: a line on stdout means the action is on disk.
        std::printf("committed %lld %s\n", static_cast<long long>((*entry)->row.sequence),
                    qPrintable(*clientTxnId));
        std::fflush(stdout);
    }
    return {};
}

core::Result<QString> CounterDriver::recordAction(int action, const MerchantProfile& merchant,
                                                  QString& lastEarn)
{
    if (m_options.voidEvery > 0 && action % m_options.voidEvery == 0 && !lastEarn.isEmpty()) {
        auto voided = m_recorder->recordVoid(lastEarn, QStringLiteral("driver void"));
        lastEarn.clear();
        return voided;
    }
    const QString& customer = m_options.customers.at(action % m_options.customers.size());
    auto sale = m_recorder->recordEarn(merchant, customer, billFor(action));
    if (!sale) {
        return sale.error();
    }
    lastEarn = sale->clientTxnId;
    return sale->clientTxnId;
}

void CounterDriver::sync()
{
    if (m_options.syncTimeoutSeconds > 0) {
        // A driver whose caller died must not retry against a gone server for ever.
        QTimer::singleShot(std::chrono::seconds(m_options.syncTimeoutSeconds), this, [this] {
            stop(driverError(
                QStringLiteral("sync_timeout"),
                QStringLiteral("The outbox was not drained within %1 s.").arg(m_options.syncTimeoutSeconds)));
        });
    }
    m_api = std::make_unique<ApiClient>();
    m_api->setBaseUrl(m_options.server);
    connect(m_api.get(), &ApiClient::sessionExpired, this, &CounterDriver::stop);
    m_api->login(m_options.login, m_options.password, this, [this](const core::Result<AuthSession>& session) {
        if (!session) {
            stop(session.error());
            return;
        }
        m_api->setSession(*session);
        startUploading();
    });
}

void CounterDriver::startUploading()
{
    m_uploader = std::make_unique<SyncUploader>(*m_api, m_store->path(), *m_identity, m_clock);
    connect(m_uploader.get(), &SyncUploader::drained, this, [this] { Q_EMIT finished(kExitOk); });
    connect(m_uploader.get(), &SyncUploader::stateChanged, this, [this](const SyncState& state) {
        if (state.blocked && state.lastError) {
            stop(*state.lastError);
        } else if (state.lastError) {
            QTextStream(stderr) << "baartal-counter-driver: upload failed, retrying: "
                                << state.lastError->code << Qt::endl;
        }
    });
    m_uploader->start();
}

void CounterDriver::stop(const core::Error& error)
{
    QTextStream(stderr) << "baartal-counter-driver: " << error.code << ": " << error.message << Qt::endl;
    Q_EMIT finished(kExitFailed);
}

} // namespace baartal::sync
