#include "ui/counter/counter_screen.h"

#include "core/ids/ids.h"
#include "core/money/paise.h"
#include "core/time/clock.h"
#include "sync/client/api_client.h"
#include "sync/client/counter_sale_repository.h"
#include "sync/client/counter_store.h"
#include "sync/client/online_sale.h"
#include "sync/client/sale_recorder.h"
#include "ui/counter/amount_edit.h"
#include "ui/counter/customer_card.h"
#include "ui/counter/refusal_text.h"
#include "ui/counter/waiting_customers_panel.h"
#include "ui/ui_log.h"

#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace baartal::ui {

namespace {

// The last characters of a customer id: enough for the cashier to match the customer's screen.
QString shortId(const QString& id)
{
    return CustomerCard::shortId(id);
}

// The server's count when its answer carried one, else the counter's own at the same issue rate.
core::Coins coinsEarned(const sync::CounterSale& sale)
{
    return sale.serverCoinsEarned.value_or(sale.coinsEarnedLocal);
}

} // namespace

CounterScreen::CounterScreen(sync::CounterStore& store, sync::SaleRecorder& recorder, sync::ApiClient& api,
                             QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_recorder(recorder)
    , m_api(api)
    , m_shop(new QLabel(this))
    , m_customerLabel(new QLabel(this))
    , m_customer(new QLineEdit(this))
    , m_customerCard(new CustomerCard(this))
    , m_billLabel(new QLabel(this))
    , m_bill(new AmountEdit(this))
    , m_redeemLabel(new QLabel(this))
    , m_redeem(new QSpinBox(this))
    , m_redeemHint(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_waiting(new WaitingCustomersPanel(api, this))
{
    m_shop->setObjectName(QStringLiteral("shop"));
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customerCard->setObjectName(QStringLiteral("customerCard"));
    m_bill->setObjectName(QStringLiteral("bill"));
    m_redeem->setObjectName(QStringLiteral("redeem"));
    m_redeemHint->setObjectName(QStringLiteral("redeemHint"));
    m_redeemHint->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_waiting->setObjectName(QStringLiteral("waiting"));
    m_customerLabel->setBuddy(m_customer);
    m_billLabel->setBuddy(m_bill);
    m_redeemLabel->setBuddy(m_redeem);
    m_redeem->setRange(0, 0);
    m_redeem->setGroupSeparatorShown(true);
    m_redeem->installEventFilter(this);

    QFont shopFont = m_shop->font();
    shopFont.setPointSizeF(shopFont.pointSizeF() * 1.4);
    shopFont.setBold(true);
    m_shop->setFont(shopFont);
    QFont bigFont = m_bill->font();
    bigFont.setPointSizeF(bigFont.pointSizeF() * 1.3);
    m_bill->setFont(bigFont);
    m_preview->setFont(bigFont);

    auto* form = new QFormLayout;
    form->addRow(m_customerLabel, m_customer);
    form->addRow(QString(), m_customerCard);
    form->addRow(m_billLabel, m_bill);
    form->addRow(m_redeemLabel, m_redeem);
    form->addRow(QString(), m_redeemHint);
    form->addRow(QString(), m_preview);
    auto* sale = new QVBoxLayout;
    sale->addWidget(m_shop);
    sale->addLayout(form);
    sale->addWidget(m_outcome);
    sale->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(sale, 3);
    layout->addWidget(m_waiting, 2);
    setTabOrder(m_customer, m_bill);
    setTabOrder(m_bill, m_redeem);

    connect(m_customer, &QLineEdit::returnPressed, this, &CounterScreen::onCustomerEntered);
    connect(m_customer, &QLineEdit::textEdited, this, [this] {
        m_saleCustomer.reset();
        m_customerCard->clear();
        updateRedeem();
    });
    connect(m_bill, &AmountEdit::amountChanged, this, &CounterScreen::updateRedeem);
    connect(m_bill, &QLineEdit::returnPressed, this, &CounterScreen::confirmSale);
    connect(m_redeem, &QSpinBox::valueChanged, this, [this](int coins) {
        // Only the cashier's own change gets here: updateRedeem() blocks the signal.
        m_wantedRedeem = core::Coins(coins);
        retranslate();
    });
    auto* cancel = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(cancel, &QShortcut::activated, this, [this] {
        clearSale();
        showOutcome({}, false);
    });
    auto* waiting = new QShortcut(QKeySequence(Qt::Key_F6), this);
    connect(waiting, &QShortcut::activated, m_waiting, &WaitingCustomersPanel::focusList);
    connect(m_waiting, &WaitingCustomersPanel::checkinChosen, this,
            [this](const sync::PendingCheckin& checkin) {
                if (m_busy || keepsSaleInProgress(checkin.customerId)) {
                    return;
                }
                m_customer->setText(checkin.customerId);
                startSale(SaleCustomer{checkin.customerId,
                                       checkin.contact,
                                       checkin.balance,
                                       m_recorder.clock().now(),
                                       std::nullopt,
                                       std::nullopt,
                                       {}});
            });
    connect(m_waiting, &WaitingCustomersPanel::spendRequestChosen, this,
            [this](const sync::PendingSpendRequest& request) {
                if (m_busy || keepsSaleInProgress(request.customerId)) {
                    return;
                }
                m_customer->setText(request.customerId);
                startSale(SaleCustomer{request.customerId, request.contact, request.balance,
                                       m_recorder.clock().now(), std::nullopt, request, core::Ids::newId()});
            });
    connect(m_waiting, &WaitingCustomersPanel::serverReached, m_customerCard, &CustomerCard::setOnline);
    connect(&m_recorder, &sync::SaleRecorder::saleSettled, this, &CounterScreen::onSettled);
    connect(&m_recorder, &sync::SaleRecorder::storeFailed, this, &CounterScreen::onStoreFailed);
    retranslate();
    updateRedeem();
}

void CounterScreen::setMerchant(const sync::MerchantProfile& merchant)
{
    m_merchant = merchant;
    retranslate();
    clearSale();
}

void CounterScreen::setReference(const sync::ReferenceData& reference)
{
    m_reference = reference;
    // A customer the form took from the reference gets the fresher balance; one from the server's
    // waiting list keeps the server's own.
    if (m_saleCustomer && !m_saleCustomer->request) {
        if (const auto known = reference.customer(m_saleCustomer->customerId)) {
            m_saleCustomer->nameMasked = known->nameMasked;
            m_saleCustomer->balance = known->balance;
            m_saleCustomer->balanceAsOf = reference.generatedAt;
            m_customerCard->showCustomer(m_saleCustomer->customerId, known->nameMasked, known->balance,
                                         reference.generatedAt);
        }
    }
}

void CounterScreen::setSyncState(const sync::SyncState& state)
{
    m_customerCard->setOnline(state.online);
}

void CounterScreen::clearSale()
{
    m_saleCustomer.reset();
    m_customerCard->clear();
    m_customer->clear();
    m_bill->clear();
    m_wantedRedeem = core::Coins();
    setBusy(false);
    updateRedeem();
    m_customer->setFocus();
}

void CounterScreen::takeCode(const QString& code)
{
    const QString text = code.trimmed();
    if (text.isEmpty() || m_busy) {
        return;
    }
    if (m_saleCustomer && m_bill->amount()) {
        // A bill is being typed: a code that cannot be taken, or names someone else, leaves it alone.
        auto customer = resolveCustomer(text);
        if (!customer) {
            showRefusal(text, customer.error());
            return;
        }
        if (keepsSaleInProgress(customer->customerId)) {
            return;
        }
        m_customer->setText(text);
        startSale(*customer);
        return;
    }
    m_customer->setText(text);
    onCustomerEntered();
}

bool CounterScreen::keepsSaleInProgress(const QString& customerId)
{
    if (!m_saleCustomer || !m_bill->amount() || m_saleCustomer->customerId == customerId) {
        return false;
    }
    const QString current = m_saleCustomer->customerId;
    showOutcome(
        [current] {
            return tr("A bill for customer %1 is being entered: confirm it with Enter or cancel it with Esc "
                      "before serving the next customer.")
                .arg(shortId(current));
        },
        true);
    return true;
}

core::Result<CounterScreen::SaleCustomer> CounterScreen::resolveCustomer(const QString& text) const
{
    const std::optional<core::TokenType> token = sync::CounterTokenCheck::typeOf(text);
    QString customerId;
    std::optional<sync::CheckedSpend> spend;
    if (!token) {
        if (!core::Ids::isValid(text.toLower())) {
            return core::Error::invalid(QStringLiteral("invalid_customer_id"), text);
        }
        customerId = text.toLower();
    } else {
        // Without a reference the checks have no keys and refuse every token as unknown.
        static const sync::ReferenceData kNoReference;
        const sync::CounterTokenCheck check(m_reference ? *m_reference : kNoReference, m_store.database());
        const QDateTime now = m_recorder.clock().now();
        if (*token == core::TokenType::CustomerIdentity) {
            auto customer = check.identity(text, now);
            if (!customer) {
                return customer.error();
            }
            customerId = *customer;
        } else {
            auto checked = check.spend(text, now);
            if (!checked) {
                return checked.error();
            }
            customerId = checked->customerId;
            spend = *checked;
        }
    }
    SaleCustomer customer{customerId, {}, std::nullopt, {}, spend, std::nullopt, {}};
    if (const auto known = m_reference ? m_reference->customer(customerId) : std::nullopt) {
        customer.nameMasked = known->nameMasked;
        customer.balance = known->balance;
        customer.balanceAsOf = m_reference->generatedAt;
    }
    return customer;
}

void CounterScreen::startSale(SaleCustomer customer)
{
    const bool sameCustomer = m_saleCustomer && m_saleCustomer->customerId == customer.customerId;
    if (sameCustomer && !customer.spend && !customer.request) {
        // The customer's identity again: what already authorises a redemption stays.
        customer.spend = m_saleCustomer->spend;
        customer.request = m_saleCustomer->request;
        customer.requestTxnId = m_saleCustomer->requestTxnId;
    }
    const bool newAuthorisation =
        !sameCustomer || customer.spend != std::nullopt || customer.request != std::nullopt;
    m_saleCustomer = customer;
    if (!sameCustomer) {
        m_bill->clear();
    }
    m_customerCard->showCustomer(customer.customerId, customer.nameMasked, customer.balance,
                                 customer.balanceAsOf);
    if (newAuthorisation) {
        m_wantedRedeem = customer.spend     ? customer.spend->coins
                         : customer.request ? customer.request->coins
                                            : core::Coins();
    }
    updateRedeem();
    m_bill->setFocus();
}

void CounterScreen::onCustomerEntered()
{
    const QString text = m_customer->text().trimmed();
    auto customer = resolveCustomer(text);
    if (!customer) {
        m_saleCustomer.reset();
        m_customerCard->clear();
        updateRedeem();
        showRefusal(text, customer.error());
        m_customer->selectAll();
        return;
    }
    showOutcome({}, false);
    startSale(*customer);
}

void CounterScreen::showRefusal(const QString& text, const core::Error& error)
{
    if (error.code == QLatin1String("invalid_customer_id")) {
        showOutcome([text] { return tr("\"%1\" is not a customer id. Check it and try again.").arg(text); },
                    true);
    } else {
        showOutcome(
            [code = error.code] { return tr("This QR cannot be taken: %1").arg(RefusalText::forCode(code)); },
            true);
    }
}

void CounterScreen::updateRedeem()
{
    const std::optional<core::Paise> bill = m_bill->amount();
    const core::SpendPolicy policy = m_merchant.spendPolicy();
    // What authorises a redemption, and how much: a spend QR's held coins, a spend request's coins.
    std::optional<core::Coins> authorised;
    if (m_saleCustomer && m_saleCustomer->spend) {
        authorised = m_saleCustomer->spend->coins;
    } else if (m_saleCustomer && m_saleCustomer->request) {
        authorised = m_saleCustomer->request->coins;
    }
    const bool request = m_saleCustomer && m_saleCustomer->request;
    {
        const QSignalBlocker quiet(m_redeem);
        if (!authorised) {
            m_redeem->setRange(0, 0);
        } else if (request) {
            // The server redeems exactly what the customer asked for: the cashier cannot change it.
            m_redeem->setRange(0, int(authorised->value()));
            m_redeem->setValue(int(authorised->value()));
        } else {
            // The QR's coins are held for it, so they bound the redemption besides the bill's cap.
            const core::Coins bound = bill ? policy.maxRedeemable(*bill, *authorised) : core::Coins();
            m_redeem->setRange(0, int(bound.value()));
            m_redeem->setValue(int(std::min(m_wantedRedeem, bound).value()));
        }
        m_redeem->setEnabled(authorised.has_value());
        m_redeem->setReadOnly(request);
    }
    retranslate();
}

void CounterScreen::confirmSale()
{
    if (m_busy) {
        return; // a spend request's confirmation is on its way
    }
    if (!m_saleCustomer) {
        onCustomerEntered();
        if (!m_saleCustomer) {
            m_customer->setFocus();
            return;
        }
    }
    const std::optional<core::Paise> bill = m_bill->amount();
    if (!bill) {
        const QString typed = m_bill->text();
        showOutcome([typed] { return tr("\"%1\" is not an amount in rupees.").arg(typed); }, true);
        m_bill->setFocus();
        m_bill->selectAll();
        return;
    }
    if (m_saleCustomer->request) {
        confirmSpendRequest(*bill);
        return;
    }
    const core::Coins redeem(m_redeem->value());
    const std::optional<sync::CheckedSpend>& spend = m_saleCustomer->spend;
    auto sale =
        spend && redeem > core::Coins()
            ? m_recorder.recordSpend(m_merchant, m_saleCustomer->customerId, *bill, redeem, spend->token)
            : m_recorder.recordEarn(m_merchant, m_saleCustomer->customerId, *bill);
    if (!sale) {
        const QString message = sale.error().message;
        showOutcome([message] { return tr("The sale was not recorded: %1").arg(message); }, true);
        return;
    }
    const sync::CounterSale recorded = *sale;
    if (recorded.redeemCoins > core::Coins()) {
        showOutcome(
            [recorded] {
                return tr("Saved %1 for customer %2 at this counter, redeeming %3 B-Coins: collect %4. It "
                          "goes "
                          "to the server as soon as it can.")
                    .arg(recorded.bill.formatIndian(), shortId(recorded.customerId))
                    .arg(recorded.redeemCoins.value())
                    .arg(core::SpendPolicy::netPayable(recorded.bill, recorded.redeemCoins).formatIndian());
            },
            false);
    } else {
        showOutcome(
            [recorded] {
                return tr("Saved %1 for customer %2 at this counter; it goes to the server as soon as it "
                          "can.")
                    .arg(recorded.bill.formatIndian(), shortId(recorded.customerId));
            },
            false);
    }
    Q_EMIT saleRecorded(recorded);
    clearSale();
    m_waiting->refresh();
}

void CounterScreen::confirmSpendRequest(core::Paise bill)
{
    const sync::PendingSpendRequest request = *m_saleCustomer->request;
    const core::SpendPolicy policy = m_merchant.spendPolicy();
    if (!policy.check(bill, request.coins, request.coins)) {
        const core::Coins most = policy.maxRedeemable(bill, request.coins);
        showOutcome(
            [request, bill, most] {
                return tr("%1 B-Coins is more than this shop allows on %2 (up to %3 B-Coins).")
                    .arg(request.coins.value())
                    .arg(bill.formatIndian())
                    .arg(most.value());
            },
            true);
        return;
    }
    setBusy(true);
    showOutcome([] { return tr("Asking the server to confirm the spend request…"); }, false);
    m_api.confirmSpendRequest(
        request.id, bill, m_saleCustomer->requestTxnId, this,
        [this, bill, contact = request.contact](const core::Result<sync::OnlineSale>& answer) {
            setBusy(false);
            if (answer) {
                onSpendRequestConfirmed(*answer, bill);
                return;
            }
            const core::Error error = answer.error();
            if (sync::ApiClient::isOutage(error)) {
                showOutcome(
                    [] {
                        return tr("The server cannot be reached, and a spend request needs it: nothing was "
                                  "recorded. Ask the customer for their spend QR, or try again when online.");
                    },
                    true);
            } else {
                showOutcome(
                    [contact, code = error.code] {
                        return tr("The server refused the spend request of %1: %2")
                            .arg(contact, RefusalText::forCode(code));
                    },
                    true);
            }
            m_bill->setFocus();
        });
}

void CounterScreen::onSpendRequestConfirmed(const sync::OnlineSale& answer, core::Paise bill)
{
    sync::CounterSale sale;
    sale.clientTxnId = m_saleCustomer ? m_saleCustomer->requestTxnId : core::Ids::newId();
    sale.merchantId = m_merchant.id;
    sale.customerId = answer.customerId;
    sale.bill = bill;
    sale.redeemCoins = answer.coinsRedeemed;
    sale.issueRate = m_merchant.issueRate;
    sale.coinsEarnedLocal = answer.coinsEarned;
    sale.status = sync::SaleStatus::Confirmed;
    sale.serverTxnId = answer.serverTxnId;
    sale.serverCoinsEarned = answer.coinsEarned;
    sale.customerBalance = answer.balance;
    sale.createdAt = m_recorder.clock().now();
    sale.updatedAt = sale.createdAt;
    // Kept with the counter's own sales for the recent list, receipts and voids; the server has it already,
    // so it needs no outbox row. A replayed confirmation finds the row there.
    if (core::Status added = sync::CounterSaleRepository(m_store.database()).add(sale);
        !added && added.error().code != QLatin1String("unique_violation")) {
        qCWarning(lcUi) << "confirmed spend request not kept at the counter:" << added.error().message;
    }
    showOutcome(
        [sale] {
            return tr("Customer %1 redeemed %2 B-Coins and earned %3 B-Coins on %4: collect %5. New balance: "
                      "%6 "
                      "B-Coins.")
                .arg(shortId(sale.customerId), sale.redeemCoins.formatIndian(),
                     sale.serverCoinsEarned.value_or(core::Coins()).formatIndian(), sale.bill.formatIndian(),
                     core::SpendPolicy::netPayable(sale.bill, sale.redeemCoins).formatIndian(),
                     sale.customerBalance.value_or(core::Coins()).formatIndian());
        },
        false);
    Q_EMIT saleRecorded(sale);
    clearSale();
    m_waiting->refresh();
}

void CounterScreen::onSettled(const sync::CounterSale& sale)
{
    if (sale.status == sync::SaleStatus::Confirmed) {
        showOutcome(
            [sale] {
                QString text = tr("Customer %1 earned %2 B-Coins on %3.")
                                   .arg(shortId(sale.customerId))
                                   .arg(coinsEarned(sale).value())
                                   .arg(sale.bill.formatIndian());
                // A sync batch's answer carries no balance; the online routes' does.
                if (sale.customerBalance) {
                    text +=
                        QLatin1Char(' ') + tr("New balance: %1 B-Coins.").arg(sale.customerBalance->value());
                }
                return text;
            },
            false);
    } else {
        showOutcome(
            [sale] {
                return tr("The server refused the sale of %1 for customer %2: %3")
                    .arg(sale.bill.formatIndian(), shortId(sale.customerId),
                         RefusalText::forCode(sale.errorCode));
            },
            true);
    }
}

void CounterScreen::onStoreFailed(const core::Error& error)
{
    showOutcome(
        [message = error.message] { return tr("The counter's database could not be read: %1").arg(message); },
        true);
}

void CounterScreen::showOutcome(std::function<QString()> text, bool problem)
{
    m_outcomeText = std::move(text);
    m_outcome->setText(m_outcomeText ? m_outcomeText() : QString());
    m_outcome->setProperty("problem", problem);
    m_outcome->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void CounterScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_customer->setEnabled(!busy);
    m_bill->setEnabled(!busy);
    m_redeem->setEnabled(!busy && m_saleCustomer && (m_saleCustomer->spend || m_saleCustomer->request));
}

bool CounterScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_redeem && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_redeem->interpretText();
            confirmSale();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CounterScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CounterScreen::retranslate()
{
    m_customerLabel->setText(tr("&Customer"));
    m_customer->setPlaceholderText(tr("Customer id, or scan the customer's QR"));
    m_billLabel->setText(tr("&Bill (₹)"));
    m_bill->setPlaceholderText(tr("Bill amount in rupees, e.g. 450.00"));
    m_redeemLabel->setText(tr("&Redeem B-Coins"));
    if (!m_merchant.id.isEmpty()) {
        QString heading =
            tr("%1 — earns %2 B-Coins per ₹100").arg(m_merchant.businessName).arg(m_merchant.issueRate);
        if (!m_merchant.approved) {
            heading += QLatin1Char('\n') +
                       tr("Awaiting approval: the server refuses sales until an admin approves this shop.");
        }
        m_shop->setText(heading);
    }
    m_outcome->setText(m_outcomeText ? m_outcomeText() : QString());

    const std::optional<core::Paise> bill = m_bill->amount();
    const core::SpendPolicy policy = m_merchant.spendPolicy();
    QString hint;
    if (!m_saleCustomer) {
        hint.clear();
    } else if (m_saleCustomer->request) {
        hint = tr("Spend request: the customer asks to redeem %1 B-Coins; the server confirms it online.")
                   .arg(m_saleCustomer->request->coins.formatIndian());
    } else if (m_saleCustomer->spend) {
        hint = bill
                   ? tr("Spend QR for %1 B-Coins: at most %2 on %3 (this shop allows %4% of the bill). Coins "
                        "not redeemed go back to the customer.")
                         .arg(m_saleCustomer->spend->coins.formatIndian(),
                              QString::number(m_redeem->maximum()), bill->formatIndian())
                         .arg(policy.capPercent())
                   : tr("Spend QR for %1 B-Coins: type the bill to see how many this shop allows.")
                         .arg(m_saleCustomer->spend->coins.formatIndian());
    } else {
        hint = tr("Scan the customer's spend QR, or serve their spend request, to redeem B-Coins.");
    }
    m_redeemHint->setText(hint);

    QString preview;
    if (bill) {
        const core::Coins redeem(m_redeem->value());
        if (m_saleCustomer && m_saleCustomer->request && !policy.check(*bill, redeem, redeem)) {
            preview = tr("%1 B-Coins is more than this shop allows on %2 (up to %3 B-Coins).")
                          .arg(redeem.value())
                          .arg(bill->formatIndian())
                          .arg(policy.maxRedeemable(*bill, redeem).value());
        } else if (redeem > core::Coins()) {
            const core::Paise payable = core::SpendPolicy::netPayable(*bill, redeem);
            preview = tr("%1 less %2 B-Coins: the customer pays %3 and earns %4 B-Coins")
                          .arg(bill->formatIndian())
                          .arg(redeem.value())
                          .arg(payable.formatIndian())
                          .arg(m_merchant.earnPolicy().coinsFor(payable).value());
        } else {
            preview = tr("%1 earns %2 B-Coins")
                          .arg(bill->formatIndian())
                          .arg(m_merchant.earnPolicy().coinsFor(*bill).value());
        }
    }
    m_preview->setText(preview);
}

} // namespace baartal::ui
