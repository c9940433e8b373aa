#pragma once

#include "core/result/result.h"

#include <QJsonObject>

namespace baartal::server {

struct ServerContext;

// What a cashier is shown of a customer waiting at the counter (a check-in, a spend request).
class CounterCustomer {
public:
    CounterCustomer() = delete;

    // `item` with the customer's masked "contact" (from their login) and spendable "balance" added.
    static core::Result<QJsonObject> describe(ServerContext& context, QJsonObject item,
                                              const QString& customerId, const QString& login);
};

} // namespace baartal::server
