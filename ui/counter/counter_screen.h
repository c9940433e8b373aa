#pragma once

#include "core/result/error.h"
#include "sync/client/counter_sale.h"
#include "sync/client/merchant_profile.h"

#include <QWidget>

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
// Esc clears the sale in progress.
class CounterScreen final : public QWidget {
    Q_OBJECT

public:
    CounterScreen(sync::CounterStore& store, sync::SaleRecorder& recorder, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CounterScreen)

    void setMerchant(const sync::MerchantProfile& merchant);
    // Starts a new sale: clears the fields and puts the cursor in the customer id.
    void clearSale();

private:
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
    QLabel* m_shop;
    QLineEdit* m_customer;
    QLineEdit* m_bill;
    QLabel* m_preview;
    QLabel* m_outcome;
    QListWidget* m_recent;
};

} // namespace baartal::ui
