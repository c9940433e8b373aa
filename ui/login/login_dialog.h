#pragma once

#include "sync/client/auth_session.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace baartal::sync {
class ApiClient;
}

namespace baartal::ui {

// Asks for the server address, email or phone and password, and signs in through the ApiClient.
// A merchant is let through (signedIn); any other role gets a message saying where it belongs.
class LoginDialog final : public QDialog {
    Q_OBJECT

public:
    explicit LoginDialog(sync::ApiClient& api, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(LoginDialog)

    void setServer(const QString& url);
    void setLogin(const QString& login);
    void setPassword(const QString& password);

    // Checks the fields and sends the login; the answer arrives later.
    void signIn();
    // Shows why signing in did not work (or no longer works) under the fields.
    void showProblem(const QString& text);
    // The session of the last successful merchant sign-in.
    const sync::AuthSession& session() const { return m_session; }

Q_SIGNALS:
    void signedIn(const baartal::sync::AuthSession& session);

private:
    void onAnswer(const core::Result<sync::AuthSession>& answer);
    void setBusy(bool busy);

    sync::ApiClient& m_api;
    QLineEdit* m_server;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    sync::AuthSession m_session;
};

} // namespace baartal::ui
