#include "core/users/account_service.h"

#include "core/crypto/password_hasher.h"
#include "core/crypto/secure_random.h"
#include "core/customers/customer_repository.h"
#include "core/ids/ids.h"
#include "core/storage/database.h"
#include "core/storage/transaction_guard.h"
#include "core/time/clock.h"
#include "core/users/indian_mobile.h"
#include "core/users/user_repository.h"

#include <QRegularExpression>

namespace baartal::core {

namespace {

// Stored as the password hash of accounts made by OTP login: libsodium verifies no password against a
// string that is not an Argon2 hash, so nobody can log in to them with a password.
const QString kNoPassword = QStringLiteral("!");

Error invalidCredentials()
{
    return Error::unauthenticated(QStringLiteral("invalid_credentials"),
                                  QStringLiteral("The email/phone or password is not right"));
}

// Eight characters from an alphabet without look-alikes (0/O, 1/I/L), easy to read aloud at a counter.
QString newReferralCode()
{
    static const QString alphabet = QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789");
    const QByteArray random = SecureRandom::bytes(8);
    QString code;
    for (const char byte : random) {
        code += alphabet.at(static_cast<unsigned char>(byte) % alphabet.size());
    }
    return code;
}

} // namespace

AccountService::AccountService(Database& database, const PasswordHasher& hasher, const Clock& clock)
    : m_database(database)
    , m_hasher(hasher)
    , m_clock(clock)
{
}

Result<QString> AccountService::normaliseLogin(const QString& emailOrPhone)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9]{10,15}$"));
    const QString trimmed = emailOrPhone.trimmed();
    if (trimmed.size() <= 254 && email.match(trimmed).hasMatch()) {
        return trimmed.toLower();
    }
    if (auto mobile = IndianMobile::normalise(trimmed)) {
        return *mobile;
    }
    QString digits = trimmed;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (phone.match(digits).hasMatch()) {
        // Indian numbers without a country code get +91, so "98765 43210" and "+919876543210" match.
        if (!digits.startsWith(QLatin1Char('+')) && digits.size() == 10) {
            digits.prepend(QStringLiteral("+91"));
        } else if (!digits.startsWith(QLatin1Char('+'))) {
            digits.prepend(QLatin1Char('+'));
        }
        return digits;
    }
    return Error::invalid(QStringLiteral("invalid_login"),
                          QStringLiteral("Give an e-mail address or a phone number with 10 to 15 digits"));
}

Result<UserAccount> AccountService::registerAccount(const RegistrationRequest& request)
{
    if (request.role == UserRole::Admin) {
        return Error::forbidden(QStringLiteral("forbidden_role"),
                                QStringLiteral("Admins cannot register themselves"));
    }
    return create(request);
}

Result<UserAccount> AccountService::createAdmin(const QString& email, const QString& password)
{
    return create({email, password, UserRole::Admin, {}, {}});
}

Result<UserAccount> AccountService::create(const RegistrationRequest& request)
{
    auto login = normaliseLogin(request.emailOrPhone);
    if (!login) {
        return login.error();
    }
    if (request.password.size() < 8) {
        return Error::invalid(QStringLiteral("weak_password"),
                              QStringLiteral("Use a password of at least 8 characters"));
    }
    auto hash = m_hasher.hash(request.password);
    if (!hash) {
        return hash.error();
    }
    return insert(request, *login, *hash);
}

Result<UserAccount> AccountService::insert(const RegistrationRequest& request, const QString& login,
                                           const QString& passwordHash)
{
    auto transaction = TransactionGuard::begin(m_database);
    if (!transaction) {
        return transaction.error();
    }
    CustomerRepository customers(m_database);
    QString referrerId;
    if (!request.referralCode.isEmpty()) {
        auto referrer = customers.findByReferralCode(request.referralCode.trimmed().toUpper());
        if (!referrer) {
            return referrer.error();
        }
        if (!*referrer) {
            return Error::invalid(QStringLiteral("invalid_referral_code"),
                                  QStringLiteral("No customer has that referral code"));
        }
        referrerId = (*referrer)->id;
    }
    const QDateTime now = m_clock.now();
    UserAccount account;
    account.user = User{Ids::newId(), login, passwordHash, request.role, now, {}};
    if (Status added = UserRepository(m_database).add(account.user); !added) {
        return added.error();
    }
    if (request.role == UserRole::Customer) {
        Customer customer{Ids::newId(), account.user.id, request.pincode.trimmed(), {}, referrerId, now, now};
        // Codes are random; retry on the rare collision rather than failing the sign-up.
        for (int attempt = 0;; ++attempt) {
            customer.referralCode = newReferralCode();
            auto taken = customers.findByReferralCode(customer.referralCode);
            if (!taken) {
                return taken.error();
            }
            if (!*taken || attempt == 5) {
                break;
            }
        }
        if (Status added = customers.add(customer); !added) {
            return added.error();
        }
        account.customer = customer;
    }
    if (Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return account;
}

Result<UserAccount> AccountService::login(const QString& emailOrPhone, const QString& password)
{
    auto normalised = normaliseLogin(emailOrPhone);
    if (!normalised) {
        return invalidCredentials();
    }
    UserRepository users(m_database);
    auto user = users.findByLogin(*normalised);
    if (!user) {
        return user.error();
    }
    if (!*user || !m_hasher.verify(password, (*user)->passwordHash)) {
        return invalidCredentials();
    }
    return recordLogin((*user)->id);
}

Result<UserAccount> AccountService::loginWithVerifiedPhone(const QString& phone)
{
    UserRepository users(m_database);
    auto user = users.findByLogin(phone);
    if (!user) {
        return user.error();
    }
    if (*user) {
        return recordLogin((*user)->id);
    }
    auto created = insert({phone, {}, UserRole::Customer, {}, {}}, phone, kNoPassword);
    if (created) {
        return recordLogin(created->user.id);
    }
    if (created.error().code != QLatin1String("login_taken")) {
        return created.error();
    }
    // A registration of the same phone got in between: log in to the account it made.
    user = users.findByLogin(phone);
    if (!user) {
        return user.error();
    }
    if (!*user) {
        return created.error();
    }
    return recordLogin((*user)->id);
}

Result<UserAccount> AccountService::recordLogin(const QString& userId)
{
    if (Status touched = UserRepository(m_database).setLastLogin(userId, m_clock.now()); !touched) {
        return touched.error();
    }
    return findByUserId(userId);
}

Status AccountService::verifyPassword(const QString& userId, const QString& password)
{
    auto user = UserRepository(m_database).findById(userId);
    if (!user) {
        return user.error();
    }
    if (!*user || !m_hasher.verify(password, (*user)->passwordHash)) {
        return Error::forbidden(QStringLiteral("reauthentication_failed"),
                                QStringLiteral("The password is not right"));
    }
    return {};
}

Result<UserAccount> AccountService::findByUserId(const QString& userId)
{
    auto user = UserRepository(m_database).findById(userId);
    if (!user) {
        return user.error();
    }
    if (!*user) {
        return Error::notFound(QStringLiteral("user_not_found"), QStringLiteral("No such user"));
    }
    UserAccount account{**user, std::nullopt};
    if (account.user.role == UserRole::Customer) {
        auto customer = CustomerRepository(m_database).findByUserId(userId);
        if (!customer) {
            return customer.error();
        }
        account.customer = *customer;
    }
    return account;
}

} // namespace baartal::core
