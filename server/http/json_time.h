#pragma once

#include <QDateTime>
#include <QJsonValue>

namespace baartal::server {

// Times as the API shows them: ISO 8601 UTC with milliseconds ("2026-01-15T10:00:00.000Z").
class JsonTime {
public:
    JsonTime() = delete;

    // null for a time that is not set ("decided_at" of an undecided approval).
    static QJsonValue orNull(const QDateTime& time);
};

} // namespace baartal::server
