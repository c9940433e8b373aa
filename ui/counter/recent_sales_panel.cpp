#include "ui/counter/recent_sales_panel.h"

#include "core/time/clock.h"
#include "sync/client/counter_sale_repository.h"
#include "sync/client/counter_store.h"
#include "sync/client/sale_recorder.h"
#include "ui/counter/refusal_text.h"
#include "ui/counter/void_dialog.h"
#include "ui/receipt/receipt.h"
#include "ui/receipt/receipt_printer.h"
#include "ui/ui_log.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace baartal::ui {

namespace {

constexpr int kWindowCheckMs = 15'000;

enum Column { TimeColumn, CustomerColumn, BillColumn, RedeemedColumn, EarnedColumn, StatusColumn, Columns };

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

RecentSalesPanel::RecentSalesPanel(sync::CounterStore& store, sync::SaleRecorder& recorder,
                                   PosSettings settings, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_recorder(recorder)
    , m_clock(recorder.clock())
    , m_settings(std::move(settings))
    , m_heading(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_voidHint(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_reprint(new QAction(this))
    , m_savePdf(new QAction(this))
    , m_void(new QAction(this))
    , m_windowCheck(new QTimer(this))
    , m_reloadSoon(new QTimer(this))
{
    m_printing.setMaxThreadCount(1);
    m_heading->setObjectName(QStringLiteral("recentSalesHeading"));
    m_heading->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("recentSales"));
    m_list->setColumnCount(Columns);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_voidHint->setObjectName(QStringLiteral("voidHint"));
    m_voidHint->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("receiptOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_reprint->setObjectName(QStringLiteral("reprintReceipt"));
    m_reprint->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_savePdf->setObjectName(QStringLiteral("saveReceiptPdf"));
    m_savePdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_void->setObjectName(QStringLiteral("voidSale"));
    m_void->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::CTRL | Qt::Key_D)});
    // The panel's keys work while the cashier is in the list; the sale form keeps its own keys.
    for (QAction* action : {m_reprint, m_savePdf, m_void}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_list->addAction(action);
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(m_reprint, this));
    buttons->addWidget(buttonFor(m_savePdf, this));
    buttons->addWidget(buttonFor(m_void, this));
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_voidHint);
    layout->addWidget(m_outcome);

    connect(m_reprint, &QAction::triggered, this, &RecentSalesPanel::reprintSelected);
    connect(m_savePdf, &QAction::triggered, this, &RecentSalesPanel::saveSelectedAsPdf);
    connect(m_void, &QAction::triggered, this, &RecentSalesPanel::voidSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RecentSalesPanel::updateActions);
    connect(m_windowCheck, &QTimer::timeout, this, &RecentSalesPanel::updateActions);
    m_windowCheck->start(kWindowCheckMs);
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(0);
    connect(m_reloadSoon, &QTimer::timeout, this, &RecentSalesPanel::reload);
    connect(&m_recorder, &sync::SaleRecorder::queued, m_reloadSoon, qOverload<>(&QTimer::start));
    connect(&m_recorder, &sync::SaleRecorder::saleSettled, m_reloadSoon, qOverload<>(&QTimer::start));
    retranslate();
}

RecentSalesPanel::~RecentSalesPanel()
{
    m_printing.waitForDone();
}

void RecentSalesPanel::setMerchant(const sync::MerchantProfile& merchant)
{
    m_merchant = merchant;
    reload();
}

void RecentSalesPanel::setSettings(const PosSettings& settings)
{
    m_settings = settings;
    updateActions();
}

void RecentSalesPanel::reload()
{
    if (m_merchant.id.isEmpty()) {
        return;
    }
    // One indexed range of today's rows (counter_sales_by_merchant_time), capped: 1–9 ms for 500 rows
    // in a store of 200,000 sales (bench_receipts), so it stays on the GUI thread.
    const QDateTime startOfDay(m_clock.now().toLocalTime().date(), QTime(0, 0));
    auto sales = sync::CounterSaleRepository(m_store.database()).since(m_merchant.id, startOfDay, kMaxSales);
    if (!sales) {
        qCWarning(lcUi) << "today's sales unavailable:" << sales.error().message;
        const core::Error error = sales.error();
        showOutcome([error] { return tr("Today's sales could not be read: %1").arg(error.message); }, true);
        return;
    }
    m_sales = *sales;
    fillRows();
}

