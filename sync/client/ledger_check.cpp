#include "sync/client/ledger_check.h"

#include "sync/client/response_fields.h"

#include <QJsonArray>

namespace baartal::sync {

core::Result<LedgerCheck> LedgerCheck::fromJson(const QJsonObject& data)
{
    auto ok = ResponseFields::requireBool(data, QStringLiteral("ok"));
    auto transactions = ResponseFields::requireInteger(data, QStringLiteral("transactions_checked"));
    auto wallets = ResponseFields::requireInteger(data, QStringLiteral("wallets_checked"));
    auto checkedAt = ResponseFields::requireTime(data, QStringLiteral("checked_at"));
    if (core::Status read = ResponseFields::firstError(ok, transactions, wallets, checkedAt); !read) {
        return read.error();
    }
    const QJsonValue violations = data.value(QStringLiteral("violations"));
    if (!violations.isArray()) {
        return ResponseFields::invalid(QStringLiteral("violations"));
    }
    LedgerCheck check{*ok, {}, *transactions, *wallets, *checkedAt};
    for (const QJsonValue& violation : violations.toArray()) {
        check.violations.append(violation.toString());
    }
    return check;
}

} // namespace baartal::sync
