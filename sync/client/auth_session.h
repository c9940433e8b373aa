#pragma once

#include "core/result/result.h"
#include "core/users/user_role.h"

#include <QJsonObject>
#include <QString>

namespace baartal::sync {

// What POST /api/v1/auth/login answers: the tokens and who signed in.
struct AuthSession {
    QString accessToken;
    QString refreshToken;
    qint64 expiresInSeconds = 0;
    QString userId;
    core::UserRole role = core::UserRole::Customer;
    QString emailOrPhone;
    QString merchantId; // empty unless the user is a merchant

    static core::Result<AuthSession> fromJson(const QJsonObject& data);
};

} // namespace baartal::sync
