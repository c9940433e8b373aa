#include "sync/client/sale_recorder.h"

#include "core/ids/ids.h"
#include "core/storage/transaction_guard.h"
#include "core/time/clock.h"
#include "sync/client/api_client.h"
#include "sync/client/client_log.h"
#include "sync/client/counter_sale_repository.h"
#include "sync/client/counter_store.h"
#include "sync/client/earn_receipt.h"
#include "sync/client/earn_request.h"

namespace baartal::sync {

SaleRecorder::SaleRecorder(CounterStore& store, ApiClient& api, const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_clock(clock)
{
}

core::Result<CounterSale> SaleRecorder::recordEarn(const MerchantProfile& merchant, const QString& customerId,
                                                   core::Paise bill)
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

    CounterSale sale;
    sale.clientTxnId = core::Ids::newId();
    sale.merchantId = merchant.id;
    sale.customerId = customer;
    sale.bill = bill;
    sale.issueRate = merchant.issueRate;
    sale.coinsEarnedLocal = merchant.earnPolicy().coinsFor(bill);
    sale.createdAt = m_clock.now();
    sale.updatedAt = sale.createdAt;

    auto transaction = core::TransactionGuard::begin(m_store.database());
    if (!transaction) {
        return transaction.error();
    }
    if (core::Status added = CounterSaleRepository(m_store.database()).add(sale); !added) {
        return added.error();
    }
    if (core::Status committed = transaction->commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcClient) << "sale" << sale.clientTxnId << "recorded locally, sending";

    m_api.earn({sale.clientTxnId, sale.customerId, sale.bill, sale.redeemCoins}, this,
               [this, sale](const core::Result<EarnReceipt>& answer) { onAnswer(sale, answer); });
    return sale;
}

bool SaleRecorder::isFinalRefusal(const core::Error& error)
{
    switch (error.kind) {
    case core::ErrorKind::Invalid:
    case core::ErrorKind::Forbidden:
    case core::ErrorKind::NotFound:
    case core::ErrorKind::Conflict:
    case core::ErrorKind::Unprocessable:
        return true;
    case core::ErrorKind::Unauthenticated:
    case core::ErrorKind::RateLimited:
    case core::ErrorKind::Unavailable:
    case core::ErrorKind::Internal:
        return false;
    }
    return false;
}

void SaleRecorder::onAnswer(const CounterSale& sale, const core::Result<EarnReceipt>& answer)
{
    if (!answer && !isFinalRefusal(answer.error())) {
        qCWarning(lcClient) << "sale" << sale.clientTxnId << "kept pending:" << answer.error().code;
        Q_EMIT saleKeptPending(sale, answer.error());
        return;
    }
    CounterSaleRepository sales(m_store.database());
    const core::Status settled = answer ? sales.markConfirmed(sale.clientTxnId, *answer, m_clock.now())
                                        : sales.markRejected(sale.clientTxnId, answer.error(), m_clock.now());
    if (!settled) {
        qCCritical(lcClient) << "sale" << sale.clientTxnId
                             << "answer not recorded:" << settled.error().message;
        Q_EMIT storeFailed(settled.error());
        return;
    }
    auto stored = sales.find(sale.clientTxnId);
    if (!stored || !*stored) {
        Q_EMIT storeFailed(
            stored ? core::Error::internal(QStringLiteral("sale_missing"),
                                           QStringLiteral("A settled sale vanished from the counter store."))
                   : stored.error());
        return;
    }
    Q_EMIT saleSettled(**stored);
}

} // namespace baartal::sync
