#pragma once

#include "core/users/user_role.h"

#include <QString>

namespace baartal::server {

// The caller a verified access token names; handlers of role-restricted routes always have one.
struct AuthContext {
    QString userId;
    core::UserRole role = core::UserRole::Customer;

    friend bool operator==(const AuthContext&, const AuthContext&) = default;
};

} // namespace baartal::server
