#include "server/wallet/caller_customer.h"

#include "core/customers/customer_repository.h"
#include "server/http/api_request.h"
#include "server/server_context.h"

namespace baartal::server {

core::Result<core::Customer> CallerCustomer::of(ServerContext& context, const ApiRequest& request)
{
    auto customer = core::CustomerRepository(context.database).findByUserId(request.auth()->userId);
    if (!customer) {
        return customer.error();
    }
    if (!*customer) {
        return core::Error::notFound(QStringLiteral("customer_profile_missing"),
                                     QStringLiteral("This account has no customer wallet."));
    }
    return **customer;
}

} // namespace baartal::server
