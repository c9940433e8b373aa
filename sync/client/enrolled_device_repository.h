#pragma once

#include "core/result/result.h"
#include "sync/client/enrolled_device.h"

#include <optional>

namespace baartal::core {
class Database;
}

namespace baartal::sync {

// The device_enrolment table of the counter store: at most one enrolled device per server and merchant.
class EnrolledDeviceRepository {
public:
    explicit EnrolledDeviceRepository(core::Database& database)
        : m_database(database)
    {
    }

    // Records the enrolment, replacing an earlier one of the same server and merchant (re-enrolment).
    core::Status save(const EnrolledDevice& device);
    core::Result<std::optional<EnrolledDevice>> find(const QString& serverUrl, const QString& merchantId);

private:
    core::Database& m_database;
};

} // namespace baartal::sync
