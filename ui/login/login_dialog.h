#pragma once

#include "sync/client/auth_session.h"
#include "sync/client/otp_sent.h"

#include <QDateTime>
#include <QDialog>
#include <QUrl>

#include <functional>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTimer;

namespace baartal::sync {
class ApiClient;
}

namespace baartal::ui {

// Asks for the server address and signs in through the ApiClient, with email or phone and password, or
// with a phone and the code the server sends it by SMS. A merchant or an admin is let through
// (signedIn, the client then carries the session); a customer is told the wallet lives on the phone and
// no session is kept. "Keep me signed in on this counter" is offered when the PC has a keychain.
class LoginDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Method { Password, Otp };

    explicit LoginDialog(sync::ApiClient& api, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(LoginDialog)

    void setServer(const QString& url);
    void setLogin(const QString& login);
    void setPassword(const QString& password);
    void setMethod(Method method);
    Method method() const;
    // Without a keychain the "keep me signed in" box is disabled, its tooltip saying why.
    void setRememberAvailable(bool available);
    bool rememberAvailable() const { return m_rememberAvailable; }
    // Whether the user asked to stay signed in on this counter.
    bool rememberSession() const;

    // Checks the fields and signs in by the chosen method (with no code yet, asks for one); the answer
    // arrives later.
    void signIn();
    // Asks the server to send a code by SMS to the phone.
    void sendCode();
    // Shows why signing in did not work (or no longer works) under the fields.
    void showProblem(const QString& text);
    // The session of the last successful sign-in.
    const sync::AuthSession& session() const { return m_session; }

Q_SIGNALS:
    void signedIn(const baartal::sync::AuthSession& session);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setStatus(std::function<QString()> text);
    void onAnswer(const core::Result<sync::AuthSession>& answer);
    void onCodeSent(const core::Result<sync::OtpSent>& answer);
    QString refusalText(const core::Error& error) const;
    void updateSendButton();
    // The server address typed, or nothing (and the problem shown) when it is not one.
    std::optional<QUrl> checkedServer();
    // False, with the problem shown, when no phone number was typed.
    bool phoneGiven();
    // Points the client at server and waits for its answer, saying `status` meanwhile.
    void startCall(const QUrl& server, std::function<QString()> status);
    void setBusy(bool busy);

    sync::ApiClient& m_api;
    QLabel* m_serverLabel;
    QLineEdit* m_server;
    QLabel* m_methodLabel;
    QRadioButton* m_byPassword;
    QRadioButton* m_byOtp;
    QStackedWidget* m_pages;
    QLabel* m_loginLabel;
    QLineEdit* m_login;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_phoneLabel;
    QLineEdit* m_phone;
    QPushButton* m_sendCode;
    QLabel* m_codeLabel;
    QLineEdit* m_code;
    QCheckBox* m_remember;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_signIn;
    QPushButton* m_cancel;
    QTimer* m_cooldown;
    bool m_busy = false;
    bool m_rememberAvailable = true;
    QDateTime m_resendAt;                  // when another code may be asked for
    QString m_codeSentTo;                  // the phone the last code went to, as the server wrote it
    std::function<QString()> m_statusText; // re-rendered in the current language
    sync::AuthSession m_session;
};

} // namespace baartal::ui
