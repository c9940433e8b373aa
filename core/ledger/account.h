#pragma once

#include <QString>

#include <optional>

namespace baartal::core {

enum class AccountType {
    CustomerWallet,
    MerchantIssued,
    MerchantRedeemed,
    PlatformBonus,
    PlatformAdjustment,
    PlatformExpired,
};

QString toText(AccountType type);
std::optional<AccountType> accountTypeFromString(QStringView text);

// A ledger account: a type plus its owner (customer or merchant id; empty for platform accounts).
struct Account {
    AccountType type = AccountType::CustomerWallet;
    QString owner;

    static Account customerWallet(const QString& customerId)
    {
        return {AccountType::CustomerWallet, customerId};
    }
    static Account merchantIssued(const QString& merchantId)
    {
        return {AccountType::MerchantIssued, merchantId};
    }
    static Account merchantRedeemed(const QString& merchantId)
    {
        return {AccountType::MerchantRedeemed, merchantId};
    }
    static Account platformBonus() { return {AccountType::PlatformBonus, {}}; }
    static Account platformAdjustment() { return {AccountType::PlatformAdjustment, {}}; }
    static Account platformExpired() { return {AccountType::PlatformExpired, {}}; }

    friend bool operator==(const Account&, const Account&) = default;
};

} // namespace baartal::core
