#pragma once

#include "core/result/error.h"
#include "sync/client/counter_sale.h"
#include "sync/client/merchant_profile.h"
#include "ui/settings/pos_settings.h"

#include <QThreadPool>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QTimer;
class QTreeWidget;

namespace baartal::core {
class Clock;
}

namespace baartal::sync {
class CounterStore;
class SaleRecorder;
} // namespace baartal::sync

namespace baartal::ui {

struct Receipt;

// Today's sales at this counter, newest first, with what the cashier does to them from the keyboard:
// Ctrl+P reprints the selected sale's receipt, Ctrl+Shift+P saves it as a PDF, Delete (or Ctrl+D)
// voids it after asking why (a reversing transaction through the outbox). A sale can be voided only
// within the settings' void window, and not when the server refused it or it is voided already.
// Receipts print on a worker thread, one at a time in order.
class RecentSalesPanel final : public QWidget {
    Q_OBJECT

public:
    // At most this many of today's sales are listed.
    static constexpr int kMaxSales = 500;

    RecentSalesPanel(sync::CounterStore& store, sync::SaleRecorder& recorder, PosSettings settings,
                     QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(RecentSalesPanel)
    ~RecentSalesPanel() override;

    // The shop whose sales are listed and whose name heads the receipts.
    void setMerchant(const sync::MerchantProfile& merchant);
    // The printer, paper, void window and whether each sale prints its receipt.
    void setSettings(const PosSettings& settings);

public Q_SLOTS:
    // Reads today's sales from the counter store again.
    void reload();
    // After a sale was recorded: prints its receipt when the settings ask for one after each sale.
    void printReceipt(const baartal::sync::CounterSale& sale);
    void reprintSelected();
    // Asks where to save the selected sale's receipt as a PDF.
    void saveSelectedAsPdf();
    // Asks for a reason and voids the selected sale.
    void voidSelected();

Q_SIGNALS:
    // A receipt was printed or saved.
    void receiptDone(const QString& transactionId);
    // Printing or saving failed; the panel shows why too.
    void receiptFailed(const baartal::core::Error& error);
    // The sale was voided at the counter; the reversing transaction is queued.
    void voided(const QString& saleClientTxnId);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Why the selected sale can or cannot be voided now.
    enum class Voidability { Allowed, NoSale, VoidsOff, TooOld, Refused, Voided };

    void retranslate();
    void fillRows();
    void updateActions();
    std::optional<sync::CounterSale> selectedSale() const;
    Voidability voidability(const std::optional<sync::CounterSale>& sale) const;
    QString voidabilityText(Voidability voidability) const;
    void recordVoid(const QString& saleClientTxnId, const QString& reason);
    void startReceipt(const sync::CounterSale& sale, const QString& pdfPath);
    // Shows an outcome worded in the current language, again after a language switch.
    void showOutcome(std::function<QString()> text, bool problem);

    sync::CounterStore& m_store;
    sync::SaleRecorder& m_recorder;
    const core::Clock& m_clock;
    PosSettings m_settings;
    sync::MerchantProfile m_merchant;
    QList<sync::CounterSale> m_sales; // as listed, newest first
    QLabel* m_heading;
    QTreeWidget* m_list;
    QLabel* m_voidHint;
    QLabel* m_outcome;
    QAction* m_reprint;
    QAction* m_savePdf;
    QAction* m_void;
    QTimer* m_windowCheck; // the void window closes while the cashier looks at a sale
    // One reload for a burst of signals: a drained outbox settles hundreds of sales at once.
    QTimer* m_reloadSoon;
    std::function<QString()> m_outcomeText;
    QThreadPool m_printing; // one thread: receipts come out in the order they were asked for
};

} // namespace baartal::ui
