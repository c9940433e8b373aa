#pragma once

#include "core/customers/customer.h"
#include "core/result/result.h"
#include "core/users/user.h"

#include <optional>

namespace baartal::core {

class Clock;
class Database;
class PasswordHasher;

struct RegistrationRequest {
    QString emailOrPhone;
    QString password;
    UserRole role = UserRole::Customer;
    QString referralCode; // a customer's code, optional
    QString pincode;      // a customer's home pincode, optional
};

struct UserAccount {
    User user;
    std::optional<Customer> customer; // present for customers
};

// Registration and password login. Logins are normalised (trimmed, e-mail lower-cased) so one
// person cannot hold two accounts by changing letter case.
class AccountService {
public:
    AccountService(Database& database, const PasswordHasher& hasher, const Clock& clock);

    // Customers and merchants register themselves; admins are created by the operator's CLI.
    Result<UserAccount> registerAccount(const RegistrationRequest& request);
    Result<UserAccount> createAdmin(const QString& email, const QString& password);
    // "invalid_credentials" for an unknown login or wrong password alike; records last_login.
    Result<UserAccount> login(const QString& emailOrPhone, const QString& password);
    // Logs in a canonical phone number that has just proved itself with a one-time code: its account,
    // whatever the role, or else a new customer account that has no password (password login can never
    // succeed for it). Records last_login.
    Result<UserAccount> loginWithVerifiedPhone(const QString& phone);
    Result<UserAccount> findByUserId(const QString& userId);
    // Asks a signed-in user for their password again before a sensitive action: Forbidden
    // "reauthentication_failed" for a wrong password (or an unknown user). Forbidden, not
    // Unauthenticated: the session itself is fine, and a client must not take the refusal for an
    // expired sign-in. Records no login.
    Status verifyPassword(const QString& userId, const QString& password);

    // "a@b.in" or "+919876543210"/"9876543210"; returns the normalised form or "invalid_login". Indian
    // mobile numbers get IndianMobile's canonical form, so OTP login finds the account they registered.
    static Result<QString> normaliseLogin(const QString& emailOrPhone);

private:
    Result<UserAccount> create(const RegistrationRequest& request);
    // The users (and customers) rows of a new account under an already normalised login.
    Result<UserAccount> insert(const RegistrationRequest& request, const QString& login,
                               const QString& passwordHash);
    Result<UserAccount> recordLogin(const QString& userId);

    Database& m_database;
    const PasswordHasher& m_hasher;
    const Clock& m_clock;
};

} // namespace baartal::core
