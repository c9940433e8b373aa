#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace baartal::core {
struct Checkin;
}

namespace baartal::server {

// A check-in as the API shows it.
class CheckinJson {
public:
    CheckinJson() = delete;

    // {id, customer_id, merchant_id, status (pending, used or lapsed at `now`), txn_id (the sale that used
    // it, or null), created_at, expires_at}.
    static QJsonObject toJson(const core::Checkin& checkin, const QDateTime& now);
};

} // namespace baartal::server
