#pragma once

#include "core/result/result.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace baartal::core {
class LedgerService;
}

namespace baartal::server {

// Posts the expiry transactions of coin lots past their date, in batches of customers, until none is
// left: at start-up and then periodically while the server runs (or once, from `baartal-server
// expire-coins`). Each customer's expiry is its own transaction taken under that customer's lock, so
// two runs at once, or a run repeated, expire nothing twice.
class ExpiryJob final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::minutes kDefaultInterval{60};
    static constexpr int kBatch = 500;

    explicit ExpiryJob(core::LedgerService& ledger, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExpiryJob)

    // How many customers had coins expire.
    core::Result<int> runOnce();
    // Runs soon after the event loop starts, then every interval.
    void start(std::chrono::milliseconds interval = kDefaultInterval);

Q_SIGNALS:
    void ran(int customersExpired);
    void failed(const baartal::core::Error& error);

private:
    void runScheduled();

    core::LedgerService& m_ledger;
    QTimer m_timer;
};

} // namespace baartal::server
