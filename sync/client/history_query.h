#pragma once

#include "core/ledger/transaction_type.h"

#include <QDate>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace baartal::sync {

// What the history screen asks GET /api/v1/merchant/transactions for: India-time days from and to
// (inclusive, each unset for no bound), a customer id or mobile number as the cashier typed it, a type,
// and which page of how many rows.
struct HistoryQuery {
    static constexpr int kMaxLimit = 100; // the server's largest page

    QDate from;
    QDate to;
    QString customer;
    std::optional<core::TransactionType> type;
    int page = 1;
    int limit = 50;

    // The query string: only the filters that are set, and always page and limit.
    QUrlQuery toUrlQuery() const;

    friend bool operator==(const HistoryQuery&, const HistoryQuery&) = default;
};

} // namespace baartal::sync
