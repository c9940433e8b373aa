#include "sync/client/plain_key_file.h"

#include "core/crypto/hashing.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace baartal::sync {

namespace {

constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

core::Error storeFailed(const QString& message)
{
    return {core::ErrorKind::Internal, QStringLiteral("key_store_failed"), message};
}

} // namespace

PlainKeyFile::PlainKeyFile(QString folder, const QString& name)
    : m_folder(std::move(folder))
    // Hashed so that any server URL and merchant id make a safe file name.
    , m_path(
          QDir(m_folder).filePath(QString::fromLatin1(core::Hashing::sha256(name.toUtf8()).toHex().left(32)) +
                                  QStringLiteral(".seed")))
{
}

PlainKeyFile PlainKeyFile::forKey(const QString& folder, const QString& service, const QString& merchantId)
{
    return PlainKeyFile(folder, service + u'\n' + merchantId);
}

core::Result<QByteArray> PlainKeyFile::read() const
{
    QFile file(m_path);
    if (!file.exists()) {
        return core::Error::notFound(QStringLiteral("key_missing"),
                                     QStringLiteral("This counter has no device key in %1.").arg(m_path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return storeFailed(
            QStringLiteral("Cannot read the device key file %1: %2").arg(m_path, file.errorString()));
    }
    return file.readAll();
}

core::Status PlainKeyFile::write(const QByteArray& seed) const
{
    if (!QDir().mkpath(m_folder) || !QFile::setPermissions(m_folder, kOwnerOnlyFolder)) {
        return storeFailed(QStringLiteral("Cannot create the folder %1 for the device key.").arg(m_folder));
    }
    QSaveFile file(m_path);
    // The temporary file gets 0600 before the seed is written into it, and keeps it when renamed.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnlyFile) ||
        file.write(seed) != seed.size() || !file.commit()) {
        return storeFailed(
            QStringLiteral("Cannot write the device key file %1: %2").arg(m_path, file.errorString()));
    }
    return {};
}

core::Status PlainKeyFile::remove() const
{
    QFile file(m_path);
    if (file.exists() && !file.remove()) {
        return storeFailed(
            QStringLiteral("Cannot delete the device key file %1: %2").arg(m_path, file.errorString()));
    }
    return {};
}

} // namespace baartal::sync
