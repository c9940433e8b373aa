#include "sync/client/admin_merchant.h"

#include "sync/client/response_fields.h"

namespace baartal::sync {

core::Result<AdminMerchant> AdminMerchant::fromJson(const QJsonObject& data)
{
    auto id = ResponseFields::requireString(data, QStringLiteral("id"));
    auto name = ResponseFields::requireString(data, QStringLiteral("business_name"));
    auto state = ResponseFields::requireString(data, QStringLiteral("state"));
    auto rate = ResponseFields::requireInteger(data, QStringLiteral("bcoin_issue_rate"));
    if (core::Status read = ResponseFields::firstError(id, name, state, rate); !read) {
        return read.error();
    }
    AdminMerchant merchant;
    merchant.id = *id;
    merchant.businessName = *name;
    merchant.category = data.value(QStringLiteral("category")).toString();
    merchant.pincode = data.value(QStringLiteral("pincode")).toString();
    merchant.address = data.value(QStringLiteral("address")).toString();
    merchant.ownerLogin = data.value(QStringLiteral("owner_login")).toString();
    merchant.state = *state;
    merchant.issueRate = static_cast<int>(*rate);
    merchant.bundleId = data.value(QStringLiteral("bundle_id")).toString();
    return merchant;
}

core::Result<AdminMerchantPage> AdminMerchantPage::fromJson(const QJsonObject& data)
{
    auto merchants = ResponseFields::requireList<AdminMerchant>(data, QStringLiteral("merchants"),
                                                                &AdminMerchant::fromJson);
    auto page = ListPage::fromJson(data);
    if (core::Status read = ResponseFields::firstError(merchants, page); !read) {
        return read.error();
    }
    return AdminMerchantPage{*merchants, *page};
}

} // namespace baartal::sync
