#pragma once

#include <QJsonObject>

namespace baartal::core {
struct User;
} // namespace baartal::core

namespace baartal::server {

struct Session;

// The JSON of users and sessions that every way of logging in answers with.
class SessionJson {
public:
    SessionJson() = delete;

    // {id, role, email_or_phone}
    static QJsonObject user(const core::User& user);
    // {token, refresh_token, expires_in, user: {..., customer_id | merchant_id}, redirect}: redirect is
    // the dashboard of the user's role.
    static QJsonObject session(const Session& session);
};

} // namespace baartal::server
