#pragma once

#include "core/result/error.h"
#include "sync/client/counter_sale.h"
#include "sync/client/counter_token_check.h"
#include "sync/client/merchant_profile.h"
#include "sync/client/reference_data.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;

namespace baartal::sync {
class CounterStore;
class SaleRecorder;
} // namespace baartal::sync

namespace baartal::ui {

// The cashier's first screen, made for the keyboard: type the customer id and Enter, type the bill and
// Enter; the sale is recorded at the counter, sent to the server, and the customer's new balance shown.
// Esc clears the sale in progress. A scanner types the customer's QR into the customer field: an
// identity QR names the customer, a spend QR makes the sale a spend of the coins it holds. Both are
// checked offline with the shop's cached reference, which also shows the customer's last known balance.
class CounterScreen final : public QWidget {
    Q_OBJECT

public:
    CounterScreen(sync::CounterStore& store, sync::SaleRecorder& recorder, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CounterScreen)

    void setMerchant(const sync::MerchantProfile& merchant);
    // Starts a new sale: clears the fields and puts the cursor in the customer id.
    void clearSale();
    // The shop's latest reference (ReferencePuller::updated): keys for the QR checks, balances.
    void setReference(const sync::ReferenceData& reference);

private:
    // Who the sale is for, and the spend token it redeems when one was scanned.
    struct SaleCustomer {
        QString customerId;
        std::optional<sync::CheckedSpend> spend;
    };

    core::Result<SaleCustomer> resolveCustomer() const;
    void showCustomerCard(const SaleCustomer& customer);
    QString spendPreview(const sync::CheckedSpend& spend, core::Paise bill) const;
    void onCustomerEntered();
    void onBillEdited();
    void confirmSale();
    void onSettled(const sync::CounterSale& sale);
    void onStoreFailed(const core::Error& error);
    void showOutcome(const QString& text, bool problem);
    void reloadRecentSales();
    QString describe(const sync::CounterSale& sale) const;

    sync::CounterStore& m_store;
    sync::SaleRecorder& m_recorder;
    sync::MerchantProfile m_merchant;
    std::optional<sync::ReferenceData> m_reference;
    std::optional<SaleCustomer> m_saleCustomer; // once the customer field was entered and checked
    QLabel* m_shop;
    QLineEdit* m_customer;
    QLabel* m_customerCard;
    QLineEdit* m_bill;
    QLabel* m_preview;
    QLabel* m_outcome;
    QListWidget* m_recent;
};

} // namespace baartal::ui
