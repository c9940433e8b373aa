// Against a real keychain: gnome-keyring under the private D-Bus session of scripts/run-tests.sh,
// started and unlocked by scripts/start-test-keyring.sh. Skipped when that fails, unless
// BAARTAL_REQUIRE_KEYCHAIN=1 (run-tests.sh sets it), where it fails.
#include "sync/client/device_key_store.h"
#include "sync/client/plain_key_file.h"
#include "tests/sync/support/device_key_calls.h"
#include "tests/sync/support/test_keyring.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

using namespace baartal;
using testsupport::DeviceKeyCalls;

namespace {

QString uniqueServer()
{
    return QStringLiteral("https://%1.test.invalid").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace

class TestDeviceKeyStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { BAARTAL_START_TEST_KEYRING_OR_SKIP(); }

    void init()
    {
        m_server = uniqueServer();
        m_keys = std::make_unique<sync::DeviceKeyStore>(m_server);
    }

    void cleanup()
    {
        for (const QString& merchant : {QStringLiteral("m-1"), QStringLiteral("m-2")}) {
            QVERIFY(DeviceKeyCalls::remove(*m_keys, merchant).ok());
        }
        m_keys.reset();
    }

    void storedKeyLoadsBack()
    {
        const auto key = core::Ed25519KeyPair::generate();
        const auto stored = DeviceKeyCalls::store(*m_keys, QStringLiteral("m-1"), key);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
        QCOMPARE(*stored, sync::KeyLocation::Keychain);
        // It really is in gnome-keyring (QtKeychain keeps binary data base64-encoded there).
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"), m_keys->service(),
                      QStringLiteral("user"), QStringLiteral("m-1")});
        QVERIFY(lookup.waitForFinished(20000));
        QCOMPARE(QByteArray::fromBase64(lookup.readAllStandardOutput().trimmed()), key.seed());

        // A new store object (as after a restart of the POS) finds the same key.
        sync::DeviceKeyStore restarted(m_server);
        const auto loaded = DeviceKeyCalls::load(restarted, QStringLiteral("m-1"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(loaded->seed(), key.seed());
        QCOMPARE(loaded->publicKey().bytes(), key.publicKey().bytes());
    }

    void storeReplacesTheEarlierKey()
    {
        const auto first = core::Ed25519KeyPair::generate();
        const auto second = core::Ed25519KeyPair::generate();
        QVERIFY(DeviceKeyCalls::store(*m_keys, QStringLiteral("m-1"), first).ok());
        QVERIFY(DeviceKeyCalls::store(*m_keys, QStringLiteral("m-1"), second).ok());
        const auto loaded = DeviceKeyCalls::load(*m_keys, QStringLiteral("m-1"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->seed(), second.seed());
    }

    void removedKeyIsMissing()
    {
        QVERIFY(DeviceKeyCalls::store(*m_keys, QStringLiteral("m-1"), core::Ed25519KeyPair::generate()).ok());
        QVERIFY(DeviceKeyCalls::remove(*m_keys, QStringLiteral("m-1")).ok());
        const auto loaded = DeviceKeyCalls::load(*m_keys, QStringLiteral("m-1"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QStringLiteral("key_missing"));
        QCOMPARE(loaded.error().kind, core::ErrorKind::NotFound);
        // Un-enrolling twice is harmless.
        QVERIFY(DeviceKeyCalls::remove(*m_keys, QStringLiteral("m-1")).ok());
    }

    void damagedEntryIsKeyCorrupt_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<bool>("asText");
        QTest::newRow("31 bytes") << QByteArray(31, 'k') << false;
        QTest::newRow("33 bytes") << QByteArray(33, 'k') << false;
        QTest::newRow("a password, not a key") << QByteArray("hunter2") << true;
    }

    void damagedEntryIsKeyCorrupt()
    {
        QFETCH(QByteArray, stored);
        QFETCH(bool, asText);
        // Written behind the store's back, as another program or a damaged keyring would.
        auto* job = new QKeychain::WritePasswordJob(m_keys->service(), this);
        job->setKey(QStringLiteral("m-1"));
        if (asText) {
            job->setTextData(QString::fromUtf8(stored));
        } else {
            job->setBinaryData(stored);
        }
        bool written = false;
        connect(job, &QKeychain::Job::finished, this,
                [&written](QKeychain::Job* finished) { written = finished->error() == QKeychain::NoError; });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);

        const auto loaded = DeviceKeyCalls::load(*m_keys, QStringLiteral("m-1"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QStringLiteral("key_corrupt"));
    }

    void merchantsAndServersAreKeptApart()
    {
        sync::DeviceKeyStore otherServer(uniqueServer());
        const auto first = core::Ed25519KeyPair::generate();
        const auto second = core::Ed25519KeyPair::generate();
        const auto elsewhere = core::Ed25519KeyPair::generate();
        QVERIFY(DeviceKeyCalls::store(*m_keys, QStringLiteral("m-1"), first).ok());
        QVERIFY(DeviceKeyCalls::store(*m_keys, QStringLiteral("m-2"), second).ok());
        QVERIFY(DeviceKeyCalls::store(otherServer, QStringLiteral("m-1"), elsewhere).ok());

        QCOMPARE(DeviceKeyCalls::load(*m_keys, QStringLiteral("m-1"))->seed(), first.seed());
        QCOMPARE(DeviceKeyCalls::load(*m_keys, QStringLiteral("m-2"))->seed(), second.seed());
        QCOMPARE(DeviceKeyCalls::load(otherServer, QStringLiteral("m-1"))->seed(), elsewhere.seed());

        QVERIFY(DeviceKeyCalls::remove(*m_keys, QStringLiteral("m-1")).ok());
        QCOMPARE(DeviceKeyCalls::load(*m_keys, QStringLiteral("m-1")).error().code,
                 QStringLiteral("key_missing"));
        QCOMPARE(DeviceKeyCalls::load(*m_keys, QStringLiteral("m-2"))->seed(), second.seed());
        QCOMPARE(DeviceKeyCalls::load(otherServer, QStringLiteral("m-1"))->seed(), elsewhere.seed());
        QVERIFY(DeviceKeyCalls::remove(otherServer, QStringLiteral("m-1")).ok());
    }

    void keychainIsPreferredOverTheOptInFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("device-keys-unencrypted"));
        m_keys->allowPlainFileFallback(folder);
        const auto key = core::Ed25519KeyPair::generate();
        const auto stored = DeviceKeyCalls::store(*m_keys, QStringLiteral("m-1"), key);
        QVERIFY(stored.ok());
        QCOMPARE(*stored, sync::KeyLocation::Keychain);
        QVERIFY(!QDir(folder).exists());
        QCOMPARE(DeviceKeyCalls::load(*m_keys, QStringLiteral("m-1"))->seed(), key.seed());
    }

