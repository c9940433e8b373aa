#pragma once

#include "core/money/paise.h"
#include "core/result/result.h"
#include "sync/client/counter_sale.h"
#include "sync/client/earn_receipt.h"
#include "sync/client/merchant_profile.h"

#include <QObject>

namespace baartal::core {
class Clock;
}

namespace baartal::sync {

class ApiClient;
class CounterStore;

// Takes a sale from the cashier to the server: it is first committed to the counter store as pending
// (so it survives a crash or an outage), then sent; the server's answer settles the local row.
class SaleRecorder final : public QObject {
    Q_OBJECT

public:
    SaleRecorder(CounterStore& store, ApiClient& api, const core::Clock& clock, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SaleRecorder)

    // Checks the input ("invalid_customer_id", "invalid_amount"), commits the sale locally with the
    // merchant's cached issue rate and sends it. The returned sale is pending; one of the signals follows.
    core::Result<CounterSale> recordEarn(const MerchantProfile& merchant, const QString& customerId,
                                         core::Paise bill);

    // True when the server's refusal is final for this sale (bad input, unknown customer, a rule broken),
    // false when the sale may still go through later (no network, server trouble, session expired).
    static bool isFinalRefusal(const core::Error& error);

Q_SIGNALS:
    // The server confirmed or refused the sale; `sale` is the settled row.
    void saleSettled(const baartal::sync::CounterSale& sale);
    // No final answer: the sale stays pending in the counter store to be sent again.
    void saleKeptPending(const baartal::sync::CounterSale& sale, const baartal::core::Error& reason);
    // The counter store could not record the answer; the sale is still pending there.
    void storeFailed(const baartal::core::Error& error);

private:
    void onAnswer(const CounterSale& sale, const core::Result<EarnReceipt>& answer);

    CounterStore& m_store;
    ApiClient& m_api;
    const core::Clock& m_clock;
};

} // namespace baartal::sync
