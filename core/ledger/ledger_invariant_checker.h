#pragma once

#include "core/result/result.h"

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
// to zero, no customer wallet is negative, and each wallet's balance equals the coins left in its lots.
class LedgerInvariantChecker {
public:
    explicit LedgerInvariantChecker(Database& database)
        : m_database(database)
    {
    }

    Result<InvariantReport> check();

private:
    Database& m_database;
};

} // namespace baartal::core
