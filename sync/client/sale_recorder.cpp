#include "sync/client/sale_recorder.h"

#include "core/ids/ids.h"
#include "core/policy/spend_policy.h"
#include "core/storage/transaction_guard.h"
#include "core/sync/outbox_row.h"
#include "core/time/clock.h"
#include "sync/client/client_log.h"
#include "sync/client/counter_sale_repository.h"
#include "sync/client/counter_store.h"
#include "sync/client/outbox_repository.h"

namespace baartal::sync {

SaleRecorder::SaleRecorder(CounterStore& store, const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
}

core::Result<CounterSale> SaleRecorder::recordEarn(const MerchantProfile& merchant, const QString& customerId,
                                                   core::Paise bill)
{
    return recordSale(merchant, customerId, bill, core::Coins(0), {});
}

core::Result<CounterSale> SaleRecorder::recordSpend(const MerchantProfile& merchant,
                                                    const QString& customerId, core::Paise bill,
                                                    core::Coins coins, const QString& spendToken)
{
    if (coins <= core::Coins(0) || spendToken.isEmpty()) {
        return core::Error::invalid(QStringLiteral("invalid_coins"),
                                    QStringLiteral("A spend redeems the coins of a spend token."));
    }
    return recordSale(merchant, customerId, bill, coins, spendToken);
}

core::Result<CounterSale> SaleRecorder::recordSale(const MerchantProfile& merchant, const QString& customerId,
                                                   core::Paise bill, core::Coins coins,
                                                   const QString& spendToken)
{
    const QString customer = customerId.trimmed().toLower();
    if (!core::Ids::isValid(customer)) {
        return core::Error::invalid(QStringLiteral("invalid_customer_id"),
                                    QStringLiteral("\"%1\" is not a customer id.").arg(customerId.trimmed()));
    }
    if (bill <= core::Paise(0)) {
        return core::Error::invalid(QStringLiteral("invalid_amount"),
                                    QStringLiteral("The bill amount must be more than zero."));
    }
    if (coins > core::Coins(0)) {
        // The token's coins are the customer's own (the server holds them), so only the cap is left to
        // check here; the balance is the server's to guard.
        if (core::Status capped = merchant.spendPolicy().check(bill, coins, coins); !capped) {
            return capped.error();
        }
    }

    CounterSale sale;
    sale.clientTxnId = core::Ids::newId();
    sale.merchantId = merchant.id;
    sale.customerId = customer;
    sale.bill = bill;
    sale.redeemCoins = coins;
    sale.spendToken = spendToken;
    sale.issueRate = merchant.issueRate;
    sale.coinsEarnedLocal = merchant.earnPolicy().coinsFor(core::SpendPolicy::netPayable(bill, coins));
    sale.createdAt = m_clock.now();
    sale.updatedAt = sale.createdAt;

    core::OutboxRow row;
    row.type = coins > core::Coins(0) ? core::OutboxRowType::Spend : core::OutboxRowType::Earn;
    row.clientTxnId = sale.clientTxnId;
    row.customerId = sale.customerId;
    row.bill = sale.bill;
    row.coins = sale.redeemCoins;
    row.spendToken = sale.spendToken;
    row.localTimeMs = sale.createdAt.toMSecsSinceEpoch();
    const core::Status committed = commitWithOutbox(row, [&] {
        core::Status added = CounterSaleRepository(m_store.database()).add(sale);
        if (!added && added.error().code == QLatin1String("unique_violation") && !spendToken.isEmpty()) {
            return core::Status(core::Error::conflict(QStringLiteral("spend_token_used_here"),
                                                      QStringLiteral("This spend token was already taken "
                                                                     "at this counter.")));
        }
        return added;
    });
    if (!committed) {
        return committed.error();
    }
    qCInfo(lcClient) << "sale" << sale.clientTxnId << "recorded and queued";
    return sale;
}

core::Result<QString> SaleRecorder::recordVoid(const QString& saleClientTxnId, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return core::Error::invalid(QStringLiteral("invalid_void_reason"),
                                    QStringLiteral("Say why the sale is voided."));
    }
    CounterSaleRepository sales(m_store.database());
    auto sale = sales.find(saleClientTxnId);
    if (!sale) {
        return sale.error();
    }
    if (!*sale) {
        return core::Error::notFound(QStringLiteral("sale_not_found"),
                                     QStringLiteral("No sale %1 at this counter.").arg(saleClientTxnId));
    }
    core::OutboxRow row;
    row.type = core::OutboxRowType::Void;
    row.clientTxnId = core::Ids::newId();
    row.customerId = (*sale)->customerId;
    row.voidsClientTxnId = saleClientTxnId;
    const QDateTime now = m_clock.now();
    row.localTimeMs = now.toMSecsSinceEpoch();
    const core::Status committed = commitWithOutbox(
        row, [&] { return sales.markVoided(saleClientTxnId, row.clientTxnId, reason.trimmed(), now); });
    if (!committed) {
        return committed.error();
    }
    qCInfo(lcClient) << "sale" << saleClientTxnId << "voided by" << row.clientTxnId;
    return row.clientTxnId;
}

core::Status SaleRecorder::commitWithOutbox(core::OutboxRow row,
                                            const std::function<core::Status()>& writeOwnRows)
{
    if (m_deviceId.isEmpty()) {
        return core::Error{core::ErrorKind::Unavailable, QStringLiteral("device_not_enrolled"),
                           QStringLiteral("This counter is not enrolled with the server yet.")};
    }
    row.deviceId = m_deviceId;
    auto transaction = core::TransactionGuard::begin(m_store.database());
    if (!transaction) {
        return transaction.error();
    }
    if (core::Status written = writeOwnRows(); !written) {
        return written;
    }
    if (auto appended = OutboxRepository(m_store.database()).append(row); !appended) {
        return appended.error();
    }
    if (core::Status committed = transaction->commit(); !committed) {
        return committed;
    }
    Q_EMIT queued();
    return {};
}

void SaleRecorder::announceSettled(const QStringList& clientTxnIds)
{
    CounterSaleRepository sales(m_store.database());
    for (const QString& id : clientTxnIds) {
        auto sale = sales.find(id);
        if (!sale) {
            Q_EMIT storeFailed(sale.error());
            return;
        }
        if (*sale) {
            Q_EMIT saleSettled(**sale);
        }
    }
}

} // namespace baartal::sync
