#include "server/merchants/callers_merchant.h"

#include "core/merchants/merchant_repository.h"
#include "server/http/api_request.h"
#include "server/server_context.h"

namespace baartal::server {

core::Result<core::Merchant> callersMerchant(ServerContext& context, const ApiRequest& request)
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
