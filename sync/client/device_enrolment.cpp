#include "sync/client/device_enrolment.h"

#include "sync/client/api_client.h"
#include "sync/client/client_log.h"
#include "sync/client/counter_store.h"
#include "sync/client/device_key_store.h"
#include "sync/client/enrolled_device_repository.h"
#include "sync/client/response_fields.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace baartal::sync {

namespace {

const QString kKeyMissing = QStringLiteral("key_missing");
const QString kKeyCorrupt = QStringLiteral("key_corrupt");

core::Error keyLost(const EnrolledDevice& enrolled, const core::Error& cause)
{
    return core::Error::notFound(
        QStringLiteral("device_key_lost"),
        QStringLiteral("This counter is enrolled as device %1, but its signing key is no longer usable (%2). "
                       "It must be enrolled again as a new device (a new key); sales it recorded and did "
                       "not upload yet cannot be signed with the lost key.")
            .arg(enrolled.deviceId, cause.message));
}

} // namespace

struct DeviceEnrolment::Attempt {
    QString serverUrl;
    QString merchantId;
    QString deviceName;
    QString replacedDeviceId;
    DeviceKeyStore* keys = nullptr; // a child of the enrolment: no key store answer outlives it
    Done done;
};

DeviceEnrolment::DeviceEnrolment(CounterStore& store, ApiClient& api, const core::Clock& clock,
                                 QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_clock(clock)
    , m_plainFileFolder(QFileInfo(store.path()).dir().filePath(QStringLiteral("device-keys-unencrypted")))
{
}

DeviceEnrolment::~DeviceEnrolment() = default;

std::shared_ptr<DeviceEnrolment::Attempt> DeviceEnrolment::begin(const QString& serverUrl,
                                                                 const QString& merchantId,
                                                                 const QString& deviceName, Done done)
{
    auto attempt = std::make_shared<Attempt>();
    // One spelling per server, so "https://x/" and "https://x" share one enrolment and one key.
    QUrl server = QUrl(serverUrl).adjusted(QUrl::StripTrailingSlash);
    if (server.path() == QLatin1String("/")) {
        server.setPath({});
    }
    attempt->serverUrl = server.toString();
    attempt->merchantId = merchantId;
    attempt->deviceName = deviceName;
    attempt->keys = new DeviceKeyStore(attempt->serverUrl, this);
    attempt->done = std::move(done);
    if (m_plainFileAllowed) {
        attempt->keys->allowPlainFileFallback(m_plainFileFolder);
    }
    return attempt;
}

core::Result<std::optional<EnrolledDevice>> DeviceEnrolment::recorded(const std::shared_ptr<Attempt>& attempt)
{
    auto found = EnrolledDeviceRepository(m_store.database()).find(attempt->serverUrl, attempt->merchantId);
    if (found && *found && (*found)->keyLocation == KeyLocation::PlainFile) {
        attempt->keys->allowPlainFileFallback(m_plainFileFolder);
    }
    return found;
}

void DeviceEnrolment::ensureEnrolled(const QString& serverUrl, const QString& merchantId,
                                     const QString& deviceName, Done done)
{
    const auto attempt = begin(serverUrl, merchantId, deviceName, std::move(done));
    const auto found = recorded(attempt);
    if (!found) {
        finish(attempt, found.error());
    } else if (*found) {
        useEnrolled(attempt, **found);
    } else {
        enrol(attempt);
    }
}

void DeviceEnrolment::reEnrol(const QString& serverUrl, const QString& merchantId, const QString& deviceName,
                              Done done)
{
    const auto attempt = begin(serverUrl, merchantId, deviceName, std::move(done));
    const auto found = recorded(attempt);
    if (!found) {
        finish(attempt, found.error());
        return;
    }
    if (*found) {
        attempt->replacedDeviceId = (*found)->deviceId;
        qCWarning(lcClient) << "re-enrolling merchant" << merchantId << "at" << attempt->serverUrl
                            << ": device" << attempt->replacedDeviceId
                            << "is given up (its key is lost); the shop owner may revoke it";
    }
    enrol(attempt);
}

void DeviceEnrolment::useEnrolled(const std::shared_ptr<Attempt>& attempt, const EnrolledDevice& enrolled)
{
    attempt->keys->load(attempt->merchantId, [this, attempt,
                                              enrolled](core::Result<core::Ed25519KeyPair> key) {
        if (!key) {
            const core::Error& error = key.error();
            const bool lost = error.code == kKeyMissing || error.code == kKeyCorrupt;
            finish(attempt, lost ? keyLost(enrolled, error) : error);
            return;
        }
        if (key->publicKey().bytes() != enrolled.publicKey) {
            finish(attempt, core::Error::conflict(
                                QStringLiteral("device_key_mismatch"),
                                QStringLiteral(
                                    "The signing key stored for this counter is not the key of device %1 it "
                                    "was enrolled with; it must be enrolled again as a new device.")
                                    .arg(enrolled.deviceId)));
            return;
        }
        finish(attempt, DeviceIdentity{enrolled.deviceId, enrolled.merchantId, enrolled.name, *key});
    });
}

void DeviceEnrolment::enrol(const std::shared_ptr<Attempt>& attempt)
{
    const core::Ed25519KeyPair key = core::Ed25519KeyPair::generate();
    // The key is stored first: a PC without a keychain is found out before the server hears of a key
    // that could not be kept.
    attempt->keys->store(attempt->merchantId, key, [this, attempt, key](core::Result<KeyLocation> location) {
        if (!location) {
            finish(attempt, location.error());
            return;
        }
        m_api.registerDevice(
            attempt->deviceName, key.publicKey(), attempt->keys,
            [this, attempt, key, where = *location](const core::Result<DeviceRegistration>& answer) {
                onRegistered(attempt, key, where, answer);
            });
    });
}

void DeviceEnrolment::onRegistered(const std::shared_ptr<Attempt>& attempt, const core::Ed25519KeyPair& key,
                                   KeyLocation location, const core::Result<DeviceRegistration>& answer)
{
    if (!answer) {
        const core::Error& error = answer.error();
        if (ApiClient::isOutage(error)) {
            abandon(attempt, {core::ErrorKind::Unavailable, QStringLiteral("enrolment_needs_server"),
                              QStringLiteral(
                                  "This counter is not enrolled with %1 yet and the server cannot be reached "
                                  "(%2). It has to be enrolled once while online before it can sign its "
                                  "sales for upload.")
                                  .arg(attempt->serverUrl, error.message)});
            return;
        }
        abandon(attempt, {error.kind, QStringLiteral("device_enrolment_refused"),
                          QStringLiteral("The server refused to enrol this counter: %1 (%2)")
                              .arg(error.message, error.code)});
        return;
    }
    // A server that registered another key, or for another shop, has not enrolled this counter.
    if (answer->publicKey != key.publicKey().bytes() || answer->merchantId != attempt->merchantId) {
        abandon(attempt, ResponseFields::invalid(answer->publicKey != key.publicKey().bytes()
                                                     ? QStringLiteral("public_key")
                                                     : QStringLiteral("merchant_id")));
        return;
    }
    EnrolledDevice enrolled;
    enrolled.serverUrl = attempt->serverUrl;
    enrolled.merchantId = attempt->merchantId;
    enrolled.deviceId = answer->deviceId;
    enrolled.name = answer->name;
    enrolled.publicKey = answer->publicKey;
    enrolled.keyLocation = location;
    enrolled.replacedDeviceId = attempt->replacedDeviceId;
    enrolled.enrolledAt = m_clock.now();
    // A crash before this row is written leaves an unused device on the server; see the class comment.
    if (core::Status saved = EnrolledDeviceRepository(m_store.database()).save(enrolled); !saved) {
        abandon(attempt, saved.error());
        return;
    }
    qCInfo(lcClient) << "counter enrolled with" << enrolled.serverUrl << "as device" << enrolled.deviceId
                     << "for merchant" << enrolled.merchantId << "; key kept in the" << toText(location);
    finish(attempt, DeviceIdentity{enrolled.deviceId, enrolled.merchantId, enrolled.name, key});
}

void DeviceEnrolment::abandon(const std::shared_ptr<Attempt>& attempt, const core::Error& error)
{
    // Nothing is kept of a failed enrolment: the next attempt starts from a new key.
    attempt->keys->remove(attempt->merchantId, [this, attempt, error](const core::Status& removed) {
        if (!removed) {
            qCWarning(lcClient) << "the key of a failed enrolment stays stored:" << removed.error().message;
        }
        finish(attempt, error);
    });
}

void DeviceEnrolment::finish(const std::shared_ptr<Attempt>& attempt,
                             const core::Result<DeviceIdentity>& result)
{
    attempt->keys->deleteLater();
    if (!result) {
        qCWarning(lcClient).noquote() << "device enrolment for merchant" << attempt->merchantId
                                      << "failed:" << result.error().code << result.error().message;
    }
    // Always from the event loop, even for a failure found at once, so callers see one behaviour.
    QMetaObject::invokeMethod(
        this, [done = attempt->done, result] { done(result); }, Qt::QueuedConnection);
}

} // namespace baartal::sync
