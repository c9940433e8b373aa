#pragma once

#include "core/result/result.h"
#include "sync/client/api_client.h"
#include "sync/client/device_identity.h"
#include "sync/client/merchant_profile.h"
#include "sync/client/sale_recorder.h"
#include "sync/client/sync_uploader.h"
#include "tests/server/support/server_fixture.h"
#include "tests/sync/support/temporary_counter_store.h"

#include <memory>
#include <optional>

namespace baartal::testsupport {

// A counter as it stands after the merchant signed in: a real server in the test process (SQLite) with
// ServerFixture's customer and shop, a counter store on disk, an ApiClient holding the merchant's
// session, the shop's profile as the server sent it, a device enrolled with the server, and the
// SaleRecorder and SyncUploader over them (the uploader started, retrying quickly).
class CounterFixture {
public:
    Q_DISABLE_COPY_MOVE(CounterFixture)
    ~CounterFixture();

    // What start() sets up beyond the signed-in counter.
    enum class Device {
        Enrolled,   // a device registered with the server, the recorder and the uploader running on it
        NotEnrolled // for tests of enrolment itself: no device, recorder or uploader
    };

    // approved = false leaves the shop awaiting approval, so the server refuses its sales.
    static core::Result<std::unique_ptr<CounterFixture>> start(int issueRate = 5, bool approved = true,
                                                               Device device = Device::Enrolled);

    ServerFixture& server() { return *m_server; }
    sync::CounterStore& store() { return m_store->store(); }
    sync::ApiClient& api() { return *m_api; }
    sync::SaleRecorder& recorder() { return *m_recorder; }
    sync::SyncUploader& uploader() { return *m_uploader; }
    const sync::DeviceIdentity& device() const { return *m_device; }
    const sync::MerchantProfile& merchant() const { return m_merchant; }
    const QString& customerId() const { return m_customerId; }

    // What the customer's phone shows: a spend token for `coins` (POST /api/v1/wallet/spend-token), or
    // the identity QR token (GET /api/v1/wallet/qr) for coins = 0; empty when the server refuses.
    QString customerToken(qint64 coins);
    // The customer's balance as GET /api/v1/wallet reports it; -1 when the call fails.
    qint64 customerBalance();
    // Enrols one more device of the shop with a fresh key, as a second counter would.
    core::Result<sync::DeviceIdentity> enrolDevice(const QString& name);
    // Points the client at a loopback port nobody listens on: the server is down.
    void cutTheNetwork();
    // Points the client back at the server and tells the uploader to try now.
    void restoreTheNetwork();

private:
    CounterFixture() = default;
    core::Status signIn();
    core::Status enrol();

    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<TemporaryCounterStore> m_store;
    std::unique_ptr<sync::ApiClient> m_api;
    std::unique_ptr<sync::SaleRecorder> m_recorder;
    std::optional<sync::DeviceIdentity> m_device;
    std::unique_ptr<sync::SyncUploader> m_uploader;
    sync::MerchantProfile m_merchant;
    QString m_customerId;
};

} // namespace baartal::testsupport
