#include "core/ledger/ledger_invariant_checker.h"

#include "core/storage/database.h"

namespace baartal::core {

Result<InvariantReport> LedgerInvariantChecker::check()
{
    InvariantReport report;
    auto counted = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM transactions"));
    if (!counted) {
        return counted.error();
    }
    report.transactionsChecked = (*counted)->next() ? (*counted)->value(0).toLongLong() : 0;

    auto unbalanced = m_database.exec(QStringLiteral(
        "SELECT txn_id, SUM(coins) FROM ledger_postings GROUP BY txn_id HAVING SUM(coins) <> 0 LIMIT 100"));
    if (!unbalanced) {
        return unbalanced.error();
    }
    while ((*unbalanced)->next()) {
        report.violations << QStringLiteral("Transaction %1: postings sum to %2, not zero")
                                 .arg((*unbalanced)->value(0).toString())
                                 .arg((*unbalanced)->value(1).toLongLong());
    }

    auto wallets = m_database.exec(
        QStringLiteral("SELECT c.id, "
                       "(SELECT COALESCE(SUM(p.coins), 0) FROM ledger_postings p "
                       " WHERE p.account_type = 'customer_wallet' AND p.account_owner = c.id), "
                       "(SELECT COALESCE(SUM(l.remaining), 0) FROM coin_lots l WHERE l.customer_id = c.id) "
                       "FROM customers c"));
    if (!wallets) {
        return wallets.error();
    }
    while ((*wallets)->next()) {
        ++report.walletsChecked;
        const QString customer = (*wallets)->value(0).toString();
        const qint64 balance = (*wallets)->value(1).toLongLong();
        const qint64 inLots = (*wallets)->value(2).toLongLong();
        if (balance < 0) {
            report.violations
                << QStringLiteral("Wallet of customer %1 is negative: %2").arg(customer).arg(balance);
        }
        if (balance != inLots) {
            report.violations << QStringLiteral("Wallet of customer %1 holds %2 coins but its lots hold %3")
                                     .arg(customer)
                                     .arg(balance)
                                     .arg(inLots);
        }
    }
    return report;
}

} // namespace baartal::core