void RecentSalesPanel::fillRows()
{
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    const QLocale locale;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QTreeWidgetItem* keep = nullptr;
    for (const sync::CounterSale& sale : std::as_const(m_sales)) {
        QString earned;
        QString status;
        switch (sale.status) {
        case sync::SaleStatus::Pending:
            earned = tr("%1 expected").arg(sale.coinsEarnedLocal.formatIndian());
            status = tr("pending");
            break;
        case sync::SaleStatus::Confirmed:
            earned = sale.serverCoinsEarned.value_or(sale.coinsEarnedLocal).formatIndian();
            status = tr("confirmed");
            break;
        case sync::SaleStatus::Rejected:
            earned = QStringLiteral("—");
            status = tr("refused: %1").arg(RefusalText::forCode(sale.errorCode));
            break;
        }
        if (!sale.voidedBy.isEmpty()) {
            status = tr("voided: %1").arg(sale.voidReason);
        }
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(TimeColumn, locale.toString(sale.createdAt.toLocalTime().time(), QLocale::ShortFormat));
        item->setText(CustomerColumn, Receipt::maskCustomer(sale.customerId));
        item->setText(BillColumn, sale.bill.formatIndian());
        item->setText(RedeemedColumn, sale.redeemCoins > core::Coins(0) ? sale.redeemCoins.formatIndian()
                                                                        : QStringLiteral("—"));
        item->setText(EarnedColumn, earned);
        item->setText(StatusColumn, status);
        for (int column : {BillColumn, RedeemedColumn, EarnedColumn}) {
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setData(0, Qt::UserRole, sale.clientTxnId);
        if (sale.clientTxnId == current) {
            keep = item;
        }
    }
    if (keep) {
        m_list->setCurrentItem(keep);
    } else if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    updateActions();
}

std::optional<sync::CounterSale> RecentSalesPanel::selectedSale() const
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_sales.size()) {
        return std::nullopt;
    }
    return m_sales.at(row);
}

RecentSalesPanel::Voidability
RecentSalesPanel::voidability(const std::optional<sync::CounterSale>& sale) const
{
    if (!sale) {
        return Voidability::NoSale;
    }
    if (!sale->voidedBy.isEmpty()) {
        return Voidability::Voided;
    }
    if (sale->status == sync::SaleStatus::Rejected) {
        return Voidability::Refused;
    }
    if (m_settings.voidWindow.count() == 0) {
        return Voidability::VoidsOff;
    }
    const qint64 age = sale->createdAt.secsTo(m_clock.now());
    if (age > std::chrono::duration_cast<std::chrono::seconds>(m_settings.voidWindow).count()) {
        return Voidability::TooOld;
    }
    return Voidability::Allowed;
}

QString RecentSalesPanel::voidabilityText(Voidability voidability) const
{
    switch (voidability) {
    case Voidability::Allowed:
        return tr("Void the selected sale with a reversing transaction (Delete or Ctrl+D)");
    case Voidability::NoSale:
        return tr("Select a sale to void it.");
    case Voidability::VoidsOff:
        return tr("Voids are turned off in the settings (void window 0 minutes).");
    case Voidability::TooOld:
        return tr("This sale is older than the void window (%1 min) and can no longer be voided.")
            .arg(m_settings.voidWindow.count());
    case Voidability::Refused:
        return tr("The server refused this sale, so there is nothing to void.");
    case Voidability::Voided:
        return tr("This sale is voided already.");
    }
    return {};
}

void RecentSalesPanel::updateActions()
{
    const std::optional<sync::CounterSale> sale = selectedSale();
    m_reprint->setEnabled(sale.has_value());
    m_savePdf->setEnabled(sale.has_value());
    const Voidability can = voidability(sale);
    m_void->setEnabled(can == Voidability::Allowed);
    m_void->setToolTip(voidabilityText(can));
    m_voidHint->setText(can == Voidability::Allowed || can == Voidability::NoSale ? QString()
                                                                                  : voidabilityText(can));
}

void RecentSalesPanel::reprintSelected()
{
    if (const std::optional<sync::CounterSale> sale = selectedSale()) {
        startReceipt(*sale, QString());
    }
}

void RecentSalesPanel::printReceipt(const sync::CounterSale& sale)
{
    if (m_settings.printReceipts) {
        startReceipt(sale, QString());
    }
}

