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

// An approval as an admin reviews it: the row and the shop it is about.
struct ApprovalListing {
    Approval approval;
    QString businessName;
};

} // namespace baartal::core
