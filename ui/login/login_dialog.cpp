#include "ui/login/login_dialog.h"

#include "sync/client/api_client.h"
#include "ui/ui_log.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baartal::ui {

LoginDialog::LoginDialog(sync::ApiClient& api, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_server(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Baartal — sign in"));
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setPlaceholderText(tr("Email or phone"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Server"), m_server);
    form->addRow(tr("&Email or phone"), m_login);
    form->addRow(tr("&Password"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LoginDialog::setServer(const QString& url)
{
    m_server->setText(url);
}

void LoginDialog::setLogin(const QString& login)
{
    m_login->setText(login);
}

void LoginDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

void LoginDialog::signIn()
{
    const QUrl server = QUrl::fromUserInput(m_server->text().trimmed());
    if (m_server->text().trimmed().isEmpty() || !server.isValid() ||
        (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https"))) {
        showProblem(tr("Enter the server address, for example http://127.0.0.1:8080."));
        m_server->setFocus();
        return;
    }
    if (m_login->text().trimmed().isEmpty()) {
        showProblem(tr("Enter your email or phone number."));
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showProblem(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    m_api.setBaseUrl(server);
    setBusy(true);
    m_status->setText(tr("Signing in…"));
    qCInfo(lcUi) << "signing in to" << server.toDisplayString() << "as" << m_login->text().trimmed();
    m_api.login(m_login->text().trimmed(), m_password->text(), this,
                [this](const core::Result<sync::AuthSession>& answer) { onAnswer(answer); });
}

void LoginDialog::onAnswer(const core::Result<sync::AuthSession>& answer)
{
    setBusy(false);
    if (!answer) {
        const core::Error& error = answer.error();
        if (error.code == QLatin1String("network_unreachable") || error.code == QLatin1String("timeout")) {
            showProblem(tr("The server at %1 cannot be reached. Check the address and the network.")
                            .arg(m_api.baseUrl().toDisplayString()));
        } else if (error.kind == core::ErrorKind::Unauthenticated) {
            showProblem(tr("The email or phone and password do not match."));
        } else {
            showProblem(tr("Sign-in failed: %1").arg(error.message));
        }
        return;
    }
    switch (answer->role) {
    case core::UserRole::Merchant:
        m_session = *answer;
        m_password->clear();
        m_status->clear();
        m_api.setSession(m_session);
        Q_EMIT signedIn(m_session);
        accept();
        return;
    case core::UserRole::Customer:
        showProblem(tr("This is a customer account. Your B-Coin wallet lives on your phone: scan a "
                       "Baartal shop's QR code to open it."));
        return;
    case core::UserRole::Admin:
        showProblem(tr("This is an admin account. This version of the counter app opens for merchant "
                       "accounts only; use the server's admin API meanwhile."));
        return;
    }
}

void LoginDialog::showProblem(const QString& text)
{
    m_status->setText(text);
    qCInfo(lcUi) << "sign-in problem shown:" << text;
}

void LoginDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_server->setEnabled(!busy);
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

} // namespace baartal::ui
