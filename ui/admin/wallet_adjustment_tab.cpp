#include "ui/admin/wallet_adjustment_tab.h"

#include "sync/client/api_client.h"
#include "ui/admin/admin_problem_text.h"
#include "ui/admin/password_dialog.h"
#include "ui/ui_log.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace baartal::ui {

WalletAdjustmentTab::WalletAdjustmentTab(sync::ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_phoneLabel(new QLabel(this))
    , m_phone(new QLineEdit(this))
    , m_find(new QPushButton(this))
    , m_customer(new QLabel(this))
    , m_coinsLabel(new QLabel(this))
    , m_coins(new QSpinBox(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_adjust(new QPushButton(this))
    , m_status(new QLabel(this))
{
    m_phone->setObjectName(QStringLiteral("phone"));
    m_find->setObjectName(QStringLiteral("find"));
    m_customer->setObjectName(QStringLiteral("customer"));
    m_coins->setObjectName(QStringLiteral("coins"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_adjust->setObjectName(QStringLiteral("adjust"));
    m_status->setObjectName(QStringLiteral("status"));
    m_coins->setRange(-kMaxCoins, kMaxCoins);
    m_coins->setGroupSeparatorShown(true);
    m_reason->setMaxLength(200);
    m_phoneLabel->setBuddy(m_phone);
    m_coinsLabel->setBuddy(m_coins);
    m_reasonLabel->setBuddy(m_reason);
    m_status->setWordWrap(true);
    m_customer->setWordWrap(true);

    auto* phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone, 1);
    phoneRow->addWidget(m_find);
    auto* form = new QFormLayout;
    form->addRow(m_phoneLabel, phoneRow);
    form->addRow(QString(), m_customer);
    form->addRow(m_coinsLabel, m_coins);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(QString(), m_adjust);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    setTabOrder(m_phone, m_find);
    setTabOrder(m_find, m_coins);
    setTabOrder(m_coins, m_reason);
    setTabOrder(m_reason, m_adjust);

    connect(m_phone, &QLineEdit::returnPressed, this, &WalletAdjustmentTab::findCustomer);
    connect(m_find, &QPushButton::clicked, this, &WalletAdjustmentTab::findCustomer);
    connect(m_phone, &QLineEdit::textEdited, this, [this] {
        // Another number: the customer found before is not the one this adjustment would be for.
        m_found.reset();
        m_state = State::Idle;
        render();
    });
    connect(m_reason, &QLineEdit::returnPressed, this, &WalletAdjustmentTab::adjust);
    connect(m_adjust, &QPushButton::clicked, this, &WalletAdjustmentTab::adjust);
    // The tab's first field takes the focus when the tab is chosen.
    setFocusProxy(m_phone);
    retranslate();
}

void WalletAdjustmentTab::findCustomer()
{
    if (m_state == State::Finding || m_state == State::Adjusting) {
        return;
    }
    if (m_phone->text().trimmed().isEmpty()) {
        showOutcome(Outcome::NeedPhone);
        return;
    }
    m_found.reset();
    m_last.reset();
    m_outcome = Outcome::None;
    m_state = State::Finding;
    render();
    m_api.findCustomer(m_phone->text(), this,
                       [this](const core::Result<sync::AdminCustomer>& answer) { onFound(answer); });
}

void WalletAdjustmentTab::onFound(const core::Result<sync::AdminCustomer>& answer)
{
    m_state = answer ? State::Found : State::Idle;
    if (!answer) {
        m_error = answer.error();
        showOutcome(Outcome::Problem);
        m_phone->setFocus();
        return;
    }
    m_found = *answer;
    render();
    m_coins->setFocus();
    m_coins->selectAll();
}

void WalletAdjustmentTab::adjust()
{
    if (m_state != State::Found || !m_found) {
        showOutcome(Outcome::NeedCustomer);
        return;
    }
    if (m_coins->value() == 0) {
        showOutcome(Outcome::NeedCoins);
        m_coins->setFocus();
        return;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        showOutcome(Outcome::NeedReason);
        m_reason->setFocus();
        return;
    }
    if (std::abs(m_coins->value()) < kLargeAdjustment) {
        askPassword();
        return;
    }
    const core::Coins coins(std::abs(m_coins->value()));
    m_confirmation =
        new QMessageBox(QMessageBox::Warning, tr("Large adjustment"),
                        m_coins->value() > 0 ? tr("Issue %1 B-Coins to %2? That is a large amount.")
                                                   .arg(coins.formatIndian(), m_found->contact)
                                             : tr("Withdraw %1 B-Coins from %2? That is a large amount.")
                                                   .arg(coins.formatIndian(), m_found->contact),
                        QMessageBox::Yes | QMessageBox::No, this);
    m_confirmation->setObjectName(QStringLiteral("largeAdjustment"));
    m_confirmation->setDefaultButton(QMessageBox::No);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirmation, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes) {
            askPassword();
        }
    });
    m_confirmation->open();
}

void WalletAdjustmentTab::askPassword()
{
    m_passwordDialog = new PasswordDialog(core::Coins(m_coins->value()), m_found->contact, this);
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_passwordDialog, &QDialog::accepted, this, [this] { send(m_passwordDialog->password()); });
    m_passwordDialog->open();
}

