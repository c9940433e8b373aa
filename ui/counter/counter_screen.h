#pragma once

#include "core/result/error.h"
#include "sync/client/counter_sale.h"
#include "sync/client/counter_token_check.h"
#include "sync/client/merchant_profile.h"
#include "sync/client/pending_checkin.h"
#include "sync/client/pending_spend_request.h"
#include "sync/client/reference_data.h"
#include "sync/client/sync_state.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace baartal::sync {
class ApiClient;
class CounterStore;
class SaleRecorder;
struct OnlineSale;
} // namespace baartal::sync

namespace baartal::ui {

class AmountEdit;
class CustomerCard;
class WaitingCustomersPanel;

// The cashier's sale form, made for the keyboard: the customer (typed id, or a QR from the scanner or
// takeCode()) and Enter, the bill and Enter; Tab reaches the coins to redeem. Esc clears the sale. The
// card shows the customer's last known balance and how fresh it is; the preview shows what the customer
// pays and earns as the bill and the redeem change. Sales are recorded at the counter and sent to the
// server by the outbox, except a spend request's, which is an online authorisation and is confirmed
// with the server while the cashier waits. Beside the form, the customers waiting at the shop.
class CounterScreen final : public QWidget {
    Q_OBJECT

public:
    CounterScreen(sync::CounterStore& store, sync::SaleRecorder& recorder, sync::ApiClient& api,
                  QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CounterScreen)

    void setMerchant(const sync::MerchantProfile& merchant);
    // Starts a new sale: clears the fields and puts the cursor in the customer id.
    void clearSale();
    // The shop's latest reference (ReferencePuller::updated): keys for the QR checks, balances.
    void setReference(const sync::ReferenceData& reference);

public Q_SLOTS:
    // A code from the webcam or a USB scanner: taken as if typed into the customer field and Enter
    // pressed. While a bill is being typed for one customer, another customer's code is refused with a
    // message rather than replacing it; the same customer's spend QR joins the sale.
    void takeCode(const QString& code);
    // SyncUploader::stateChanged: whether the counter is online, for the customer card. The waiting list's
    // refreshes tell it too, so the card is right before the first upload.
    void setSyncState(const baartal::sync::SyncState& state);

Q_SIGNALS:
    // A sale was recorded: at the counter (queued for the server) or, for a spend request, by the server.
    void saleRecorded(const baartal::sync::CounterSale& sale);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Who the sale is for, what the counter knows of their balance, and what authorises a redemption.
    struct SaleCustomer {
        QString customerId;
        QString nameMasked;
        std::optional<core::Coins> balance;
        QDateTime balanceAsOf;
        std::optional<sync::CheckedSpend> spend;          // a scanned spend QR
        std::optional<sync::PendingSpendRequest> request; // a spend request chosen from the waiting list
        QString requestTxnId; // the confirmation's idempotency key, kept across retries
    };

    core::Result<SaleCustomer> resolveCustomer(const QString& text) const;
    // Makes `customer` the sale's; the same customer keeps the bill typed and what authorised a redemption.
    void startSale(SaleCustomer customer);
    void showRefusal(const QString& text, const core::Error& error);
    // Whether a bill is typed for a customer other than `customerId`: then it is not replaced.
    bool keepsSaleInProgress(const QString& customerId);
    void onCustomerEntered();
    void updateRedeem();
    void confirmSale();
    void confirmSpendRequest(core::Paise bill);
    void onSpendRequestConfirmed(const sync::OnlineSale& sale, core::Paise bill);
    void onSettled(const sync::CounterSale& sale);
    void onStoreFailed(const core::Error& error);
    // `text` renders the outcome in the current language, again after a change of language.
    void showOutcome(std::function<QString()> text, bool problem);
    void setBusy(bool busy);
    void retranslate();

    sync::CounterStore& m_store;
    sync::SaleRecorder& m_recorder;
    sync::ApiClient& m_api;
    sync::MerchantProfile m_merchant;
    std::optional<sync::ReferenceData> m_reference;
    std::optional<SaleCustomer> m_saleCustomer; // once the customer field was entered and checked
    bool m_busy = false;                        // a spend request's confirmation is on its way
    core::Coins m_wantedRedeem; // what the cashier (or the QR) asked for; the cap may allow less
    std::function<QString()> m_outcomeText;
    QLabel* m_shop;
    QLabel* m_customerLabel;
    QLineEdit* m_customer;
    CustomerCard* m_customerCard;
    QLabel* m_billLabel;
    AmountEdit* m_bill;
    QLabel* m_redeemLabel;
    QSpinBox* m_redeem;
    QLabel* m_redeemHint;
    QLabel* m_preview;
    QLabel* m_outcome;
    WaitingCustomersPanel* m_waiting;
};

} // namespace baartal::ui
