#include "core/ledger/coin_lot.h"

namespace baartal::core {

bool CoinLot::isExpiredAt(const QDateTime& now) const
{
    return expiresAt.isValid() && now >= expiresAt;
}

} // namespace baartal::core
