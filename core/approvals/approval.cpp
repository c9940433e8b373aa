#include "core/approvals/approval.h"

namespace baartal::core {

QString toText(ApprovalStatus status)
{
    switch (status) {
    case ApprovalStatus::Pending:
        return QStringLiteral("pending");
    case ApprovalStatus::Approved:
        return QStringLiteral("approved");
    case ApprovalStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<ApprovalStatus> approvalStatusFromString(QStringView text)
{
    for (ApprovalStatus status :
         {ApprovalStatus::Pending, ApprovalStatus::Approved, ApprovalStatus::Rejected}) {
        if (text == toText(status)) {
            return status;
        }
    }
    return std::nullopt;
}

} // namespace baartal::core
