// Enrolment on a PC without a system keychain: CTest points DBUS_SESSION_BUS_ADDRESS at a socket that
// does not exist, so no Secret Service can be reached. The server is real, on loopback.
#include "sync/client/device_enrolment.h"
#include "sync/client/enrolled_device_repository.h"
#include "sync/client/plain_key_file.h"
#include "tests/sync/support/callback_answer.h"
#include "tests/sync/support/counter_fixture.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace baartal;
using testsupport::CounterFixture;
using testsupport::ServerFixture;
using testsupport::waitForCallback;

class TestDeviceEnrolmentNoKeychain : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CounterFixture> m_counter;

    std::unique_ptr<sync::DeviceEnrolment> enrolment()
    {
        return std::make_unique<sync::DeviceEnrolment>(m_counter->store(), m_counter->api(),
                                                       m_counter->server().clock());
    }

    core::Result<sync::DeviceIdentity> ensureEnrolled(sync::DeviceEnrolment& enrolment)
    {
        return waitForCallback<core::Result<sync::DeviceIdentity>>([&](auto done) {
            enrolment.ensureEnrolled(m_counter->api().baseUrl().toString(), m_counter->merchant().id,
                                     QStringLiteral("Counter 1"), std::move(done));
        });
    }

    int serverDeviceCount()
    {
        const QString token = m_counter->server().login(ServerFixture::kMerchantLogin);
        const auto reply = m_counter->server().api().get(QStringLiteral("/api/v1/devices"), token);
        return reply.status == 200 ? int(reply.data().value(QStringLiteral("devices")).toArray().size()) : -1;
    }

    std::optional<sync::EnrolledDevice> recorded()
    {
        auto found = sync::EnrolledDeviceRepository(m_counter->store().database())
                         .find(m_counter->api().baseUrl().toString(), m_counter->merchant().id);
        return found ? *found : std::nullopt;
    }

private Q_SLOTS:
    void init()
    {
        auto counter = CounterFixture::start(5, true, CounterFixture::Device::NotEnrolled);
        QVERIFY2(counter.ok(), qPrintable(counter.ok() ? QString() : counter.error().message));
        m_counter = std::move(*counter);
    }

    void cleanup() { m_counter.reset(); }

    void refusesWithoutTheOptIn()
    {
        auto enrolment = this->enrolment();
        const auto identity = ensureEnrolled(*enrolment);
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().code, QStringLiteral("keychain_unavailable"));
        QVERIFY(!recorded());
        QCOMPARE(serverDeviceCount(), 0);
        QVERIFY(!QDir(enrolment->plainFileFolder()).exists());
    }

    void optInKeepsTheKeyInAFileAndIsNotAskedAgain()
    {
        auto enrolment = this->enrolment();
        enrolment->allowPlainFile();
        const auto identity = ensureEnrolled(*enrolment);
        QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().message));
        QCOMPARE(serverDeviceCount(), 1);
        QCOMPARE(recorded()->keyLocation, sync::KeyLocation::PlainFile);
        // The folder sits next to the counter store, in the user's data folder.
        QCOMPARE(QFileInfo(enrolment->plainFileFolder()).dir().absolutePath(),
                 QFileInfo(m_counter->store().path()).dir().absolutePath());
        QCOMPARE(QDir(enrolment->plainFileFolder()).entryList(QDir::Files | QDir::Hidden).size(), 1);

        // After a restart the enrolment's record says where the key is: no second opt-in needed.
        const auto again = ensureEnrolled(*this->enrolment());
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(again->deviceId, identity->deviceId);
        QCOMPARE(again->key.seed(), identity->key.seed());
        QCOMPARE(serverDeviceCount(), 1);
    }

    void keyFileRemovedIsDeviceKeyLost()
    {
        auto enrolment = this->enrolment();
        enrolment->allowPlainFile();
        QVERIFY(ensureEnrolled(*enrolment).ok());
        QVERIFY(QDir(enrolment->plainFileFolder()).removeRecursively());
        const auto identity = ensureEnrolled(*this->enrolment());
        QVERIFY(!identity.ok());
        QCOMPARE(identity.error().code, QStringLiteral("device_key_lost"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceEnrolmentNoKeychain)
#include "tst_device_enrolment_no_keychain.moc"
