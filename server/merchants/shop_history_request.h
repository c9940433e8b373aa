#pragma once

#include "core/ledger/ledger_repository.h"
#include "core/result/result.h"

#include <QString>
#include <QUrlQuery>

namespace baartal::server {

// The query string of GET /api/v1/merchant/transactions, read for the caller's shop. `limit` and the
// from/to range follow GET /api/v1/wallet/transactions (HistoryRequest: "invalid_limit", "invalid_date",
// "invalid_date_range"; dates are India-time days). `page` counts from 1 ("invalid_page"); `type` is one
// of earn, spend, void, the only types a shop's ledger rows have ("invalid_type"); `customer` is a
// customer id or the customer's Indian mobile number in any common form ("invalid_customer").
struct ShopHistoryRequest {
    core::ShopHistoryQuery query;
    int page = 1;
    // The canonical phone ("+919820012345") the customer filter named, for the route to resolve to a
    // customer id; empty when the filter was an id or absent.
    QString customerPhone;

    static core::Result<ShopHistoryRequest> parse(const QUrlQuery& query, const QString& merchantId);
};

} // namespace baartal::server
