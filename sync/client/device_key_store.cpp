#include "sync/client/device_key_store.h"

#include "sync/client/client_log.h"
#include "sync/client/plain_key_file.h"
#include "sync/client/secret_service.h"

#include <qt6keychain/keychain.h>

namespace baartal::sync {

namespace {

core::Error unavailable(const QString& detail)
{
    return {
        core::ErrorKind::Unavailable, QStringLiteral("keychain_unavailable"),
        QStringLiteral("No system keychain is available; the device key cannot be stored safely. Start and "
                       "unlock the desktop keyring (gnome-keyring), or choose to keep the key in an "
                       "unencrypted file on this PC (less safe). (%1)")
            .arg(detail)};
}

} // namespace

QString toText(KeyLocation location)
{
    switch (location) {
    case KeyLocation::Keychain:
        return QStringLiteral("keychain");
    case KeyLocation::PlainFile:
        return QStringLiteral("plain_file");
    }
    return {};
}

std::optional<KeyLocation> keyLocationFromString(QStringView text)
{
    for (const KeyLocation location : {KeyLocation::Keychain, KeyLocation::PlainFile}) {
        if (text == toText(location)) {
            return location;
        }
    }
    return std::nullopt;
}

DeviceKeyStore::DeviceKeyStore(const QString& serverUrl, QObject* parent)
    : QObject(parent)
    , m_service(QStringLiteral("Baartal POS device key for %1").arg(serverUrl))
{
}

DeviceKeyStore::~DeviceKeyStore() = default;

void DeviceKeyStore::allowPlainFileFallback(const QString& folder)
{
    m_plainFileFolder = folder;
}

// The jobs have no parent: one still running in the keychain library when the store goes must not be
// deleted under it. They delete themselves once finished; connecting with this as context keeps a
// late answer from reaching a destroyed store.
void DeviceKeyStore::store(const QString& merchantId, const core::Ed25519KeyPair& key, StoreCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(merchantId);
    job->setBinaryData(key.seed());
    connect(job, &QKeychain::Job::finished, this,
            [this, merchantId, seed = key.seed(), done = std::move(done)](QKeychain::Job* finished) {
                if (finished->error() == QKeychain::NoError) {
                    done(KeyLocation::Keychain);
                    return;
                }
                const core::Error error = keychainError(*finished, merchantId);
                if (usePlainFile(error)) {
                    storeInFile(merchantId, seed, done);
                    return;
                }
                done(error);
            });
    job->start();
}

void DeviceKeyStore::load(const QString& merchantId, KeyCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(merchantId);
    connect(job, &QKeychain::Job::finished, this,
            [this, merchantId, done = std::move(done)](QKeychain::Job* finished) {
                if (finished->error() == QKeychain::NoError) {
                    done(keyFromSeed(static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData(),
                                     merchantId));
                    return;
                }
                const core::Error error = keychainError(*finished, merchantId);
                // A key stored in its file while the keychain was missing is still found once one appears.
                if (usePlainFile(error) ||
                    (m_plainFileFolder && error.code == QLatin1String("key_missing"))) {
                    loadFromFile(merchantId, done);
                    return;
                }
                done(error);
            });
    job->start();
}

void DeviceKeyStore::remove(const QString& merchantId, DoneCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(merchantId);
    connect(job, &QKeychain::Job::finished, this,
            [this, merchantId, done = std::move(done)](QKeychain::Job* finished) {
                std::optional<core::Error> error;
                if (finished->error() != QKeychain::NoError &&
                    finished->error() != QKeychain::EntryNotFound) {
                    error = keychainError(*finished, merchantId);
                }
                if (m_plainFileFolder) {
                    const core::Status removed = plainFile(merchantId).remove();
                    if (!removed) {
                        done(removed);
                        return;
                    }
                    if (error && usePlainFile(*error)) {
                        error.reset();
                    }
                }
                done(error ? core::Status(*error) : core::Status());
            });
    job->start();
}

core::Error DeviceKeyStore::keychainError(const QKeychain::Job& job, const QString& merchantId) const
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return core::Error::notFound(
            QStringLiteral("key_missing"),
            QStringLiteral("This counter has no device key for merchant %1 (%2); enrol it again.")
                .arg(merchantId, m_service));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return core::Error::forbidden(
            QStringLiteral("keychain_denied"),
            QStringLiteral("The system keychain refused access to the device key: %1")
                .arg(job.errorString()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return unavailable(job.errorString());
    default:
        // A generic error: tell "no keychain" from "the keychain failed" by asking D-Bus.
        if (!SecretService::reachable()) {
            return unavailable(job.errorString());
        }
        return core::Error::internal(QStringLiteral("keychain_failed"),
                                     QStringLiteral("The system keychain failed: %1").arg(job.errorString()));
    }
}

bool DeviceKeyStore::usePlainFile(const core::Error& keychainError) const
{
    return m_plainFileFolder && keychainError.code == QLatin1String("keychain_unavailable");
}

PlainKeyFile DeviceKeyStore::plainFile(const QString& merchantId) const
{
    return PlainKeyFile::forKey(*m_plainFileFolder, m_service, merchantId);
}

void DeviceKeyStore::storeInFile(const QString& merchantId, const QByteArray& seed, const StoreCallback& done)
{
    const PlainKeyFile file = plainFile(merchantId);
    const core::Status written = file.write(seed);
    if (!written) {
        done(written.error());
        return;
    }
    qCWarning(lcClient) << "no system keychain: the device key is kept UNENCRYPTED in" << file.path()
                        << "as the user chose";
    done(KeyLocation::PlainFile);
}

void DeviceKeyStore::loadFromFile(const QString& merchantId, const KeyCallback& done)
{
    const auto seed = plainFile(merchantId).read();
    done(seed ? keyFromSeed(*seed, merchantId) : core::Result<core::Ed25519KeyPair>(seed.error()));
}

core::Result<core::Ed25519KeyPair> DeviceKeyStore::keyFromSeed(const QByteArray& seed,
                                                               const QString& merchantId) const
{
    auto key = core::Ed25519KeyPair::fromSeed(seed);
    if (!key) {
        return core::Error::internal(
            QStringLiteral("key_corrupt"),
            QStringLiteral("The device key stored for merchant %1 (%2) is damaged (%3 bytes); "
                           "un-enrol this counter and enrol it again.")
                .arg(merchantId, m_service)
                .arg(seed.size()));
    }
    return key;
}

} // namespace baartal::sync
