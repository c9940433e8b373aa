#include "core/ledger/ledger_transaction.h"

namespace baartal::core {

Coins LedgerTransaction::netFor(const Account& account) const
{
    qint64 total = 0;
    for (const Posting& posting : postings) {
        if (posting.account == account) {
            total += posting.coins.value();
        }
    }
    return Coins(total);
}

Status LedgerTransaction::validate() const
{
    // A sale too small to earn a coin still records the bill; every other movement moves coins.
    if (postings.isEmpty() && !(type == TransactionType::Earn && earned.value() == 0 && spent.value() == 0)) {
        return Error::internal(QStringLiteral("unbalanced_transaction"),
                               QStringLiteral("Transaction %1 has no postings").arg(id));
    }
    qint64 sum = 0;
    for (const Posting& posting : postings) {
        if (posting.coins.value() == 0) {
            return Error::internal(QStringLiteral("unbalanced_transaction"),
                                   QStringLiteral("Transaction %1 has a zero posting").arg(id));
        }
        if (__builtin_add_overflow(sum, posting.coins.value(), &sum)) {
            return Error::internal(QStringLiteral("unbalanced_transaction"),
                                   QStringLiteral("Transaction %1 overflows").arg(id));
        }
    }
    if (sum != 0) {
        return Error::internal(
            QStringLiteral("unbalanced_transaction"),
            QStringLiteral("Postings of transaction %1 sum to %2, not zero").arg(id).arg(sum));
    }
    return {};
}

} // namespace baartal::core
