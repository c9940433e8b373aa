#pragma once

#include "core/ledger/ledger_repository.h"
#include "core/result/result.h"

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

namespace baartal::core {
struct LedgerTransaction;
}

namespace baartal::server {

// The query string of GET /api/v1/wallet/transactions, read into a HistoryQuery. Every failure is
// Invalid (400): "invalid_limit" (limit not a whole number 1–100), "invalid_cursor", "invalid_type"
// (not one of earn, spend, void, adjustment, referral_bonus, expiry), "invalid_id" (merchant_id not a
// UUID), "invalid_date" (from/to neither YYYY-MM-DD nor an ISO 8601 time with a zone) and
// "invalid_date_range" (from after to). Empty values count as absent.
//
// A date is a calendar day in India Standard Time (UTC+05:30), where every Baartal shop is: from is
// the start of that day, to includes the whole day. A time with a zone is taken as that instant, to
// inclusive.
class HistoryRequest {
public:
    HistoryRequest() = delete;

    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 100;

    static core::Result<core::HistoryQuery> parse(const QUrlQuery& query, const QString& customerId);

    // The parts of parse() other listings share: `limit` (kDefaultLimit when absent) and the from/to
    // range as [from, until) instants, each invalid when absent.
    struct Range {
        QDateTime from;
        QDateTime until;
    };
    static core::Result<int> limit(const QUrlQuery& query);
    static core::Result<Range> range(const QUrlQuery& query);

    // The opaque next_cursor that continues a listing after this transaction.
    static QString cursorAfter(const core::LedgerTransaction& last);
};

} // namespace baartal::server
