#pragma once

#include "core/result/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace baartal::sync {

// The answer of GET /api/v1/admin/ledger/check: whether every invariant of the ledger holds, and if
// not, each violation the server found, in its words.
struct LedgerCheck {
    bool balanced = false;
    QStringList violations;
    qint64 transactionsChecked = 0;
    qint64 walletsChecked = 0;
    QDateTime checkedAt;

    static core::Result<LedgerCheck> fromJson(const QJsonObject& data);
};

} // namespace baartal::sync
