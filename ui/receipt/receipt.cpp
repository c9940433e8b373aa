#include "ui/receipt/receipt.h"

#include "core/policy/spend_policy.h"

namespace baartal::ui {

namespace {

constexpr qsizetype kCustomerTail = 6;
constexpr qsizetype kTransactionHead = 8;

} // namespace

Receipt Receipt::of(const sync::CounterSale& sale, const sync::MerchantProfile& shop)
{
    Receipt receipt;
    receipt.shopName = shop.businessName;
    receipt.time = sale.createdAt;
    receipt.transactionId = shortTransactionId(sale.clientTxnId);
    receipt.customer = maskCustomer(sale.customerId);
    receipt.bill = sale.bill;
    receipt.redeemed = sale.redeemCoins;
    receipt.payable = core::SpendPolicy::netPayable(sale.bill, sale.redeemCoins);
    switch (sale.status) {
    case sync::SaleStatus::Pending:
        receipt.standing = Standing::Pending;
        receipt.earned = sale.coinsEarnedLocal;
        break;
    case sync::SaleStatus::Confirmed:
        receipt.standing = Standing::Confirmed;
        receipt.earned = sale.serverCoinsEarned.value_or(sale.coinsEarnedLocal);
        receipt.balance = sale.customerBalance;
        break;
    case sync::SaleStatus::Rejected:
        // Nothing moved: no coins were redeemed, so the whole bill is due.
        receipt.standing = Standing::Refused;
        receipt.refusalCode = sale.errorCode;
        receipt.redeemed = core::Coins(0);
        receipt.payable = sale.bill;
        break;
    }
    receipt.voided = !sale.voidedBy.isEmpty();
    if (receipt.voided) {
        receipt.voidReason = sale.voidReason;
        receipt.voidTransactionId = shortTransactionId(sale.voidedBy);
        // The balance after the sale is no longer the customer's once the void took its coins back.
        receipt.balance.reset();
    }
    return receipt;
}

QString Receipt::maskCustomer(const QString& customerId)
{
    if (customerId.size() <= kCustomerTail) {
        return QStringLiteral("•••");
    }
    return QStringLiteral("•••") + customerId.right(kCustomerTail);
}

QString Receipt::shortTransactionId(const QString& clientTxnId)
{
    return clientTxnId.left(kTransactionHead).toUpper();
}

} // namespace baartal::ui
