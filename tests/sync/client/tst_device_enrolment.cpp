// Enrolment against a real server on loopback and the real test keychain (gnome-keyring under
// dbus-run-session, see tests/sync/support/test_keyring.h).
#include "core/crypto/base64_url.h"
#include "sync/client/device_enrolment.h"
#include "sync/client/enrolled_device_repository.h"
#include "tests/sync/support/callback_answer.h"
#include "tests/sync/support/counter_fixture.h"
#include "tests/sync/support/device_key_calls.h"
#include "tests/sync/support/test_keyring.h"

#include <QJsonArray>
#include <QTest>

using namespace baartal;
using testsupport::CounterFixture;
using testsupport::DeviceKeyCalls;
using testsupport::ServerFixture;
using testsupport::waitForCallback;

class TestDeviceEnrolment : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CounterFixture> m_counter;
    QString m_serverUrl;

    std::unique_ptr<sync::DeviceEnrolment> enrolment()
    {
        return std::make_unique<sync::DeviceEnrolment>(m_counter->store(), m_counter->api(),
                                                       m_counter->server().clock());
    }

    core::Result<sync::DeviceIdentity> ensureEnrolled(sync::DeviceEnrolment& enrolment,
                                                      const QString& name = QStringLiteral("Counter 1"))
    {
        return waitForCallback<core::Result<sync::DeviceIdentity>>([&](auto done) {
            enrolment.ensureEnrolled(m_serverUrl, m_counter->merchant().id, name, std::move(done));
        });
    }

    core::Result<sync::DeviceIdentity> reEnrol(sync::DeviceEnrolment& enrolment)
    {
        return waitForCallback<core::Result<sync::DeviceIdentity>>([&](auto done) {
            enrolment.reEnrol(m_serverUrl, m_counter->merchant().id, QStringLiteral("Counter 1"),
                              std::move(done));
        });
    }

    // The shop's devices as GET /api/v1/devices lists them.
    QJsonArray serverDevices()
    {
        const QString token = m_counter->server().login(ServerFixture::kMerchantLogin);
        const auto reply = m_counter->server().api().get(QStringLiteral("/api/v1/devices"), token);
        return reply.status == 200 ? reply.data().value(QStringLiteral("devices")).toArray() : QJsonArray();
    }

    std::optional<sync::EnrolledDevice> recorded()
    {
        auto found = sync::EnrolledDeviceRepository(m_counter->store().database())
                         .find(m_serverUrl, m_counter->merchant().id);
        return found ? *found : std::nullopt;
    }

    core::Result<core::Ed25519KeyPair> keyInTheKeychain()
    {
        sync::DeviceKeyStore keys(m_serverUrl);
        return DeviceKeyCalls::load(keys, m_counter->merchant().id);
    }

