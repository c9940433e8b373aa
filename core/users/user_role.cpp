#include "core/users/user_role.h"

namespace baartal::core {

QString toText(UserRole role)
{
    switch (role) {
    case UserRole::Customer:
        return QStringLiteral("customer");
    case UserRole::Merchant:
        return QStringLiteral("merchant");
    case UserRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<UserRole> userRoleFromString(QStringView text)
{
    for (UserRole role : {UserRole::Customer, UserRole::Merchant, UserRole::Admin}) {
        if (text == toText(role)) {
            return role;
        }
    }
    return std::nullopt;
}

} // namespace baartal::core
