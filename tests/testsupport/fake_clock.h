#pragma once

#include "core/time/clock.h"

namespace baartal::testsupport {

// A clock that only moves when a test moves it.
class FakeClock final : public core::Clock {
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }

    QDateTime now() const override { return m_now; }
    void set(const QDateTime& time) { m_now = time; }
    void advanceDays(int days) { m_now = m_now.addDays(days); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace baartal::testsupport
