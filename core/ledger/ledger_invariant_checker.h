#pragma once

#include "core/result/result.h"

#include <QDateTime>
#include <QStringList>

namespace baartal::core {

class Database;

struct InvariantReport {
    qint64 transactionsChecked = 0;
    qint64 walletsChecked = 0;
    QStringList violations; // one human sentence each; empty when the ledger is sound

    bool ok() const { return violations.isEmpty(); }
};

// Checks what the money depends on, straight from the stored rows: every transaction's postings sum
// to zero, no customer wallet is negative, each wallet's balance equals the coins left in its lots, and
// spend holds are consistent: a hold reserves exactly its coins in its customer's lots, the holds that
// count at `now` (active, not lapsed) reserve no more of a lot than it has left, and a hold that was
// redeemed or cancelled (or has a redemption) is no longer active. A lapsed hold keeps its 'active'
// status in the table; it simply stops counting, so the lot check leaves it out.
class LedgerInvariantChecker {
public:
    explicit LedgerInvariantChecker(Database& database)
        : m_database(database)
    {
    }

    Result<InvariantReport> check(const QDateTime& now);

private:
    Status checkHolds(const QDateTime& now, InvariantReport& report);

    Database& m_database;
};

} // namespace baartal::core
