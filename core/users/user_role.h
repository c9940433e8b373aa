#pragma once

#include <QString>

#include <optional>

namespace baartal::core {

enum class UserRole { Customer, Merchant, Admin };

QString toString(UserRole role);
std::optional<UserRole> userRoleFromString(QStringView text);

} // namespace baartal::core
