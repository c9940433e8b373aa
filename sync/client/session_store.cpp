#include "sync/client/session_store.h"

#include "sync/client/secret_service.h"

#include <qt6keychain/keychain.h>

namespace baartal::sync {

namespace {

const QString kEntry = QStringLiteral("refresh_token");

core::Error keychainError(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return core::Error::forbidden(QStringLiteral("keychain_denied"),
                                      QStringLiteral("The system keychain refused access to the saved "
                                                     "sign-in: %1")
                                          .arg(job.errorString()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break;
    default:
        if (SecretService::reachable()) {
            return core::Error::internal(
                QStringLiteral("keychain_failed"),
                QStringLiteral("The system keychain failed: %1").arg(job.errorString()));
        }
    }
    return {core::ErrorKind::Unavailable, QStringLiteral("keychain_unavailable"),
            QStringLiteral("No system keychain is available to keep the sign-in: %1").arg(job.errorString())};
}

} // namespace

SessionStore::SessionStore(const QString& serverUrl, QObject* parent)
    : QObject(parent)
    , m_service(QStringLiteral("Baartal POS session for %1").arg(serverUrl))
{
}

SessionStore::~SessionStore() = default;

// As in DeviceKeyStore, the jobs have no parent and delete themselves once finished; this store as the
// context keeps a late answer from reaching a destroyed store.
void SessionStore::remember(const QString& refreshToken, DoneCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(kEntry);
    job->setTextData(refreshToken);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        done(finished->error() == QKeychain::NoError ? core::Status()
                                                     : core::Status(keychainError(*finished)));
    });
    job->start();
}

void SessionStore::recall(RecallCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(kEntry);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::EntryNotFound) {
            done(std::optional<QString>());
            return;
        }
        if (finished->error() != QKeychain::NoError) {
            done(keychainError(*finished));
            return;
        }
        const QString token = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
        done(token.isEmpty() ? std::optional<QString>() : std::optional<QString>(token));
    });
    job->start();
}

void SessionStore::forget(DoneCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(kEntry);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        const bool gone =
            finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(gone ? core::Status() : core::Status(keychainError(*finished)));
    });
    job->start();
}

} // namespace baartal::sync
