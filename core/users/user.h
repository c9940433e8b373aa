#pragma once

#include "core/users/user_role.h"

#include <QDateTime>
#include <QString>

namespace baartal::core {

struct User {
    QString id;
    QString emailOrPhone;
    QString passwordHash;
    UserRole role = UserRole::Customer;
    QDateTime createdAt;
    QDateTime lastLogin;
};

} // namespace baartal::core
