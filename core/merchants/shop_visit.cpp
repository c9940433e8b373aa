#include "core/merchants/shop_visit.h"

#include "core/customers/customer_repository.h"
#include "core/merchants/merchant_repository.h"

namespace baartal::core {

Result<Merchant> ShopVisit::begin(Database& database, const QString& customerId, const QString& merchantId,
                                  const QString& notYet)
{
    auto merchant = MerchantRepository(database).findById(merchantId);
    if (!merchant) {
        return merchant.error();
    }
    if (!*merchant) {
        return Error::notFound(QStringLiteral("merchant_not_found"), QStringLiteral("No such shop."));
    }
    if (!(*merchant)->approved) {
        return Error::conflict(QStringLiteral("merchant_not_approved"), notYet);
    }
    auto customer = CustomerRepository(database).lockById(customerId);
    if (!customer) {
        return customer.error();
    }
    if (!*customer) {
        return Error::notFound(QStringLiteral("customer_not_found"), QStringLiteral("No such customer."));
    }
    return **merchant;
}

} // namespace baartal::core
