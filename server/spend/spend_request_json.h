#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace baartal::core {
struct SpendRequest;
}

namespace baartal::server {

// A spend request as the API shows it.
class SpendRequestJson {
public:
    SpendRequestJson() = delete;

    // {id, customer_id, merchant_id, coins, status (pending, confirmed, declined, cancelled or lapsed at
    // `now`), txn_id (the sale that spent the coins, or null), created_at, expires_at, decided_at (or
    // null)}.
    static QJsonObject toJson(const core::SpendRequest& request, const QDateTime& now);
};

} // namespace baartal::server
