#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace baartal::core {

// Pending and Used are stored; Lapsed is a pending check-in read after its expiry.
enum class CheckinStatus { Pending, Used, Lapsed };

QString toText(CheckinStatus status);
std::optional<CheckinStatus> checkinStatusFromString(QStringView text);

// A customer at a shop's counter, waiting for the cashier to key their bill: made by a scan of the
// shop's QR, used by the one sale that earns on it.
struct Checkin {
    QString id;
    QString scanId;
    QString customerId;
    QString merchantId;
    CheckinStatus status = CheckinStatus::Pending; // as stored: Pending or Used
    QString txnId;                                 // the sale that used it
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime usedAt;

    CheckinStatus statusAt(const QDateTime& now) const;
};

// A pending check-in as the shop's cashier sees it: with the customer's login, to mask and show.
struct CheckinListing {
    Checkin checkin;
    QString customerLogin;
};

} // namespace baartal::core
