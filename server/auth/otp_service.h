#pragma once

#include "core/result/result.h"
#include "core/users/account_service.h"
#include "server/auth/otp_policy.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

namespace baartal::core {
class Clock;
class Database;
} // namespace baartal::core

namespace baartal::server {

class SmsProvider;

// What send() decided.
struct OtpSendOutcome {
    QString phone; // canonical
    // Set when a limit refused the send (RateLimited "otp_resend_cooldown", "otp_phone_limit" or
    // "otp_address_limit"); nothing was sent then.
    std::optional<core::Error> refusal;
    // When the next send for this phone can succeed: the cool-down after a send, the limit's end after a
    // refusal.
    std::chrono::seconds retryAfter{0};
    std::chrono::seconds expiresIn{0}; // of the code sent
};

// Phone login by one-time code. A code is 6 digits from the CSPRNG, stored as an HMAC-SHA256 keyed with
// a secret derived from the server's, so the table alone cannot be brute-forced; it lasts 5 minutes,
// logs in once, and dies after 5 wrong tries. Only a phone's newest code counts. Every limit is counted
// in the database under row locks, so all server processes on one database enforce them together.
class OtpService {
public:
    // Everything given must outlive the service. serverSecret is the secret that signs access tokens.
    OtpService(core::Database& database, const core::Clock& clock, core::AccountService& accounts,
               SmsProvider& sms, const QByteArray& serverSecret, OtpPolicy policy);
    Q_DISABLE_COPY_MOVE(OtpService)

    // Stores a fresh code for the phone and hands it to the SMS provider, unless a limit refuses. A
    // phone that is not an Indian mobile number is Invalid "invalid_phone". clientAddress is who asked.
    core::Result<OtpSendOutcome> send(const QString& phone, const QString& clientAddress);

    // Logs in with the phone's newest code: the phone's account, or a new customer account (see
    // AccountService::loginWithVerifiedPhone). Invalid "invalid_phone" or "malformed_otp" (not 6 digits);
    // Unauthenticated "otp_invalid" (wrong, or no code sent), "otp_expired", "otp_used" or
    // "otp_attempts_exceeded".
    core::Result<core::UserAccount> verify(const QString& phone, const QString& code);

private:
    QString hashOf(const QString& codeId, const QString& phone, const QString& code) const;

    core::Database& m_database;
    const core::Clock& m_clock;
    core::AccountService& m_accounts;
    SmsProvider& m_sms;
    QByteArray m_hashKey;
    OtpPolicy m_policy;
};

} // namespace baartal::server