void WalletAdjustmentTab::send(const QString& password)
{
    m_state = State::Adjusting;
    m_outcome = Outcome::None;
    render();
    const sync::WalletAdjustmentRequest request{m_found->id, core::Coins(m_coins->value()),
                                                m_reason->text().trimmed(), password};
    m_api.adjustWallet(request, this,
                       [this](const core::Result<sync::WalletAdjustment>& answer) { onAdjusted(answer); });
}

void WalletAdjustmentTab::onAdjusted(const core::Result<sync::WalletAdjustment>& answer)
{
    m_state = State::Found;
    if (!answer) {
        qCInfo(lcUi) << "wallet adjustment refused:" << answer.error().code;
        m_error = answer.error();
        showOutcome(Outcome::Problem);
        return;
    }
    qCInfo(lcUi) << "wallet adjusted:" << answer->transactionId;
    m_last = *answer;
    m_found->balance = answer->balance;
    m_outcome = Outcome::Adjusted;
    m_coins->setValue(0);
    m_reason->clear();
    render();
    m_phone->setFocus();
    Q_EMIT adjusted(*answer);
}

void WalletAdjustmentTab::showOutcome(Outcome outcome)
{
    m_outcome = outcome;
    render();
}

void WalletAdjustmentTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void WalletAdjustmentTab::retranslate()
{
    m_phoneLabel->setText(tr("Customer's &phone:"));
    m_phone->setPlaceholderText(tr("10-digit mobile number"));
    m_find->setText(tr("&Find"));
    m_coinsLabel->setText(tr("&B-Coins:"));
    m_coins->setToolTip(tr("Positive to issue coins, negative to withdraw them"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("Required, e.g. goodwill for a failed scan"));
    m_adjust->setText(tr("&Adjust wallet…"));
    render();
}

void WalletAdjustmentTab::render()
{
    const bool busy = m_state == State::Finding || m_state == State::Adjusting;
    m_find->setEnabled(!busy);
    m_adjust->setEnabled(m_state == State::Found);
    m_coins->setEnabled(m_state == State::Found);
    m_reason->setEnabled(m_state == State::Found);
    m_customer->setText(
        m_found
            ? tr("Customer %1 — balance %2 B-Coins").arg(m_found->contact, m_found->balance.formatIndian())
            : tr("No customer chosen."));
    if (m_state == State::Finding) {
        m_status->setText(tr("Looking up the customer…"));
        return;
    }
    if (m_state == State::Adjusting) {
        m_status->setText(tr("Recording the adjustment…"));
        return;
    }
    switch (m_outcome) {
    case Outcome::None:
        m_status->clear();
        return;
    case Outcome::Problem:
        m_status->setText(AdminProblemText::forError(m_error));
        return;
    case Outcome::NeedPhone:
        m_status->setText(tr("Enter the customer's phone number."));
        return;
    case Outcome::NeedCustomer:
        m_status->setText(tr("Find the customer by phone first."));
        return;
    case Outcome::NeedCoins:
        m_status->setText(tr("Enter the coins: positive to issue, negative to withdraw."));
        return;
    case Outcome::NeedReason:
        m_status->setText(tr("Enter the reason; it is kept with the adjustment."));
        return;
    case Outcome::Adjusted: {
        const core::Coins moved(std::abs(m_last->coins.value()));
        m_status->setText((m_last->coins.value() > 0 ? tr("Issued %1 B-Coins.") : tr("Withdrew %1 B-Coins."))
                              .arg(moved.formatIndian()) +
                          QLatin1Char(' ') +
                          tr("New balance: %1 B-Coins.").arg(m_last->balance.formatIndian()));
        return;
    }
    }
}

} // namespace baartal::ui
