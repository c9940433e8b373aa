#include "server/auth/caller_profiles.h"

#include "core/customers/customer_repository.h"
#include "core/merchants/merchant_repository.h"
#include "server/http/api_request.h"
#include "server/server_context.h"

namespace baartal::server {

core::Result<core::Customer> CallerProfiles::customer(ServerContext& context, const ApiRequest& request)
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

core::Result<core::Merchant> CallerProfiles::merchant(ServerContext& context, const ApiRequest& request)
{
    auto merchant = core::MerchantRepository(context.database).findByUserId(request.auth()->userId);
    if (!merchant) {
        return merchant.error();
    }
    if (!*merchant) {
        return core::Error::notFound(QStringLiteral("merchant_profile_missing"),
                                     QStringLiteral("This merchant account has no shop profile yet."));
    }
    return **merchant;
}

} // namespace baartal::server
