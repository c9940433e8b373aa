#pragma once

#include "core/ledger/account.h"
#include "core/ledger/transaction_type.h"
#include "core/money/coins.h"
#include "core/money/paise.h"
#include "core/result/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace baartal::core {

struct Posting {
    Account account;
    Coins coins{0}; // positive credits the account, negative debits it

    friend bool operator==(const Posting&, const Posting&) = default;
};

// One movement of coins: the business record (what the specification calls a transaction) and the
// double-entry postings that carry it. The postings of a valid transaction sum to zero.
struct LedgerTransaction {
    QString id;
    QString clientTxnId; // idempotency key from a counter; empty for server-side movements
    TransactionType type = TransactionType::Earn;
    QString customerId;
    QString merchantId;
    Paise amount{0}; // the bill, where there is one
    Coins earned{0};
    Coins spent{0};
    QString voidsTxnId;
    QString reason;
    QString createdBy;
    QDateTime createdAt;
    QList<Posting> postings;

    // Signed effect on one account.
    Coins netFor(const Account& account) const;
    // Balanced, non-empty, no zero posting.
    Status validate() const;
};

} // namespace baartal::core
