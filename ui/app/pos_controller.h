#pragma once

#include "core/time/clock.h"
#include "sync/client/auth_session.h"
#include "sync/client/merchant_profile.h"
#include "ui/app/pos_options.h"
#include "ui/counter/counter_window.h"
#include "ui/login/login_dialog.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace baartal::sync {
class ApiClient;
class CounterStore;
class SaleRecorder;
} // namespace baartal::sync

namespace baartal::ui {

// Wires the POS together: the counter store, the API client, the login window and, once a merchant
// has signed in and their shop profile is known (from the server, or the cached copy when offline),
// the counter window.
class PosController final : public QObject {
    Q_OBJECT

public:
    explicit PosController(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(PosController)
    ~PosController() override;

    // Opens the counter store and shows the login window (signing in at once when the options carry a
    // login and password). "counter_store_unavailable" and migration errors are returned.
    core::Status start(const PosOptions& options);
    // What to tell the user when start() fails.
    static QString startFailureText(const core::Error& error);

    LoginDialog* loginDialog() const { return m_login; }
    CounterWindow* counterWindow() const { return m_counter; }

Q_SIGNALS:
    // The counter window is open and ready for the first sale.
    void counterReady();
    // The user closed the login window without signing in.
    void loginAbandoned();

private:
    void onSignedIn(const sync::AuthSession& session);
    void onProfile(const core::Result<sync::MerchantProfile>& answer);
    void openCounter(const sync::MerchantProfile& profile);
    void backToLogin(const QString& problem);

    core::SystemClock m_clock;
    std::unique_ptr<sync::CounterStore> m_store;
    sync::ApiClient* m_api;
    sync::SaleRecorder* m_recorder = nullptr;
    QPointer<LoginDialog> m_login;
    QPointer<CounterWindow> m_counter;
    sync::AuthSession m_session;
};

} // namespace baartal::ui
