#pragma once

#include "core/money/coins.h"
#include "core/money/paise.h"
#include "sync/client/counter_sale.h"
#include "sync/client/merchant_profile.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace baartal::ui {

// What a customer's receipt says, taken from one sale as the counter recorded it. It holds facts, not
// words: ReceiptRenderer words them in the language current when it prints, so a receipt reprinted
// after a language switch is in the new language. The customer appears masked only.
struct Receipt {
    // How far the server got with the sale when the receipt was made.
    enum class Standing {
        Pending,   // the server has not answered: the coins earned are the counter's own count
        Confirmed, // the server applied it: the coins are its count
        Refused,   // the server refused it: nothing moved
    };

    QString shopName;
    QDateTime time;        // when the sale was recorded, in UTC; printed in local time
    QString transactionId; // the counter's transaction id, short form
    QString customer;      // masked
    core::Paise bill;
    core::Coins redeemed;
    core::Paise payable; // the bill less the redeemed coins' worth
    core::Coins earned;
    Standing standing = Standing::Pending;
    QString refusalCode;                // Refused: the server's stable reason
    std::optional<core::Coins> balance; // the customer's, after the sale, when the server said
    bool voided = false;
    QString voidReason;
    QString voidTransactionId; // the void's own counter transaction id, short form

    static Receipt of(const sync::CounterSale& sale, const sync::MerchantProfile& shop);

    // The last characters of a customer id: enough for the customer to match their phone's screen,
    // useless for looking them up.
    static QString maskCustomer(const QString& customerId);
    // The first group of a transaction id, upper-cased: what a cashier reads out on the phone.
    static QString shortTransactionId(const QString& clientTxnId);
};

} // namespace baartal::ui
