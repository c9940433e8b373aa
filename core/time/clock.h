#pragma once

#include <QDateTime>

namespace baartal::core {

// The time source every rule reads, so tests and the expiry job can move time without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace baartal::core
