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
    auto objects = ResponseFields::requireObjects(data, QStringLiteral("merchants"));
    auto page = ListPage::fromJson(data);
    if (core::Status read = ResponseFields::firstError(objects, page); !read) {
        return read.error();
    }
    AdminMerchantPage result{{}, *page};
    for (const QJsonObject& object : std::as_const(*objects)) {
        auto merchant = AdminMerchant::fromJson(object);
        if (!merchant) {
            return merchant.error();
        }
        result.merchants.append(*merchant);
    }
    return result;
}

} // namespace baartal::sync
