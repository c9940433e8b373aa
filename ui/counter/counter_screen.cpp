#include "ui/counter/counter_screen.h"

#include "core/ids/ids.h"
#include "core/money/paise.h"
#include "core/time/clock.h"
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

// The server's count when its answer carried one, else the counter's own at the same issue rate.
core::Coins coinsEarned(const sync::CounterSale& sale)
{
    return sale.serverCoinsEarned.value_or(sale.coinsEarnedLocal);
}

} // namespace

CounterScreen::CounterScreen(sync::CounterStore& store, sync::SaleRecorder& recorder, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_recorder(recorder)
    , m_shop(new QLabel(this))
    , m_customer(new QLineEdit(this))
    , m_customerCard(new QLabel(this))
    , m_bill(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_recent(new QListWidget(this))
{
    m_shop->setObjectName(QStringLiteral("shop"));
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setPlaceholderText(tr("Customer id, or scan the customer's QR"));
    m_customerCard->setObjectName(QStringLiteral("customerCard"));
    m_customerCard->setWordWrap(true);
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
    form->addRow(QString(), m_customerCard);
    form->addRow(tr("&Bill (₹)"), m_bill);
    form->addRow(QString(), m_preview);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_shop);
    layout->addLayout(form);
    layout->addWidget(m_outcome);
    layout->addWidget(new QLabel(tr("Recent sales at this counter"), this));
    layout->addWidget(m_recent, 1);

    connect(m_customer, &QLineEdit::returnPressed, this, &CounterScreen::onCustomerEntered);
    connect(m_customer, &QLineEdit::textEdited, this, [this] {
        m_saleCustomer.reset();
        m_customerCard->clear();
        onBillEdited();
    });
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

void CounterScreen::setReference(const sync::ReferenceData& reference)
{
    m_reference = reference;
    if (m_saleCustomer) {
        showCustomerCard(*m_saleCustomer);
    }
}

void CounterScreen::clearSale()
{
    m_saleCustomer.reset();
    m_customerCard->clear();
    m_customer->clear();
    m_bill->clear();
    m_preview->clear();
    m_customer->setFocus();
}

core::Result<CounterScreen::SaleCustomer> CounterScreen::resolveCustomer() const
{
    const QString text = m_customer->text().trimmed();
    const std::optional<core::TokenType> token = sync::CounterTokenCheck::typeOf(text);
    if (!token) {
        if (!core::Ids::isValid(text.toLower())) {
            return core::Error::invalid(QStringLiteral("invalid_customer_id"),
                                        tr("\"%1\" is not a customer id. Check it and try again.").arg(text));
        }
        return SaleCustomer{text.toLower(), std::nullopt};
    }
    // Without a reference the checks have no keys and refuse every token as unknown.
    static const sync::ReferenceData kNoReference;
    const sync::CounterTokenCheck check(m_reference ? *m_reference : kNoReference, m_store.database());
    const QDateTime now = m_recorder.clock().now();
    if (*token == core::TokenType::CustomerIdentity) {
        auto customer = check.identity(text, now);
        if (!customer) {
            return customer.error();
        }
        return SaleCustomer{*customer, std::nullopt};
    }
    auto spend = check.spend(text, now);
    if (!spend) {
        return spend.error();
    }
    return SaleCustomer{spend->customerId, *spend};
}

void CounterScreen::showCustomerCard(const SaleCustomer& customer)
{
    QStringList lines;
    const std::optional<sync::ReferenceCustomer> known =
        m_reference ? m_reference->customer(customer.customerId) : std::nullopt;
    if (known) {
        lines << tr("Customer %1 (%2): %3 B-Coins as of %4")
                     .arg(shortId(customer.customerId), known->nameMasked)
                     .arg(known->balance.value())
                     .arg(QLocale().toString(m_reference->generatedAt.toLocalTime(), QLocale::ShortFormat));
    } else {
        lines << tr("Customer %1: no recent balance at this counter").arg(shortId(customer.customerId));
    }
    if (customer.spend) {
        lines << tr("Spend QR: redeems %1 B-Coins; this shop allows up to %2% of the bill.")
                     .arg(customer.spend->coins.value())
                     .arg(m_merchant.spendPolicy().capPercent());
    }
    m_customerCard->setText(lines.join(QLatin1Char('\n')));
}

void CounterScreen::onCustomerEntered()
{
    auto customer = resolveCustomer();
    if (!customer) {
        m_saleCustomer.reset();
        m_customerCard->clear();
        const QString code = customer.error().code;
        showOutcome(code == QLatin1String("invalid_customer_id")
                        ? customer.error().message
                        : tr("This QR cannot be taken: %1").arg(RefusalText::forCode(code)),
                    true);
        m_customer->selectAll();
        return;
    }
    m_saleCustomer = *customer;
    showCustomerCard(*customer);
    onBillEdited();
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
    if (m_saleCustomer && m_saleCustomer->spend) {
        m_preview->setText(spendPreview(*m_saleCustomer->spend, *bill));
        return;
    }
    m_preview->setText(tr("%1 earns %2 B-Coins")
                           .arg(bill->formatIndian())
                           .arg(m_merchant.earnPolicy().coinsFor(*bill).value()));
}

QString CounterScreen::spendPreview(const sync::CheckedSpend& spend, core::Paise bill) const
{
    const core::SpendPolicy policy = m_merchant.spendPolicy();
    if (!policy.check(bill, spend.coins, spend.coins)) {
        return tr("%1 B-Coins is more than this shop allows on %2 (up to %3 B-Coins).")
            .arg(spend.coins.value())
            .arg(bill.formatIndian())
            .arg(policy.maxRedeemable(bill, spend.coins).value());
    }
    const core::Paise payable = core::SpendPolicy::netPayable(bill, spend.coins);
    return tr("%1 less %2 B-Coins: the customer pays %3 and earns %4 B-Coins")
        .arg(bill.formatIndian())
        .arg(spend.coins.value())
        .arg(payable.formatIndian())
        .arg(m_merchant.earnPolicy().coinsFor(payable).value());
}

void CounterScreen::confirmSale()
{
    if (!m_saleCustomer) {
        onCustomerEntered();
        if (!m_saleCustomer) {
            m_customer->setFocus();
            return;
        }
    }
    const auto bill = core::Paise::parseRupees(m_bill->text());
    if (!bill) {
        showOutcome(tr("\"%1\" is not an amount in rupees.").arg(m_bill->text().trimmed()), true);
        m_bill->selectAll();
        return;
    }
    const std::optional<sync::CheckedSpend>& spend = m_saleCustomer->spend;
    auto sale = spend ? m_recorder.recordSpend(m_merchant, m_saleCustomer->customerId, *bill, spend->coins,
                                               spend->token)
                      : m_recorder.recordEarn(m_merchant, m_saleCustomer->customerId, *bill);
    if (!sale) {
        showOutcome(tr("The sale was not recorded: %1").arg(sale.error().message), true);
        return;
    }
    if (spend) {
        showOutcome(tr("Saved %1 for customer %2 at this counter, redeeming %3 B-Coins: collect %4. It goes "
                       "to the server as soon as it can.")
                        .arg(sale->bill.formatIndian(), shortId(sale->customerId))
                        .arg(sale->redeemCoins.value())
                        .arg(core::SpendPolicy::netPayable(sale->bill, sale->redeemCoins).formatIndian()),
                    false);
    } else {
        showOutcome(tr("Saved %1 for customer %2 at this counter; it goes to the server as soon as it can.")
                        .arg(sale->bill.formatIndian(), shortId(sale->customerId)),
                    false);
    }
    reloadRecentSales();
    clearSale();
}

void CounterScreen::onSettled(const sync::CounterSale& sale)
{
    if (sale.status == sync::SaleStatus::Confirmed) {
        QString text = tr("Customer %1 earned %2 B-Coins on %3.")
                           .arg(shortId(sale.customerId))
                           .arg(coinsEarned(sale).value())
                           .arg(sale.bill.formatIndian());
        // A sync batch's answer carries no balance; the online routes' does.
        if (sale.customerBalance) {
            text += QLatin1Char(' ') + tr("New balance: %1 B-Coins.").arg(sale.customerBalance->value());
        }
        showOutcome(text, false);
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
            .arg(coinsEarned(sale).value());
    case sync::SaleStatus::Rejected:
        return tr("%1  %2  %3  refused: %4")
            .arg(time, shortId(sale.customerId), sale.bill.formatIndian(),
                 RefusalText::forCode(sale.errorCode));
    }
    return {};
}

} // namespace baartal::ui
