#pragma once

#include "core/money/coins.h"
#include "core/money/paise.h"
#include "core/result/result.h"
#include "sync/client/counter_sale.h"
#include "sync/client/merchant_profile.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace baartal::core {
class Clock;
struct OutboxRow;
} // namespace baartal::core

namespace baartal::sync {

class CounterStore;

// Records the cashier's actions at the counter. Each one is a single local transaction that writes the
// action's own rows (counter_sales) and its outbox row, so an outage or a crash never loses it and the
// uploader (SyncUploader) carries it to the server; the server's answer later settles the sale.
class SaleRecorder final : public QObject {
    Q_OBJECT

public:
    SaleRecorder(CounterStore& store, const core::Clock& clock, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SaleRecorder)

    // The enrolled device whose outbox the actions go to; nothing is recorded before there is one
    // ("device_not_enrolled").
    void setDeviceId(const QString& deviceId) { m_deviceId = deviceId; }
    const QString& deviceId() const { return m_deviceId; }
    // The clock sales are stamped with; the counter checks customer tokens against it too.
    const core::Clock& clock() const { return m_clock; }

    // A sale that earns at the merchant's cached issue rate. "invalid_customer_id", "invalid_amount".
    core::Result<CounterSale> recordEarn(const MerchantProfile& merchant, const QString& customerId,
                                         core::Paise bill);
    // A sale paid partly with coins of a verified spend token, at most those it holds (the server refuses
    // more; the ones not redeemed go back to the customer): earn is on what is paid in money.
    // Besides the above: "invalid_coins", "spend_over_cap" (the merchant's cap for this bill),
    // "spend_token_used_here" (Conflict) when this counter already took the token.
    core::Result<CounterSale> recordSpend(const MerchantProfile& merchant, const QString& customerId,
                                          core::Paise bill, core::Coins coins, const QString& spendToken);
    // Reverses a sale of this counter; returns the void's own client transaction id.
    // "sale_not_found", "sale_not_voidable", "invalid_void_reason" (empty).
    core::Result<QString> recordVoid(const QString& saleClientTxnId, const QString& reason);

    // Loads the sales the uploader settled and announces each through saleSettled.
    void announceSettled(const QStringList& clientTxnIds);

Q_SIGNALS:
    // An action was committed locally and its outbox row queued.
    void queued();
    // The server confirmed or refused the sale; `sale` is the settled row.
    void saleSettled(const baartal::sync::CounterSale& sale);
    // The counter store could not be read.
    void storeFailed(const baartal::core::Error& error);

private:
    core::Result<CounterSale> recordSale(const MerchantProfile& merchant, const QString& customerId,
                                         core::Paise bill, core::Coins coins, const QString& spendToken);
    // Commits `writeOwnRows` and the outbox row in one transaction.
    core::Status commitWithOutbox(core::OutboxRow row, const std::function<core::Status()>& writeOwnRows);

    CounterStore& m_store;
    const core::Clock& m_clock;
    QString m_deviceId;
};

} // namespace baartal::sync
