#include "server/jobs/expiry_job.h"

#include "core/ledger/ledger_service.h"

#include <QLoggingCategory>

namespace baartal::server {

Q_LOGGING_CATEGORY(lcJobs, "baartal.server.jobs")

ExpiryJob::ExpiryJob(core::LedgerService& ledger, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
{
    connect(&m_timer, &QTimer::timeout, this, &ExpiryJob::runScheduled);
}

core::Result<int> ExpiryJob::runOnce()
{
    int total = 0;
    for (;;) {
        auto posted = m_ledger.expireDue(kBatch);
        if (!posted) {
            return posted.error();
        }
        total += *posted;
        // A short batch means no customer with due lots is left.
        if (*posted < kBatch) {
            return total;
        }
    }
}

void ExpiryJob::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    QTimer::singleShot(0, this, &ExpiryJob::runScheduled);
}

void ExpiryJob::runScheduled()
{
    const core::Result<int> expired = runOnce();
    if (!expired) {
        qCWarning(lcJobs).noquote() << "coin expiry failed:" << expired.error().message;
        Q_EMIT failed(expired.error());
        return;
    }
    if (*expired > 0) {
        qCInfo(lcJobs) << "coins expired for" << *expired << "customer(s)";
    }
    Q_EMIT ran(*expired);
}

} // namespace baartal::server
