#include "ui/admin/password_dialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baartal::ui {

PasswordDialog::PasswordDialog(core::Coins coins, const QString& contact, QWidget* parent)
    : QDialog(parent)
    , m_coins(coins)
    , m_contact(contact)
    , m_prompt(new QLabel(this))
    , m_label(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setModal(true);
    m_prompt->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_label->setBuddy(m_password);
    auto* form = new QFormLayout;
    form->addRow(m_label, m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, ok,
            [ok](const QString& text) { ok->setEnabled(!text.isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    m_password->setFocus();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

void PasswordDialog::done(int result)
{
    // An empty password cannot be confirmed; Enter on an empty field is ignored rather than sent.
    if (result == QDialog::Accepted && m_password->text().isEmpty()) {
        return;
    }
    QDialog::done(result);
}

void PasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PasswordDialog::retranslate()
{
    setWindowTitle(tr("Confirm with your password"));
    const QString action =
        m_coins.value() >= 0
            ? tr("Issue %1 B-Coins to %2.").arg(m_coins.formatIndian(), m_contact)
            : tr("Withdraw %1 B-Coins from %2.").arg(core::Coins(-m_coins.value()).formatIndian(), m_contact);
    m_prompt->setText(action + QLatin1Char('\n') +
                      tr("Enter your own password to confirm. The server checks it and records the change "
                         "under your name."));
    m_label->setText(tr("&Password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Confirm"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace baartal::ui
