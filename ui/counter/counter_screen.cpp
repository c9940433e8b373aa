#include "ui/counter/counter_screen.h"

#include "core/ids/ids.h"
#include "core/money/paise.h"
#include "sync/client/counter_sale_repository.h"
#include "sync/client/counter_store.h"
#include "sync/client/sale_recorder.h"
#include "ui/counter/refusal_text.h"
#include "ui/ui_log.h"

#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QVBoxLayout>

namespace baartal::ui {

namespace {

constexpr int kRecentSales = 20;

// The last characters of a customer id: enough for the cashier to match the customer's screen.
QString shortId(const QString& id)
{
    return QStringLiteral("…") + id.right(6);
}

} // namespace

CounterScreen::CounterScreen(sync::CounterStore& store, sync::SaleRecorder& recorder, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_recorder(recorder)
    , m_shop(new QLabel(this))
    , m_customer(new QLineEdit(this))
    , m_bill(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_recent(new QListWidget(this))
{
    m_shop->setObjectName(QStringLiteral("shop"));
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setPlaceholderText(tr("Customer id"));
    m_bill->setObjectName(QStringLiteral("bill"));
    m_bill->setPlaceholderText(tr("Bill amount in rupees, e.g. 450.00"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recent->setObjectName(QStringLiteral("recent"));
    m_recent->setFocusPolicy(Qt::NoFocus);

    QFont shopFont = m_shop->font();
    shopFont.setPointSizeF(shopFont.pointSizeF() * 1.4);
    shopFont.setBold(true);
    m_shop->setFont(shopFont);

    auto* form = new QFormLayout;
    form->addRow(tr("&Customer"), m_customer);
    form->addRow(tr("&Bill (₹)"), m_bill);
    form->addRow(QString(), m_preview);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_shop);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addWidget(new QLabel(tr("Recent sales at this counter"), this));
    layout->addWidget(m_recent, 1);

    connect(m_customer, &QLineEdit::returnPressed, this, &CounterScreen::onCustomerEntered);
    connect(m_bill, &QLineEdit::textChanged, this, &CounterScreen::onBillEdited);
    connect(m_bill, &QLineEdit::returnPressed, this, &CounterScreen::confirmSale);
    auto* cancel = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(cancel, &QShortcut::activated, this, &CounterScreen::clearSale);
    connect(&m_recorder, &sync::SaleRecorder::saleSettled, this, &CounterScreen::onSettled);
    connect(&m_recorder, &sync::SaleRecorder::storeFailed, this, &CounterScreen::onStoreFailed);
}

void CounterScreen::setMerchant(const sync::MerchantProfile& merchant)
{
    m_merchant = merchant;
    QString heading = tr("%1 — earns %2 B-Coins per ₹100").arg(merchant.businessName).arg(merchant.issueRate);
    if (!merchant.approved) {
        heading += QLatin1Char('\n') +
                   tr("Awaiting approval: the server refuses sales until an admin approves this shop.");
    }
    m_shop->setText(heading);
    reloadRecentSales();
    clearSale();
}

void CounterScreen::clearSale()
{
    m_customer->clear();
    m_bill->clear();
    m_preview->clear();
    m_customer->setFocus();
}

void CounterScreen::onCustomerEntered()
{
    if (!core::Ids::isValid(m_customer->text().trimmed().toLower())) {
        showOutcome(
            tr("\"%1\" is not a customer id. Check it and try again.").arg(m_customer->text().trimmed()),
            true);
        m_customer->selectAll();
        return;
    }
    m_bill->setFocus();
}

void CounterScreen::onBillEdited()
{
    if (m_bill->text().trimmed().isEmpty()) {
        m_preview->clear();
        return;
    }
    const auto bill = core::Paise::parseRupees(m_bill->text());
    if (!bill) {
        m_preview->setText(tr("Type the amount in rupees with at most two decimals."));
        return;
    }
    m_preview->setText(tr("%1 earns %2 B-Coins")
                           .arg(bill->formatIndian())
                           .arg(m_merchant.earnPolicy().coinsFor(*bill).value()));
}

void CounterScreen::confirmSale()
{
    if (!core::Ids::isValid(m_customer->text().trimmed().toLower())) {
        onCustomerEntered();
        m_customer->setFocus();
        return;
    }
    const auto bill = core::Paise::parseRupees(m_bill->text());
    if (!bill) {
        showOutcome(tr("\"%1\" is not an amount in rupees.").arg(m_bill->text().trimmed()), true);
        m_bill->selectAll();
        return;
    }
    auto sale = m_recorder.recordEarn(m_merchant, m_customer->text(), *bill);
    if (!sale) {
        showOutcome(tr("The sale was not recorded: %1").arg(sale.error().message), true);
        return;
    }
    showOutcome(tr("Saved %1 for customer %2 at this counter; it goes to the server as soon as it can.")
                    .arg(sale->bill.formatIndian(), shortId(sale->customerId)),
                false);
    reloadRecentSales();
    clearSale();
}

void CounterScreen::onSettled(const sync::CounterSale& sale)
{
    if (sale.status == sync::SaleStatus::Confirmed) {
        showOutcome(tr("Customer %1 earned %2 B-Coins on %3. New balance: %4 B-Coins.")
                        .arg(shortId(sale.customerId))
                        .arg(sale.serverCoinsEarned.value_or(core::Coins(0)).value())
                        .arg(sale.bill.formatIndian())
                        .arg(sale.customerBalance.value_or(core::Coins(0)).value()),
                    false);
    } else {
        showOutcome(tr("The server refused the sale of %1 for customer %2: %3")
                        .arg(sale.bill.formatIndian(), shortId(sale.customerId),
                             RefusalText::forCode(sale.errorCode)),
                    true);
    }
    reloadRecentSales();
}

void CounterScreen::onStoreFailed(const core::Error& error)
{
    showOutcome(tr("The counter's database could not be read: %1").arg(error.message), true);
}

void CounterScreen::showOutcome(const QString& text, bool problem)
{
    m_outcome->setText(text);
    m_outcome->setProperty("problem", problem);
    m_outcome->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void CounterScreen::reloadRecentSales()
{
    auto sales = sync::CounterSaleRepository(m_store.database()).recent(m_merchant.id, kRecentSales);
    if (!sales) {
        qCWarning(lcUi) << "recent sales unavailable:" << sales.error().message;
        return;
    }
    m_recent->clear();
    for (const sync::CounterSale& sale : *sales) {
        m_recent->addItem(describe(sale));
    }
}

QString CounterScreen::describe(const sync::CounterSale& sale) const
{
    const QString time = QLocale().toString(sale.createdAt.toLocalTime().time(), QLocale::ShortFormat);
    switch (sale.status) {
    case sync::SaleStatus::Pending:
        return tr("%1  %2  %3  pending (%4 B-Coins expected)")
            .arg(time, shortId(sale.customerId), sale.bill.formatIndian())
            .arg(sale.coinsEarnedLocal.value());
    case sync::SaleStatus::Confirmed:
        return tr("%1  %2  %3  +%4 B-Coins")
            .arg(time, shortId(sale.customerId), sale.bill.formatIndian())
            .arg(sale.serverCoinsEarned.value_or(core::Coins(0)).value());
    case sync::SaleStatus::Rejected:
        return tr("%1  %2  %3  refused: %4")
            .arg(time, shortId(sale.customerId), sale.bill.formatIndian(),
                 RefusalText::forCode(sale.errorCode));
    }
    return {};
}

} // namespace baartal::ui
