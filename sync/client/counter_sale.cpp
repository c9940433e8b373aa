#include "sync/client/counter_sale.h"

#include <array>

namespace baartal::sync {

QString toText(SaleStatus status)
{
    switch (status) {
    case SaleStatus::Pending:
        return QStringLiteral("pending");
    case SaleStatus::Confirmed:
        return QStringLiteral("confirmed");
    case SaleStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<SaleStatus> saleStatusFromString(QStringView text)
{
    for (const SaleStatus status :
         std::array{SaleStatus::Pending, SaleStatus::Confirmed, SaleStatus::Rejected}) {
        if (text == toText(status)) {
            return status;
        }
    }
    return std::nullopt;
}

} // namespace baartal::sync
