#include "sync/client/admin_customer.h"

#include "sync/client/response_fields.h"

namespace baartal::sync {

core::Result<AdminCustomer> AdminCustomer::fromJson(const QJsonObject& data)
{
    auto id = ResponseFields::requireString(data, QStringLiteral("id"));
    auto contact = ResponseFields::requireString(data, QStringLiteral("contact"));
    auto balance = ResponseFields::requireInteger(data, QStringLiteral("balance"));
    if (core::Status read = ResponseFields::firstError(id, contact, balance); !read) {
        return read.error();
    }
    return AdminCustomer{*id, *contact, core::Coins(*balance)};
}

} // namespace baartal::sync