private Q_SLOTS:
    void initTestCase() { BAARTAL_START_TEST_KEYRING_OR_SKIP(); }

    void init()
    {
        auto counter = CounterFixture::start(5, true, CounterFixture::Device::NotEnrolled);
        QVERIFY2(counter.ok(), qPrintable(counter.ok() ? QString() : counter.error().message));
        m_counter = std::move(*counter);
        m_serverUrl = m_counter->api().baseUrl().toString();
    }

    void cleanup()
    {
        if (m_counter) {
            sync::DeviceKeyStore keys(m_serverUrl);
            QVERIFY(DeviceKeyCalls::remove(keys, m_counter->merchant().id).ok());
        }
        m_counter.reset();
    }

    void firstEnrolmentRegistersTheDevice()
    {
        auto enrolment = this->enrolment();
        const auto identity = ensureEnrolled(*enrolment);
        QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().message));
        QVERIFY(!identity->deviceId.isEmpty());
        QCOMPARE(identity->merchantId, m_counter->merchant().id);
        QCOMPARE(identity->name, QStringLiteral("Counter 1"));

        const QJsonArray devices = serverDevices();
        QCOMPARE(devices.size(), 1);
        const QJsonObject device = devices.first().toObject();
        QCOMPARE(device.value(QStringLiteral("id")).toString(), identity->deviceId);
        QCOMPARE(device.value(QStringLiteral("public_key")).toString().toLatin1(),
                 core::Base64Url::encode(identity->key.publicKey().bytes()));

        const auto row = recorded();
        QVERIFY(row);
        QCOMPARE(row->deviceId, identity->deviceId);
        QCOMPARE(row->publicKey, identity->key.publicKey().bytes());
        QCOMPARE(row->keyLocation, sync::KeyLocation::Keychain);
        QVERIFY(row->enrolledAt.isValid());
        QVERIFY(row->replacedDeviceId.isEmpty());
        const auto key = keyInTheKeychain();
        QVERIFY(key.ok());
        QCOMPARE(key->seed(), identity->key.seed());
    }

    void laterStartsReuseTheEnrolmentEvenOffline()
    {
        const auto first = ensureEnrolled(*enrolment());
        QVERIFY(first.ok());
        // A restart of the POS: a new enrolment object over the same counter store.
        const auto again = ensureEnrolled(*enrolment());
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(again->deviceId, first->deviceId);
        QCOMPARE(again->key.seed(), first->key.seed());
        QCOMPARE(serverDevices().size(), 1);

        // With the server down, the key comes from the keychain and the device from the counter store.
        m_counter->cutTheNetwork();
        const auto offline = ensureEnrolled(*enrolment());
        QVERIFY2(offline.ok(), qPrintable(offline.ok() ? QString() : offline.error().message));
        QCOMPARE(offline->deviceId, first->deviceId);
        QCOMPARE(offline->key.seed(), first->key.seed());
    }

    void firstEnrolmentNeedsTheServer()
    {
        m_counter->cutTheNetwork();
        const auto identity = ensureEnrolled(*enrolment());
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().code, QStringLiteral("enrolment_needs_server"));
        QCOMPARE(identity.error().kind, core::ErrorKind::Unavailable);
        QVERIFY(!recorded());
        QCOMPARE(keyInTheKeychain().error().code, QStringLiteral("key_missing"));
        QCOMPARE(serverDevices().size(), 0);
    }

    void refusedEnrolmentKeepsNothing()
    {
        // The server takes names of 1 to 60 characters.
        const auto identity = ensureEnrolled(*enrolment(), QString(61, QLatin1Char('n')));
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().code, QStringLiteral("device_enrolment_refused"));
        QCOMPARE(identity.error().kind, core::ErrorKind::Invalid);
        QVERIFY2(identity.error().message.contains(QLatin1String("field_out_of_range")),
                 qPrintable(identity.error().message));
        QVERIFY(!recorded());
        QCOMPARE(keyInTheKeychain().error().code, QStringLiteral("key_missing"));
        QCOMPARE(serverDevices().size(), 0);
    }

    void keyGoneFromTheKeychainNeedsReEnrolment()
    {
        auto enrolment = this->enrolment();
        const auto first = ensureEnrolled(*enrolment);
        QVERIFY(first.ok());
        sync::DeviceKeyStore keys(m_serverUrl);
        QVERIFY(DeviceKeyCalls::remove(keys, m_counter->merchant().id).ok());

        const auto lost = ensureEnrolled(*enrolment);
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, QStringLiteral("device_key_lost"));
        QVERIFY2(lost.error().message.contains(first->deviceId), qPrintable(lost.error().message));
        QCOMPARE(recorded()->deviceId, first->deviceId); // nothing changes until the user re-enrols

        const auto renewed = reEnrol(*enrolment);
        QVERIFY2(renewed.ok(), qPrintable(renewed.ok() ? QString() : renewed.error().message));
        QVERIFY(renewed->deviceId != first->deviceId);
        QVERIFY(renewed->key.seed() != first->key.seed());
        QCOMPARE(recorded()->deviceId, renewed->deviceId);
        QCOMPARE(recorded()->replacedDeviceId, first->deviceId);
        QCOMPARE(serverDevices().size(), 2);
        const auto again = ensureEnrolled(*enrolment);
        QVERIFY(again.ok());
        QCOMPARE(again->deviceId, renewed->deviceId);
    }

    void anotherKeyInTheKeychainIsAMismatch()
    {
        const auto first = ensureEnrolled(*enrolment());
        QVERIFY(first.ok());
        sync::DeviceKeyStore keys(m_serverUrl);
        QVERIFY(DeviceKeyCalls::store(keys, m_counter->merchant().id, core::Ed25519KeyPair::generate()).ok());
        const auto identity = ensureEnrolled(*enrolment());
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().code, QStringLiteral("device_key_mismatch"));
    }

    void trailingSlashNamesTheSameServer()
    {
        const auto first = ensureEnrolled(*enrolment());
        QVERIFY(first.ok());
        auto enrolment = this->enrolment();
        const auto again = waitForCallback<core::Result<sync::DeviceIdentity>>([&](auto done) {
            enrolment->ensureEnrolled(m_serverUrl + QLatin1Char('/'), m_counter->merchant().id,
                                      QStringLiteral("Counter 1"), std::move(done));
        });
        QVERIFY(again.ok());
        QCOMPARE(again->deviceId, first->deviceId);
        QCOMPARE(serverDevices().size(), 1);
    }

    void noAnswerAfterTheEnrolmentIsGone()
    {
        bool answered = false;
        {
            auto leaving = enrolment();
            leaving->ensureEnrolled(
                m_serverUrl, m_counter->merchant().id, QStringLiteral("Counter 1"),
                [&answered](const core::Result<sync::DeviceIdentity>&) { answered = true; });
        }
        QTest::qWait(500);
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(TestDeviceEnrolment)
#include "tst_device_enrolment.moc"
