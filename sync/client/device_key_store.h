#pragma once

#include "core/crypto/ed25519_key_pair.h"
#include "core/result/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace baartal::sync {

class PlainKeyFile;

// Where a device key ended up.
enum class KeyLocation {
    Keychain,  // the OS keychain (Secret Service, e.g. gnome-keyring)
    PlainFile, // the opt-in unencrypted file: less safe, the UI should say so
};

// "keychain" / "plain_file".
QString toText(KeyLocation location);
std::optional<KeyLocation> keyLocationFromString(QStringView text);

// The counter's Ed25519 device key (the one that signs its sync batches), kept in the OS keychain
// through QtKeychain under a service naming the server and an entry naming the merchant, so keys of
// two servers or two merchants on one PC never mix. Keychain calls are asynchronous: every operation
// answers through its callback from the event loop, never blocking the GUI thread, and never after
// the store is destroyed.
//
// Errors: "keychain_unavailable" (Unavailable: no keychain on this PC), "keychain_denied" (Forbidden),
// "keychain_failed" (Internal), "key_missing" (NotFound), "key_corrupt" (Internal), "key_store_failed"
// (Internal: the opt-in file could not be read or written).
class DeviceKeyStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceKeyStore)

public:
    using KeyCallback = std::function<void(core::Result<core::Ed25519KeyPair>)>;
    using StoreCallback = std::function<void(core::Result<KeyLocation>)>;
    using DoneCallback = std::function<void(core::Status)>;

    // serverUrl: the server this counter enrols with.
    explicit DeviceKeyStore(const QString& serverUrl, QObject* parent = nullptr);
    ~DeviceKeyStore() override;

    // The keychain service the keys are kept under.
    const QString& service() const { return m_service; }

    // Opt-in, only after the user agreed: when no keychain is available, keep keys unencrypted in
    // files (0600) under folder instead of refusing with "keychain_unavailable".
    void allowPlainFileFallback(const QString& folder);

    // Stores merchantId's key, replacing any earlier one.
    void store(const QString& merchantId, const core::Ed25519KeyPair& key, StoreCallback done);
    // merchantId's key from the keychain (or, after the opt-in, from its file).
    void load(const QString& merchantId, KeyCallback done);
    // Forgets merchantId's key (un-enrolment); succeeds when there was none.
    void remove(const QString& merchantId, DoneCallback done);

private:
    core::Error keychainError(const QKeychain::Job& job, const QString& merchantId) const;
    bool usePlainFile(const core::Error& keychainError) const;
    PlainKeyFile plainFile(const QString& merchantId) const;

    void storeInFile(const QString& merchantId, const QByteArray& seed, const StoreCallback& done);
    void loadFromFile(const QString& merchantId, const KeyCallback& done);
    core::Result<core::Ed25519KeyPair> keyFromSeed(const QByteArray& seed, const QString& merchantId) const;

    QString m_service;
    std::optional<QString> m_plainFileFolder;
};

} // namespace baartal::sync