    void keyKeptInItsFileIsFoundOnceAKeychainExists()
    {
        // Stored while the PC had no keychain (after the opt-in), read after one was installed.
        QTemporaryDir dir;
        const auto key = core::Ed25519KeyPair::generate();
        QVERIFY(sync::PlainKeyFile::forKey(dir.path(), m_keys->service(), QStringLiteral("m-1"))
                    .write(key.seed())
                    .ok());
        QCOMPARE(DeviceKeyCalls::load(*m_keys, QStringLiteral("m-1")).error().code,
                 QStringLiteral("key_missing"));
        m_keys->allowPlainFileFallback(dir.path());
        const auto loaded = DeviceKeyCalls::load(*m_keys, QStringLiteral("m-1"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->seed(), key.seed());
        // Un-enrolling removes it from both places.
        QVERIFY(DeviceKeyCalls::remove(*m_keys, QStringLiteral("m-1")).ok());
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void noAnswerAfterTheStoreIsGone()
    {
        QVERIFY(DeviceKeyCalls::store(*m_keys, QStringLiteral("m-1"), core::Ed25519KeyPair::generate()).ok());
        sync::DeviceKeyStore restarted(m_server);
        bool answered = false;
        {
            auto leaving = std::make_unique<sync::DeviceKeyStore>(m_server);
            leaving->load(QStringLiteral("m-1"),
                          [&answered](const core::Result<core::Ed25519KeyPair>&) { answered = true; });
        }
        // A later call on another store finishes after the abandoned one would have.
        QVERIFY(DeviceKeyCalls::load(restarted, QStringLiteral("m-1")).ok());
        QTest::qWait(200);
        QVERIFY(!answered);
    }

private:
    QString m_server;
    std::unique_ptr<sync::DeviceKeyStore> m_keys;
};

QTEST_GUILESS_MAIN(TestDeviceKeyStore)
#include "tst_device_key_store.moc"
