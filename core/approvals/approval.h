#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace baartal::core {

enum class ApprovalStatus { Pending, Approved, Rejected };

QString toText(ApprovalStatus status);
std::optional<ApprovalStatus> approvalStatusFromString(QStringView text);

struct Approval {
    QString id;
    QString merchantId;
    ApprovalStatus status = ApprovalStatus::Pending;
    QString notes;
    QString decidedBy;
    QDateTime createdAt;
    QDateTime decidedAt;
};

// An approval as an admin reviews it: the row and the shop it is about, with what an admin checks
// before deciding (what it sells, where, and the owner's login to call them on).
struct ApprovalListing {
    Approval approval;
    QString businessName;
    QString category;
    QString pincode;
    QString address;
    QString ownerLogin;
};

} // namespace baartal::core
