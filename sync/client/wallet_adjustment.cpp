#include "sync/client/wallet_adjustment.h"

#include "sync/client/response_fields.h"

namespace baartal::sync {

QJsonObject WalletAdjustmentRequest::toJson() const
{
    return {{QStringLiteral("coins"), coins.toJson()},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("password"), password}};
}

core::Result<WalletAdjustment> WalletAdjustment::fromJson(const QJsonObject& data)
{
    auto transaction = ResponseFields::requireObject(data, QStringLiteral("transaction"));
    auto balance = ResponseFields::requireInteger(data, QStringLiteral("balance"));
    if (core::Status read = ResponseFields::firstError(transaction, balance); !read) {
        return read.error();
    }
    auto id = ResponseFields::requireString(*transaction, QStringLiteral("txn_id"));
    auto earned = ResponseFields::requireInteger(*transaction, QStringLiteral("bcoins_earned"));
    auto spent = ResponseFields::requireInteger(*transaction, QStringLiteral("bcoins_spent"));
    if (core::Status read = ResponseFields::firstError(id, earned, spent); !read) {
        return read.error();
    }
    return WalletAdjustment{*id, core::Coins(*earned - *spent), core::Coins(*balance)};
}

} // namespace baartal::sync
