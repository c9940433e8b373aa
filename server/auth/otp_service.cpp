#include "server/auth/otp_service.h"

#include "core/crypto/hashing.h"
#include "core/crypto/secure_random.h"
#include "core/ids/ids.h"
#include "core/storage/transaction_guard.h"
#include "core/time/clock.h"
#include "core/users/indian_mobile.h"
#include "core/users/otp_code_repository.h"
#include "server/sms/sms_provider.h"

#include <QRegularExpression>

namespace baartal::server {

namespace {

// Whole seconds from now until `until`, rounded up so a client that waits that long is admitted.
std::chrono::seconds secondsUntil(const QDateTime& now, const QDateTime& until)
{
    const qint64 msecs = now.msecsTo(until);
    return std::chrono::seconds(std::max<qint64>(1, (msecs + 999) / 1000));
}

core::Error limited(const QString& code, const QString& message)
{
    return {core::ErrorKind::RateLimited, code, message};
}

core::Error otpError(const QString& code, const QString& message)
{
    return core::Error::unauthenticated(code, message);
}

} // namespace

OtpService::OtpService(core::Database& database, const core::Clock& clock, core::AccountService& accounts,
                       SmsProvider& sms, const QByteArray& serverSecret, OtpPolicy policy)
    : m_database(database)
    , m_clock(clock)
    , m_accounts(accounts)
    , m_sms(sms)
    // A key of its own, so a code hash can never be confused with a token signature made with the secret.
    , m_hashKey(core::Hashing::hmacSha256(serverSecret, "baartal otp code hash"))
    , m_policy(policy)
{
}

QString OtpService::hashOf(const QString& codeId, const QString& phone, const QString& code) const
{
    // The row id salts the hash: equal codes of two rows hash apart.
    const QByteArray message = (codeId + QLatin1Char('\n') + phone + QLatin1Char('\n') + code).toUtf8();
    return QString::fromLatin1(core::Hashing::hmacSha256(m_hashKey, message).toHex());
}

core::Result<OtpSendOutcome> OtpService::send(const QString& phoneText, const QString& clientAddress)
{
    auto phone = core::IndianMobile::normalise(phoneText);
    if (!phone) {
        return phone.error();
    }
    OtpSendOutcome outcome{*phone, std::nullopt, {}, {}};
    const QDateTime now = m_clock.now();
    const QDateTime windowStart = now.addSecs(-OtpPolicy::kLimitWindow.count());
    const QString code = core::SecureRandom::digits(OtpPolicy::kDigits);
    {
        auto transaction = core::TransactionGuard::begin(m_database);
        if (!transaction) {
            return transaction.error();
        }
        core::OtpCodeRepository codes(m_database);
        // Always the phone first, then the address: a fixed order, so two sends cannot deadlock.
        if (core::Status locked = codes.lockSubject(QStringLiteral("phone ") + *phone, now); !locked) {
            return locked.error();
        }
        if (core::Status locked = codes.lockSubject(QStringLiteral("address ") + clientAddress, now);
            !locked) {
            return locked.error();
        }
        auto toPhone = codes.sentToPhone(*phone, windowStart);
        if (!toPhone) {
            return toPhone.error();
        }
        auto fromAddress = codes.sentFromAddress(clientAddress, windowStart);
        if (!fromAddress) {
            return fromAddress.error();
        }
        if (toPhone->count > 0 && now < toPhone->newest.addSecs(m_policy.resendCooldown.count())) {
            outcome.retryAfter = secondsUntil(now, toPhone->newest.addSecs(m_policy.resendCooldown.count()));
            outcome.refusal = limited(QStringLiteral("otp_resend_cooldown"),
                                      QStringLiteral("A code was just sent to this phone; ask again in %1 s.")
                                          .arg(outcome.retryAfter.count()));
            return outcome;
        }
        if (toPhone->count >= m_policy.sendsPerPhonePerHour) {
            outcome.retryAfter = secondsUntil(now, toPhone->oldest.addSecs(OtpPolicy::kLimitWindow.count()));
            outcome.refusal =
                limited(QStringLiteral("otp_phone_limit"),
                        QStringLiteral("Too many codes were sent to this phone; ask again in %1 s.")
                            .arg(outcome.retryAfter.count()));
            return outcome;
        }
        if (fromAddress->count >= m_policy.sendsPerAddressPerHour) {
            outcome.retryAfter =
                secondsUntil(now, fromAddress->oldest.addSecs(OtpPolicy::kLimitWindow.count()));
            outcome.refusal =
                limited(QStringLiteral("otp_address_limit"),
                        QStringLiteral("Too many codes were asked for from this network; ask again "
                                       "in %1 s.")
                            .arg(outcome.retryAfter.count()));
            return outcome;
        }
        if (core::Status removed = codes.removeOldCodesOf(*phone, windowStart); !removed) {
            return removed.error();
        }
        core::OtpCode row{core::Ids::newId(),
                          *phone,
                          clientAddress,
                          {},
                          now,
                          now.addSecs(m_policy.lifetime.count()),
                          0,
                          {}};
        row.codeHash = hashOf(row.id, row.phone, code);
        if (core::Status added = codes.add(row); !added) {
            return added.error();
        }
        if (core::Status committed = transaction->commit(); !committed) {
            return committed.error();
        }
    }
    m_sms.sendOtp({*phone, code, m_policy.lifetime});
    outcome.retryAfter = m_policy.resendCooldown;
    outcome.expiresIn = m_policy.lifetime;
    return outcome;
}

core::Result<core::UserAccount> OtpService::verify(const QString& phoneText, const QString& code)
{
    auto phone = core::IndianMobile::normalise(phoneText);
    if (!phone) {
        return phone.error();
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{%1}$").arg(OtpPolicy::kDigits));
    if (!digits.match(code).hasMatch()) {
        return core::Error::invalid(
            QStringLiteral("malformed_otp"),
            QStringLiteral("otp must be the %1 digits of the code sent by SMS.").arg(OtpPolicy::kDigits));
    }
    {
        auto transaction = core::TransactionGuard::begin(m_database);
        if (!transaction) {
            return transaction.error();
        }
        core::OtpCodeRepository codes(m_database);
        auto newest = codes.lockNewestOf(*phone);
        if (!newest) {
            return newest.error();
        }
        if (!*newest) {
            return otpError(QStringLiteral("otp_invalid"),
                            QStringLiteral("This code is not right; ask for a new one."));
        }
        const core::OtpCode& stored = **newest;
        if (stored.usedAt.isValid()) {
            return otpError(QStringLiteral("otp_used"),
                            QStringLiteral("This code was already used; ask for a new one."));
        }
        if (stored.failedAttempts >= m_policy.maxFailedAttempts) {
            return otpError(QStringLiteral("otp_attempts_exceeded"),
                            QStringLiteral("Too many wrong tries for this code; ask for a new one."));
        }
        const QDateTime now = m_clock.now();
        if (now >= stored.expiresAt) {
            return otpError(QStringLiteral("otp_expired"),
                            QStringLiteral("This code has expired; ask for a new one."));
        }
        if (!core::Hashing::constantTimeEquals(hashOf(stored.id, stored.phone, code).toLatin1(),
                                               stored.codeHash.toLatin1())) {
            if (core::Status counted = codes.countFailedAttempt(stored.id); !counted) {
                return counted.error();
            }
            if (core::Status committed = transaction->commit(); !committed) {
                return committed.error();
            }
            const int left = m_policy.maxFailedAttempts - stored.failedAttempts - 1;
            return otpError(QStringLiteral("otp_invalid"),
                            left > 0
                                ? QStringLiteral("This code is not right; %1 tries left.").arg(left)
                                : QStringLiteral("This code is not right, and that was its last try; ask "
                                                 "for a new one."));
        }
        if (core::Status used = codes.markUsed(stored.id, now); !used) {
            return used.error();
        }
        if (core::Status committed = transaction->commit(); !committed) {
            return committed.error();
        }
    }
    return m_accounts.loginWithVerifiedPhone(*phone);
}

} // namespace baartal::server
