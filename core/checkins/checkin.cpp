#include "core/checkins/checkin.h"

namespace baartal::core {

QString toText(CheckinStatus status)
{
    switch (status) {
    case CheckinStatus::Pending:
        return QStringLiteral("pending");
    case CheckinStatus::Used:
        return QStringLiteral("used");
    case CheckinStatus::Lapsed:
        return QStringLiteral("lapsed");
    }
    return {};
}

std::optional<CheckinStatus> checkinStatusFromString(QStringView text)
{
    for (CheckinStatus status : {CheckinStatus::Pending, CheckinStatus::Used, CheckinStatus::Lapsed}) {
        if (text == toText(status)) {
            return status;
        }
    }
    return std::nullopt;
}

CheckinStatus Checkin::statusAt(const QDateTime& now) const
{
    return status == CheckinStatus::Pending && expiresAt <= now ? CheckinStatus::Lapsed : status;
}

} // namespace baartal::core
