#include "core/spend/spend_request.h"

namespace baartal::core {

QString toText(SpendRequestStatus status)
{
    switch (status) {
    case SpendRequestStatus::Pending:
        return QStringLiteral("pending");
    case SpendRequestStatus::Confirmed:
        return QStringLiteral("confirmed");
    case SpendRequestStatus::Declined:
        return QStringLiteral("declined");
    case SpendRequestStatus::Cancelled:
        return QStringLiteral("cancelled");
    case SpendRequestStatus::Lapsed:
        return QStringLiteral("lapsed");
    }
    return {};
}

std::optional<SpendRequestStatus> spendRequestStatusFromString(QStringView text)
{
    for (SpendRequestStatus status :
         {SpendRequestStatus::Pending, SpendRequestStatus::Confirmed, SpendRequestStatus::Declined,
          SpendRequestStatus::Cancelled, SpendRequestStatus::Lapsed}) {
        if (text == toText(status)) {
            return status;
        }
    }
    return std::nullopt;
}

SpendRequestStatus SpendRequest::statusAt(const QDateTime& now) const
{
    return status == SpendRequestStatus::Pending && expiresAt <= now ? SpendRequestStatus::Lapsed : status;
}

} // namespace baartal::core
