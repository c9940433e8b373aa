#include "sync/client/outbox_entry.h"

#include <array>

namespace baartal::sync {

QString toText(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued:
        return QStringLiteral("queued");
    case OutboxStatus::Accepted:
        return QStringLiteral("accepted");
    case OutboxStatus::Duplicate:
        return QStringLiteral("duplicate");
    case OutboxStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<OutboxStatus> outboxStatusFromString(QStringView text)
{
    for (const OutboxStatus status : std::array{OutboxStatus::Queued, OutboxStatus::Accepted,
                                                OutboxStatus::Duplicate, OutboxStatus::Rejected}) {
        if (text == toText(status)) {
            return status;
        }
    }
    return std::nullopt;
}

} // namespace baartal::sync