void RecentSalesPanel::saveSelectedAsPdf()
{
    const std::optional<sync::CounterSale> sale = selectedSale();
    if (!sale) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("receipt-%1.pdf").arg(Receipt::shortTransactionId(sale->clientTxnId).toLower());
    auto* dialog = new QFileDialog(this, tr("Save the receipt as PDF"), QDir(folder).filePath(name),
                                   tr("PDF files (*.pdf)"));
    dialog->setObjectName(QStringLiteral("receiptPdfDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, sale = *sale](const QString& path) { startReceipt(sale, path); });
    dialog->open();
}

void RecentSalesPanel::voidSelected()
{
    const std::optional<sync::CounterSale> sale = selectedSale();
    // The window may have closed since the sale was selected.
    if (const Voidability can = voidability(sale); can != Voidability::Allowed) {
        updateActions();
        showOutcome([this, can] { return voidabilityText(can); }, true);
        return;
    }
    auto* dialog = new VoidDialog(*sale, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, id = sale->clientTxnId] { recordVoid(id, dialog->reason()); });
    dialog->open();
}

void RecentSalesPanel::recordVoid(const QString& saleClientTxnId, const QString& reason)
{
    auto voidId = m_recorder.recordVoid(saleClientTxnId, reason);
    if (!voidId) {
        const core::Error error = voidId.error();
        showOutcome([error] { return tr("The sale was not voided: %1").arg(error.message); }, true);
        reload();
        return;
    }
    const QString shortId = Receipt::shortTransactionId(saleClientTxnId);
    showOutcome(
        [shortId] {
            return tr("Sale %1 voided; the reversing transaction goes to the server as soon as it can.")
                .arg(shortId);
        },
        false);
    Q_EMIT voided(saleClientTxnId);
    reload();
    if (m_settings.printReceipts) {
        for (const sync::CounterSale& sale : std::as_const(m_sales)) {
            if (sale.clientTxnId == saleClientTxnId) {
                startReceipt(sale, QString());
            }
        }
    }
}

void RecentSalesPanel::startReceipt(const sync::CounterSale& sale, const QString& pdfPath)
{
    const Receipt receipt = Receipt::of(sale, m_merchant);
    const ReceiptPrinter printer(m_settings.printerName, m_settings.receiptPaper);
    auto* watcher = new QFutureWatcher<core::Status>(this);
    connect(watcher, &QFutureWatcher<core::Status>::finished, this, [this, watcher, receipt, pdfPath] {
        watcher->deleteLater();
        const core::Status done = watcher->result();
        if (!done) {
            qCWarning(lcUi) << "receipt" << receipt.transactionId << "failed:" << done.error().code;
            const core::Error error = done.error();
            showOutcome([error] { return tr("The receipt was not printed: %1").arg(error.message); }, true);
            Q_EMIT receiptFailed(error);
            return;
        }
        const QString id = receipt.transactionId;
        if (pdfPath.isEmpty()) {
            showOutcome([id] { return tr("Receipt %1 printed.").arg(id); }, false);
        } else {
            showOutcome([id, pdfPath] { return tr("Receipt %1 saved as %2.").arg(id, pdfPath); }, false);
        }
        Q_EMIT receiptDone(id);
    });
    watcher->setFuture(QtConcurrent::run(&m_printing, [printer, receipt, pdfPath] {
        return pdfPath.isEmpty() ? printer.print(receipt) : printer.writePdf(receipt, pdfPath);
    }));
}

void RecentSalesPanel::showOutcome(std::function<QString()> text, bool problem)
{
    m_outcomeText = std::move(text);
    m_outcome->setText(m_outcomeText());
    m_outcome->setProperty("problem", problem);
    m_outcome->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void RecentSalesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void RecentSalesPanel::retranslate()
{
    m_heading->setText(tr("&Today's sales at this counter"));
    m_list->setHeaderLabels(
        {tr("Time"), tr("Customer"), tr("Bill"), tr("Redeemed"), tr("B-Coins earned"), tr("Status")});
    m_reprint->setText(tr("Reprint receipt"));
    m_reprint->setToolTip(tr("Print the selected sale's receipt again (Ctrl+P)"));
    m_savePdf->setText(tr("Save receipt as PDF…"));
    m_savePdf->setToolTip(tr("Save the selected sale's receipt as a PDF file (Ctrl+Shift+P)"));
    m_void->setText(tr("Void sale…"));
    fillRows();
    if (m_outcomeText) {
        m_outcome->setText(m_outcomeText());
    }
}

} // namespace baartal::ui
