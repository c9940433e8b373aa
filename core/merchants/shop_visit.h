#pragma once

#include "core/merchants/merchant.h"
#include "core/result/result.h"

namespace baartal::core {

class Database;

// The start of a customer's move towards a shop (a check-in, a spend request), inside the caller's
// transaction: the shop must exist and be approved, and the customer's row is locked until commit, so two
// quick moves of one customer find each other rather than both insert.
class ShopVisit {
public:
    ShopVisit() = delete;

    // The shop: "merchant_not_found", "merchant_not_approved" (Conflict, with `notYet` as the message:
    // what the shop cannot do until approved), "customer_not_found".
    static Result<Merchant> begin(Database& database, const QString& customerId, const QString& merchantId,
                                  const QString& notYet);
};

} // namespace baartal::core
