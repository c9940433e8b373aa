#include "tests/server/support/notification_runs.h"

#include "server/jobs/notification_job.h"

#include <QSignalSpy>
#include <QTest>

namespace baartal::testsupport {

int runNotificationsOnce(server::NotificationJob& job)
{
    QSignalSpy settled(&job, &server::NotificationJob::settled);
    const int claimed = job.runOnce().valueOr(-1);
    if (claimed > 0 && !QTest::qWaitFor([&] { return settled.count() >= claimed; }, 10'000)) {
        return -1;
    }
    return claimed;
}

} // namespace baartal::testsupport
