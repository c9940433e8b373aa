#include "server/merchants/counter_customer.h"

#include "core/ledger/ledger_service.h"
#include "core/users/contact_mask.h"
#include "server/server_context.h"

namespace baartal::server {

core::Result<QJsonObject> CounterCustomer::describe(ServerContext& context, QJsonObject item,
                                                    const QString& customerId, const QString& login)
{
    auto wallet = context.ledger.wallet(customerId);
    if (!wallet) {
        return wallet.error();
    }
    item.insert(QStringLiteral("contact"), core::ContactMask::mask(login));
    item.insert(QStringLiteral("balance"), wallet->balance.toJson());
    return item;
}

} // namespace baartal::server
