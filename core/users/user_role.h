#pragma once

#include <QString>

#include <optional>

namespace baartal::core {

enum class UserRole { Customer, Merchant, Admin };

QString toText(UserRole role);
std::optional<UserRole> userRoleFromString(QStringView text);

} // namespace baartal::core
