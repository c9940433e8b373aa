#pragma once

#include "core/result/result.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace baartal::core {
class Clock;
class Database;
} // namespace baartal::core

namespace baartal::server {

// Deletes rows nothing needs any more, so tables do not grow without bound: login codes and OTP send
// locks older than the send limits' window (codes of phones that never came back). Runs at start-up and
// then periodically in every server process (or once, from `baartal-server housekeeping`); a run
// repeated, or two at once, delete nothing that is still counted.
class HousekeepingJob final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::minutes kDefaultInterval{60};

    struct Report {
        qint64 otpCodes = 0;
        qint64 otpSendLocks = 0;
    };

    HousekeepingJob(core::Database& database, const core::Clock& clock, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(HousekeepingJob)

    core::Result<Report> runOnce();
    // Runs soon after the event loop starts, then every interval.
    void start(std::chrono::milliseconds interval = kDefaultInterval);

Q_SIGNALS:
    void failed(const baartal::core::Error& error);

private:
    void runScheduled();

    core::Database& m_database;
    const core::Clock& m_clock;
    QTimer m_timer;
};

} // namespace baartal::server
