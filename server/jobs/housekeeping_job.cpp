#include "server/jobs/housekeeping_job.h"

#include "core/time/clock.h"
#include "core/users/otp_code_repository.h"
#include "server/auth/otp_policy.h"

#include <QLoggingCategory>

namespace baartal::server {

Q_LOGGING_CATEGORY(lcHousekeeping, "baartal.server.housekeeping")

HousekeepingJob::HousekeepingJob(core::Database& database, const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &HousekeepingJob::runScheduled);
}

core::Result<HousekeepingJob::Report> HousekeepingJob::runOnce()
{
    // Codes within the window still count towards the send limits; a code expires well inside it.
    const QDateTime until = m_clock.now().addSecs(-OtpPolicy::kLimitWindow.count());
    auto pruned = core::OtpCodeRepository(m_database).prune(until);
    if (!pruned) {
        return pruned.error();
    }
    return Report{pruned->first, pruned->second};
}

void HousekeepingJob::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    QTimer::singleShot(0, this, &HousekeepingJob::runScheduled);
}

void HousekeepingJob::runScheduled()
{
    const core::Result<Report> report = runOnce();
    if (!report) {
        qCWarning(lcHousekeeping).noquote() << "housekeeping failed:" << report.error().message;
        Q_EMIT failed(report.error());
        return;
    }
    if (report->otpCodes > 0 || report->otpSendLocks > 0) {
        qCInfo(lcHousekeeping) << "removed" << report->otpCodes << "old login code(s) and"
                               << report->otpSendLocks << "send lock(s)";
    }
}

} // namespace baartal::server
