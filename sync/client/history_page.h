#pragma once

#include "core/result/result.h"
#include "sync/client/history_entry.h"

#include <QJsonObject>
#include <QList>

namespace baartal::sync {

// One page of GET /api/v1/merchant/transactions: its rows, newest first, and where it stands among all
// the rows the filters match.
struct HistoryPage {
    QList<HistoryEntry> entries;
    int page = 1;
    int limit = 0;
    qint64 total = 0;

    // Rows of the listing after this page.
    bool hasMore() const { return qint64(page) * limit < total; }

    // The envelope's data: {transactions: [...], pagination: {page, limit, total}}; any broken row or a
    // page larger than its limit is "invalid_response".
    static core::Result<HistoryPage> fromJson(const QJsonObject& data);
};

} // namespace baartal::sync
