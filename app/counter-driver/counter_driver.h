#pragma once

#include "core/policy/earn_policy.h"
#include "core/result/result.h"
#include "core/time/clock.h"
#include "sync/client/device_identity.h"
#include "sync/client/merchant_profile.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace baartal::sync {

class ApiClient;
class CounterStore;
class SaleRecorder;
class SyncUploader;

// What baartal-counter-driver was asked to do.
struct CounterDriverOptions {
    QString databasePath;
    QString deviceId;
    QString keyFile; // the device key's 32-byte seed, unencrypted
    QString merchantId;
    QStringList customers;
    int actions = 0;
    int voidEvery = 0; // every K-th action voids the earn recorded just before it; 0: none
    int issueRate = core::EarnPolicy::kDefaultRate;
    QUrl server;
    QString login;
    QString password;
    bool sync = false;
    int syncTimeoutSeconds = 0; // give up on a sync that has not drained by then; 0: never
};

// A counter without a GUI: records earn (and void) actions into the counter store exactly as the POS
// does, printing "committed <sequence> <client_txn_id>" (flushed) as soon as each local commit returns,
// then optionally signs in and drains the outbox with SyncUploader.
class CounterDriver final : public QObject {
    Q_OBJECT

public:
    static constexpr int kExitOk = 0;
    static constexpr int kExitFailed = 1;

    explicit CounterDriver(CounterDriverOptions options, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CounterDriver)
    ~CounterDriver() override;

    // Opens the store and the device key, then records every action; stops at the first failure.
    core::Status record();
    // Signs in and drains the outbox; finished() tells how it ended.
    void sync();

Q_SIGNALS:
    // The sync ended: kExitOk when the outbox is drained, else kExitFailed (reported on stderr).
    void finished(int exitCode);

private:
    core::Status open();
    core::Result<MerchantProfile> merchantProfile();
    core::Result<QString> recordAction(int action, const MerchantProfile& merchant, QString& lastEarn);
    void startUploading();
    void stop(const core::Error& error);

    CounterDriverOptions m_options;
    core::SystemClock m_clock;
    std::unique_ptr<CounterStore> m_store;
    std::optional<DeviceIdentity> m_identity;
    std::unique_ptr<SaleRecorder> m_recorder;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncUploader> m_uploader;
};

} // namespace baartal::sync
