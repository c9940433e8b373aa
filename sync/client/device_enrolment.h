#pragma once

#include "core/result/result.h"
#include "core/time/clock.h"
#include "sync/client/device_identity.h"
#include "sync/client/device_registration.h"
#include "sync/client/enrolled_device.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace baartal::sync {

class ApiClient;
class CounterStore;
class DeviceKeyStore;

// Makes sure this counter is enrolled with a server for a merchant, and answers its DeviceIdentity.
// Enrolled before (a row in the counter store): the key comes from the keychain (or the opt-in file the
// row names) and no network is needed. Not yet: a new Ed25519 key is stored, its public half registered
// with POST /api/v1/devices (the ApiClient must point at serverUrl and hold the merchant's session), and
// the enrolment recorded. Everything is asynchronous; `done` runs once from the event loop, never after
// this object is destroyed.
//
// Errors besides the key store's ("keychain_unavailable": ask the user for the plain-file opt-in, then
// call allowPlainFile() and try again; "keychain_denied", ...) and the counter store's:
//   enrolment_needs_server (Unavailable): not enrolled yet and the server cannot be reached; the counter
//       cannot sign batches until it has been enrolled once online. Nothing is kept.
//   device_enrolment_refused (the server's kind): the server refused the registration. Nothing is kept.
//   device_key_lost (NotFound): enrolled, but the key is gone from the keychain; only reEnrol() helps.
//   device_key_mismatch (Conflict): the stored key is not the enrolled one; only reEnrol() helps.
//
// Crash windows. The key is stored before the POST: a POST that fails is answered by removing it again;
// one whose answer is lost (or a crash before the row is saved) leaves a device on the server that this
// counter never uses, and the next start, finding no row, enrols afresh with a new key that replaces the
// stored one. That is acceptable: an unused device signs nothing, and an owner can revoke it.
class DeviceEnrolment final : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void(const core::Result<DeviceIdentity>&)>;

    // The plain-file fallback lives next to the counter store: <its folder>/device-keys-unencrypted.
    DeviceEnrolment(CounterStore& store, ApiClient& api, const core::Clock& clock, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeviceEnrolment)
    ~DeviceEnrolment() override;

    // Where the key is kept after allowPlainFile() when the PC has no keychain.
    const QString& plainFileFolder() const { return m_plainFileFolder; }
    // Only after the user agreed: keep the key unencrypted in a file when no keychain exists. A counter
    // whose enrolment says its key is in that file finds it there without being asked again.
    void allowPlainFile() { m_plainFileAllowed = true; }

    void ensureEnrolled(const QString& serverUrl, const QString& merchantId, const QString& deviceName,
                        Done done);
    // After device_key_lost or device_key_mismatch: a new key and a new device, replacing the recorded
    // enrolment (whose device id is logged and kept as replaced_device_id). Needs the server.
    void reEnrol(const QString& serverUrl, const QString& merchantId, const QString& deviceName, Done done);

private:
    struct Attempt;

    std::shared_ptr<Attempt> begin(const QString& serverUrl, const QString& merchantId,
                                   const QString& deviceName, Done done);
    // The recorded enrolment, whose key location also decides whether the opt-in file is looked at.
    core::Result<std::optional<EnrolledDevice>> recorded(const std::shared_ptr<Attempt>& attempt);
    void useEnrolled(const std::shared_ptr<Attempt>& attempt, const EnrolledDevice& enrolled);
    void enrol(const std::shared_ptr<Attempt>& attempt);
    void onRegistered(const std::shared_ptr<Attempt>& attempt, const core::Ed25519KeyPair& key,
                      KeyLocation location, const core::Result<DeviceRegistration>& answer);
    void abandon(const std::shared_ptr<Attempt>& attempt, const core::Error& error);
    void finish(const std::shared_ptr<Attempt>& attempt, const core::Result<DeviceIdentity>& result);

    CounterStore& m_store;
    ApiClient& m_api;
    const core::Clock& m_clock;
    QString m_plainFileFolder;
    bool m_plainFileAllowed = false;
};

} // namespace baartal::sync
