#include "core/ledger/ledger_invariant_checker.h"

#include "core/storage/database.h"
#include "core/storage/sql_values.h"

#include <QSqlRecord>

namespace baartal::core {

Result<InvariantReport> LedgerInvariantChecker::check(const QDateTime& now)
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
    if (Status holds = checkHolds(now, report); !holds) {
        return holds.error();
    }
    return report;
}

Status LedgerInvariantChecker::checkHolds(const QDateTime& now, InvariantReport& report)
{
    // Each query names a broken row and the sentence that reports it (row values fill %1, %2, ...).
    struct Rule {
        QString sql;
        QString sentence;
        QVariantList values;
    };
    const QList<Rule> rules{
        {QStringLiteral("SELECT l.id, l.remaining, SUM(hl.coins) FROM coin_lots l "
                        "JOIN spend_hold_lots hl ON hl.lot_id = l.id JOIN spend_holds h ON h.id = hl.hold_id "
                        "WHERE h.status = 'active' AND h.lapses_at > ? "
                        "GROUP BY l.id, l.remaining HAVING SUM(hl.coins) > l.remaining LIMIT 100"),
         QStringLiteral("Lot %1 has %2 coins left but active spend holds reserve %3 of them"),
         {SqlValues::fromTime(now)}},
        {QStringLiteral("SELECT h.id, h.coins, COALESCE(SUM(hl.coins), 0) FROM spend_holds h "
                        "LEFT JOIN spend_hold_lots hl ON hl.hold_id = h.id GROUP BY h.id, h.coins "
                        "HAVING COALESCE(SUM(hl.coins), 0) <> h.coins LIMIT 100"),
         QStringLiteral("Spend hold %1 is for %2 coins but reserves %3 in lots"),
         {}},
        {QStringLiteral(
             "SELECT h.id, hl.lot_id FROM spend_holds h JOIN spend_hold_lots hl ON hl.hold_id = h.id "
             "JOIN coin_lots l ON l.id = hl.lot_id WHERE l.customer_id <> h.customer_id LIMIT 100"),
         QStringLiteral("Spend hold %1 reserves coins in lot %2 of another customer"),
         {}},
        {QStringLiteral("SELECT h.id, h.status FROM spend_holds h "
                        "JOIN spend_token_redemptions r ON r.hold_id = h.id "
                        "WHERE h.status <> 'redeemed' LIMIT 100"),
         QStringLiteral("Spend hold %1 was redeemed but is %2, so its coins are still reserved"),
         {}},
        {QStringLiteral("SELECT h.id FROM spend_holds h WHERE h.status = 'redeemed' AND NOT EXISTS "
                        "(SELECT 1 FROM spend_token_redemptions r WHERE r.hold_id = h.id) LIMIT 100"),
         QStringLiteral("Spend hold %1 is redeemed but no redemption records it"),
         {}},
        {QStringLiteral("SELECT h.id, h.status FROM spend_holds h WHERE "
                        "(h.status = 'active' AND h.ended_at IS NOT NULL) OR "
                        "(h.status <> 'active' AND h.ended_at IS NULL) LIMIT 100"),
         QStringLiteral("Spend hold %1 is %2 but its end time says otherwise"),
         {}},
    };
    for (const Rule& rule : rules) {
        auto rows = m_database.exec(rule.sql, rule.values);
        if (!rows) {
            return rows.error();
        }
        QSqlQuery& q = **rows;
        while (q.next()) {
            QString sentence = rule.sentence;
            for (int column = 0; column < q.record().count(); ++column) {
                sentence = sentence.arg(q.value(column).toString());
            }
            report.violations << sentence;
        }
    }
    return {};
}

} // namespace baartal::core
