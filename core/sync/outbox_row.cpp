#include "core/sync/outbox_row.h"

namespace baartal::core {

QString toText(OutboxRowType type)
{
    switch (type) {
    case OutboxRowType::Earn:
        return QStringLiteral("earn");
    case OutboxRowType::Spend:
        return QStringLiteral("spend");
    case OutboxRowType::Void:
        return QStringLiteral("void");
    }
    return {};
}

std::optional<OutboxRowType> outboxRowTypeFromString(QStringView text)
{
    for (OutboxRowType type : {OutboxRowType::Earn, OutboxRowType::Spend, OutboxRowType::Void}) {
        if (text == toText(type)) {
            return type;
        }
    }
    return std::nullopt;
}

} // namespace baartal::core
