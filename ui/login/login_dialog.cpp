#include "ui/login/login_dialog.h"

#include "sync/client/api_client.h"
#include "ui/settings/server_address.h"
#include "ui/ui_log.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace baartal::ui {

namespace {

enum Page { PasswordPage, OtpPage };

} // namespace

LoginDialog::LoginDialog(sync::ApiClient& api, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_serverLabel(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_methodLabel(new QLabel(this))
    , m_byPassword(new QRadioButton(this))
    , m_byOtp(new QRadioButton(this))
    , m_pages(new QStackedWidget(this))
    , m_loginLabel(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_phoneLabel(new QLabel(this))
    , m_phone(new QLineEdit(this))
    , m_sendCode(new QPushButton(this))
    , m_codeLabel(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    // Buttons of our own: a box's standard buttons take Qt's texts again on every language change.
    , m_signIn(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_cancel(m_buttons->addButton(QString(), QDialogButtonBox::RejectRole))
    , m_cooldown(new QTimer(this))
{
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_byPassword->setObjectName(QStringLiteral("methodPassword"));
    m_byOtp->setObjectName(QStringLiteral("methodOtp"));
    m_byPassword->setChecked(true);
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_sendCode->setObjectName(QStringLiteral("sendCode"));
    m_sendCode->setAutoDefault(false);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setMaxLength(6);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_status->setObjectName(QStringLiteral("status"));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_status->setWordWrap(true);
    m_cooldown->setInterval(1000);

    m_serverLabel->setBuddy(m_server);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);
    m_phoneLabel->setBuddy(m_phone);
    m_codeLabel->setBuddy(m_code);

    auto* passwordPage = new QWidget(m_pages);
    auto* passwordForm = new QFormLayout(passwordPage);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    passwordForm->addRow(m_loginLabel, m_login);
    passwordForm->addRow(m_passwordLabel, m_password);
    auto* otpPage = new QWidget(m_pages);
    auto* otpForm = new QFormLayout(otpPage);
    otpForm->setContentsMargins(0, 0, 0, 0);
    auto* phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone, 1);
    phoneRow->addWidget(m_sendCode);
    otpForm->addRow(m_phoneLabel, phoneRow);
    otpForm->addRow(m_codeLabel, m_code);
    m_pages->insertWidget(PasswordPage, passwordPage);
    m_pages->insertWidget(OtpPage, otpPage);

    auto* methods = new QHBoxLayout;
    methods->addWidget(m_byPassword);
    methods->addWidget(m_byOtp);
    methods->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_methodLabel, methods);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(m_remember);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    const QList<QWidget*> tabOrder{m_server, m_byPassword, m_byOtp, m_login,   m_password,
                                   m_phone,  m_sendCode,   m_code,  m_remember};
    for (qsizetype i = 1; i < tabOrder.size(); ++i) {
        setTabOrder(tabOrder[i - 1], tabOrder[i]);
    }

    connect(m_byOtp, &QRadioButton::toggled, this,
            [this](bool otp) { setMethod(otp ? Method::Otp : Method::Password); });
    connect(m_sendCode, &QPushButton::clicked, this, &LoginDialog::sendCode);
    connect(m_cooldown, &QTimer::timeout, this, &LoginDialog::updateSendButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Baartal — sign in"));
    m_serverLabel->setText(tr("&Server"));
    m_methodLabel->setText(tr("Sign in with"));
    m_byPassword->setText(tr("Pass&word"));
    m_byOtp->setText(tr("SMS c&ode"));
    m_loginLabel->setText(tr("&Email or phone"));
    m_login->setPlaceholderText(tr("Email or phone"));
    m_passwordLabel->setText(tr("&Password"));
    m_phoneLabel->setText(tr("P&hone"));
    m_phone->setPlaceholderText(tr("10-digit mobile number"));
    m_codeLabel->setText(tr("Co&de from the SMS"));
    m_remember->setText(tr("&Keep me signed in on this counter"));
    m_remember->setToolTip(
        m_rememberAvailable
            ? tr("Signs in by itself when the counter starts, until you sign out. The password is not kept.")
            : tr("No OS keychain was found on this PC, so the sign-in cannot be kept safely. Install and "
                 "unlock a keyring (for example gnome-keyring) to use this."));
    m_signIn->setText(tr("Sign in"));
    m_cancel->setText(tr("Cancel"));
    updateSendButton();
    m_status->setText(m_statusText ? m_statusText() : QString());
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

void LoginDialog::setMethod(Method method)
{
    const bool otp = method == Method::Otp;
    m_byOtp->setChecked(otp);
    m_byPassword->setChecked(!otp);
    m_pages->setCurrentIndex(otp ? OtpPage : PasswordPage);
}

LoginDialog::Method LoginDialog::method() const
{
    return m_pages->currentIndex() == OtpPage ? Method::Otp : Method::Password;
}

void LoginDialog::setRememberAvailable(bool available)
{
    m_rememberAvailable = available;
    m_remember->setEnabled(available);
    if (!available) {
        m_remember->setChecked(false);
    }
    retranslate();
}

bool LoginDialog::rememberSession() const
{
    return m_rememberAvailable && m_remember->isChecked();
}

std::optional<QUrl> LoginDialog::checkedServer()
{
    const auto server = ServerAddress::parse(m_server->text());
    if (!server) {
        setStatus([text = m_server->text()] { return ServerAddress::parse(text).error().message; });
        m_server->setFocus();
        return std::nullopt;
    }
    return *server;
}

void LoginDialog::signIn()
{
    if (m_busy) {
        return;
    }
    if (method() == Method::Otp) {
        if (m_codeSentTo.isEmpty() && m_code->text().trimmed().isEmpty()) {
            sendCode();
            return;
        }
        if (!phoneGiven()) {
            return;
        }
        static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
        if (!sixDigits.match(m_code->text().trimmed()).hasMatch()) {
            setStatus([] { return tr("Enter the 6-digit code from the SMS."); });
            m_code->setFocus();
            return;
        }
        const auto server = checkedServer();
        if (!server) {
            return;
        }
        startCall(*server, [] { return tr("Signing in…"); });
        qCInfo(lcUi) << "signing in to" << server->toDisplayString() << "with an SMS code";
        m_api.verifyOtp(m_phone->text().trimmed(), m_code->text().trimmed(), this,
                        [this](const core::Result<sync::AuthSession>& answer) { onAnswer(answer); });
        return;
    }
    const auto server = checkedServer();
    if (!server) {
        return;
    }
    if (m_login->text().trimmed().isEmpty()) {
        setStatus([] { return tr("Enter your email or phone number."); });
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        setStatus([] { return tr("Enter your password."); });
        m_password->setFocus();
        return;
    }
    startCall(*server, [] { return tr("Signing in…"); });
    qCInfo(lcUi) << "signing in to" << server->toDisplayString() << "as" << m_login->text().trimmed();
    m_api.login(m_login->text().trimmed(), m_password->text(), this,
                [this](const core::Result<sync::AuthSession>& answer) { onAnswer(answer); });
}

void LoginDialog::sendCode()
{
    if (m_busy || (m_resendAt.isValid() && QDateTime::currentDateTimeUtc() < m_resendAt)) {
        return;
    }
    if (!phoneGiven()) {
        return;
    }
    const auto server = checkedServer();
    if (!server) {
        return;
    }
    startCall(*server, [] { return tr("Sending the code…"); });
    m_api.sendOtp(m_phone->text().trimmed(), this,
                  [this](const core::Result<sync::OtpSent>& answer) { onCodeSent(answer); });
}

bool LoginDialog::phoneGiven()
{
    if (!m_phone->text().trimmed().isEmpty()) {
        return true;
    }
    setStatus([] { return tr("Enter your mobile number."); });
    m_phone->setFocus();
    return false;
}

void LoginDialog::startCall(const QUrl& server, std::function<QString()> status)
{
    m_api.setBaseUrl(server);
    setBusy(true);
    setStatus(std::move(status));
}

void LoginDialog::onCodeSent(const core::Result<sync::OtpSent>& answer)
{
    setBusy(false);
    if (!answer) {
        const core::Error error = answer.error();
        setStatus([this, error] { return refusalText(error); });
        return;
    }
    m_codeSentTo = answer->phone;
    m_resendAt = QDateTime::currentDateTimeUtc().addSecs(answer->resendAfter.count());
    m_cooldown->start();
    updateSendButton();
    const QString phone = answer->phone;
    const auto minutes = static_cast<int>(std::chrono::ceil<std::chrono::minutes>(answer->expiresIn).count());
    setStatus([phone, minutes] {
        return tr("A code was sent by SMS to %1. It is valid for %n minute(s).", nullptr, minutes).arg(phone);
    });
    m_code->setFocus();
}

void LoginDialog::updateSendButton()
{
    const qint64 wait =
        m_resendAt.isValid() ? std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_resendAt)) : 0;
    if (wait == 0) {
        m_cooldown->stop();
        m_sendCode->setText(m_codeSentTo.isEmpty() ? tr("Send &code") : tr("Send the code &again"));
    } else {
        m_sendCode->setText(tr("Send again in %n s", nullptr, static_cast<int>(wait)));
    }
    m_sendCode->setEnabled(!m_busy && wait == 0);
}

void LoginDialog::onAnswer(const core::Result<sync::AuthSession>& answer)
{
    setBusy(false);
    if (!answer) {
        const core::Error error = answer.error();
        setStatus([this, error] { return refusalText(error); });
        if (method() == Method::Otp) {
            m_code->selectAll();
            m_code->setFocus();
        }
        return;
    }
    if (answer->role == core::UserRole::Customer) {
        // The wallet is the phone's: no session of a customer stays on a shop's counter.
        const QString scan = m_api.baseUrl().toDisplayString();
        setStatus([scan] {
            return tr("This is a customer account. Your B-Coin wallet lives on your phone: scan the QR code "
                      "at "
                      "a Baartal shop's counter with your phone's camera; it opens %1/scan/… with your "
                      "coins.")
                .arg(scan);
        });
        return;
    }
    m_session = *answer;
    m_password->clear();
    m_code->clear();
    m_codeSentTo.clear();
    setStatus({});
    m_api.setSession(m_session);
    qCInfo(lcUi) << "signed in as" << core::toText(m_session.role);
    Q_EMIT signedIn(m_session);
    accept();
}

QString LoginDialog::refusalText(const core::Error& error) const
{
    const QString& code = error.code;
    if (code == QLatin1String("network_unreachable") || code == QLatin1String("timeout")) {
        return tr("The server at %1 cannot be reached. Check the address and the network.")
            .arg(m_api.baseUrl().toDisplayString());
    }
    if (code == QLatin1String("invalid_phone")) {
        return tr("Enter an Indian mobile number of 10 digits, for example 98200 12345.");
    }
    if (code == QLatin1String("otp_resend_cooldown")) {
        return tr("A code was just sent to this phone. Wait a moment before asking for another.");
    }
    if (code == QLatin1String("otp_phone_limit") || code == QLatin1String("otp_address_limit")) {
        return tr("Too many codes were asked for. Try again later, or sign in with your password.");
    }
    if (code == QLatin1String("otp_invalid") || code == QLatin1String("malformed_otp")) {
        return tr("The code is not right. Check the SMS and type it again.");
    }
    if (code == QLatin1String("otp_expired") || code == QLatin1String("otp_used") ||
        code == QLatin1String("otp_attempts_exceeded")) {
        return tr("This code can no longer be used. Ask for a new one.");
    }
    if (error.kind == core::ErrorKind::Unauthenticated) {
        return tr("The email or phone and password do not match.");
    }
    return tr("Sign-in failed: %1").arg(error.message);
}

void LoginDialog::showProblem(const QString& text)
{
    setStatus([text] { return text; });
}

void LoginDialog::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
    if (m_statusText) {
        qCInfo(lcUi) << "login window says:" << m_status->text();
    }
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_signIn->setEnabled(!busy);
    for (QWidget* field : std::initializer_list<QWidget*>{m_server, m_byPassword, m_byOtp, m_login,
                                                          m_password, m_phone, m_code, m_remember}) {
        field->setEnabled(!busy && (field != m_remember || m_rememberAvailable));
    }
    updateSendButton();
}

} // namespace baartal::ui
