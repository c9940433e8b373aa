#pragma once

#include <QString>

#include <optional>

namespace baartal::core {

enum class TransactionType { Earn, Spend, ReferralBonus, Adjustment, Expiry, Void };

QString toText(TransactionType type);
std::optional<TransactionType> transactionTypeFromString(QStringView text);

} // namespace baartal::core
