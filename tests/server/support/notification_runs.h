#pragma once

namespace baartal::server {
class NotificationJob;
}

namespace baartal::testsupport {

// Runs the notification queue once and waits until the outcome of every delivery it claimed is
// recorded; how many it claimed, or -1 when the outcomes did not come within 10 s.
int runNotificationsOnce(server::NotificationJob& job);

} // namespace baartal::testsupport
