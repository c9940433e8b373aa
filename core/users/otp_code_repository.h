#pragma once

#include "core/result/result.h"

#include <QDateTime>
#include <QPair>
#include <QString>

#include <optional>

namespace baartal::core {

class Database;

// A one-time login code as stored: only its keyed hash, never the digits.
struct OtpCode {
    QString id;
    QString phone;
    QString clientAddress;
    QString codeHash;
    QDateTime createdAt;
    QDateTime expiresAt;
    int failedAttempts = 0;
    QDateTime usedAt;
};

// The codes sent to one phone, or from one client address, after some moment.
struct OtpSendHistory {
    qint64 count = 0;
    QDateTime oldest; // invalid when count is 0
    QDateTime newest;
};

// SQL of the otp_codes and otp_send_locks tables. Call everything inside a transaction: the locks last
// until it ends.
class OtpCodeRepository {
public:
    explicit OtpCodeRepository(Database& database)
        : m_database(database)
    {
    }

    // Holds the row of a phone or client address (created on first use) until the transaction ends.
    Status lockSubject(const QString& subject, const QDateTime& now);
    Result<OtpSendHistory> sentToPhone(const QString& phone, const QDateTime& since);
    Result<OtpSendHistory> sentFromAddress(const QString& clientAddress, const QDateTime& since);
    Status add(const OtpCode& code);
    // Drops a phone's codes made at or before `until`: outside every limit window and long expired.
    Status removeOldCodesOf(const QString& phone, const QDateTime& until);
    // Drops every code made at or before `until`, and the send locks last taken then: how many of each.
    // `until` must be past every limit window and code lifetime. A lock in use is re-stamped when taken,
    // so it is never among them.
    Result<QPair<qint64, qint64>> prune(const QDateTime& until);
    // The phone's newest code, locked until the transaction ends; only the newest one can log in.
    Result<std::optional<OtpCode>> lockNewestOf(const QString& phone);
    Status countFailedAttempt(const QString& id);
    Status markUsed(const QString& id, const QDateTime& at);

private:
    Result<OtpSendHistory> history(const QString& column, const QString& value, const QDateTime& since);

    Database& m_database;
};

} // namespace baartal::core
