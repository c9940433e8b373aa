#pragma once

#include <QJsonObject>

namespace baartal::core {
struct Merchant;
}

namespace baartal::server {

// A merchant profile as the API shows it.
class MerchantJson {
public:
    MerchantJson() = delete;

    // {id, user_id, business_name, category, pincode, address, bcoin_issue_rate, bundle_id (null when
    // the shop is in no bundle), qr_code_url, approved}.
    static QJsonObject toJson(const core::Merchant& merchant);
};

} // namespace baartal::server
