// A PC without a system keychain: CTest points DBUS_SESSION_BUS_ADDRESS at a socket that does not
// exist, so no Secret Service can be reached.
#include "sync/client/device_key_store.h"
#include "tests/sync/support/device_key_calls.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace baartal;
using testsupport::DeviceKeyCalls;

namespace {

const QString kServer = QStringLiteral("https://loyalty.test.invalid");

mode_t modeOf(const QString& path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 07777) : 0;
}

} // namespace

class TestDeviceKeyStoreNoKeychain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refusesWithoutTheOptIn()
    {
        sync::DeviceKeyStore keys(kServer);
        const auto stored =
            DeviceKeyCalls::store(keys, QStringLiteral("m-1"), core::Ed25519KeyPair::generate());
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().code, QStringLiteral("keychain_unavailable"));
        QCOMPARE(stored.error().kind, core::ErrorKind::Unavailable);
        QVERIFY2(stored.error().message.startsWith(QLatin1String("No system keychain is available;")),
                 qPrintable(stored.error().message));

        QCOMPARE(DeviceKeyCalls::load(keys, QStringLiteral("m-1")).error().code,
                 QStringLiteral("keychain_unavailable"));
        QCOMPARE(DeviceKeyCalls::remove(keys, QStringLiteral("m-1")).error().code,
                 QStringLiteral("keychain_unavailable"));
    }

    void optInKeepsTheKeyInAnOwnerOnlyFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("device-keys-unencrypted"));
        sync::DeviceKeyStore keys(kServer);
        keys.allowPlainFileFallback(folder);
        const auto key = core::Ed25519KeyPair::generate();

        const auto stored = DeviceKeyCalls::store(keys, QStringLiteral("m-1"), key);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
        QCOMPARE(*stored, sync::KeyLocation::PlainFile);

        const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files.size(), 1);
        const QString path = QDir(folder).filePath(files.first());
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(modeOf(folder), mode_t(0700));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), key.seed());

        const auto loaded = DeviceKeyCalls::load(keys, QStringLiteral("m-1"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->publicKey().bytes(), key.publicKey().bytes());

        QVERIFY(DeviceKeyCalls::remove(keys, QStringLiteral("m-1")).ok());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(DeviceKeyCalls::load(keys, QStringLiteral("m-1")).error().code,
                 QStringLiteral("key_missing"));
    }

    void optInFilesKeepMerchantsApart()
    {
        QTemporaryDir dir;
        sync::DeviceKeyStore keys(kServer);
        keys.allowPlainFileFallback(dir.path());
        const auto first = core::Ed25519KeyPair::generate();
        const auto second = core::Ed25519KeyPair::generate();
        QVERIFY(DeviceKeyCalls::store(keys, QStringLiteral("m-1"), first).ok());
        QVERIFY(DeviceKeyCalls::store(keys, QStringLiteral("m-2"), second).ok());
        QCOMPARE(DeviceKeyCalls::load(keys, QStringLiteral("m-1"))->seed(), first.seed());
        QCOMPARE(DeviceKeyCalls::load(keys, QStringLiteral("m-2"))->seed(), second.seed());
    }

    void damagedFileIsKeyCorrupt()
    {
        QTemporaryDir dir;
        sync::DeviceKeyStore keys(kServer);
        keys.allowPlainFileFallback(dir.path());
        QVERIFY(DeviceKeyCalls::store(keys, QStringLiteral("m-1"), core::Ed25519KeyPair::generate()).ok());
        const QString path = QDir(dir.path()).filePath(QDir(dir.path()).entryList(QDir::Files).first());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("cut short");
        file.close();
        QCOMPARE(DeviceKeyCalls::load(keys, QStringLiteral("m-1")).error().code,
                 QStringLiteral("key_corrupt"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceKeyStoreNoKeychain)
#include "tst_device_key_store_no_keychain.moc"
