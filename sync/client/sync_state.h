#pragma once

#include "core/result/error.h"

#include <QDateTime>

#include <optional>

namespace baartal::sync {

// What the counter shows about its sync with the server.
struct SyncState {
    bool online = false;  // the last upload reached the server
    bool blocked = false; // the server refused a batch as a whole: retrying cannot help (lastError says why)
    qint64 queued = 0;    // outbox rows still waiting for the server's answer
    QDateTime lastSuccess;
    std::optional<core::Error> lastError;
    QDateTime nextAttempt; // while retrying after a failure

    friend bool operator==(const SyncState&, const SyncState&) = default;
};

} // namespace baartal::sync
