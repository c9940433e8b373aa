#pragma once

#include "core/time/clock.h"
#include "sync/client/auth_session.h"
#include "sync/client/device_identity.h"
#include "sync/client/merchant_profile.h"
#include "ui/admin/admin_window.h"
#include "ui/app/enrolment_question.h"
#include "ui/app/pos_options.h"
#include "ui/counter/counter_window.h"
#include "ui/counter/recent_sales_panel.h"
#include "ui/login/login_dialog.h"
#include "ui/scan/scan_panel.h"
#include "ui/settings/pos_settings.h"

#include <QEventLoopLocker>
#include <QObject>
#include <QPointer>
#include <QSettings>

#include <functional>
#include <memory>
#include <optional>

namespace baartal::sync {
class ApiClient;
class CounterStore;
class DeviceEnrolment;
class SaleRecorder;
class SessionStore;
class SyncUploader;
} // namespace baartal::sync

namespace baartal::ui {

// Wires the POS together: the saved settings (with the command line's in their place for the run), the
// language, the counter store, the API client, the login window (skipped when a remembered sign-in is
// renewed) and, once a merchant has signed in and their shop profile is known (from the server, or the
// cached copy when offline) and this counter is enrolled as the shop's device (once online, then from
// the keychain and the counter store), the counter window. An admin's sign-in goes to the admin console.
class PosController final : public QObject {
    Q_OBJECT

public:
    explicit PosController(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(PosController)
    ~PosController() override;

    // Loads the settings, switches to their language, opens the counter store and signs in: at once when
    // the options carry a login and password, else with the remembered session when one is kept (no
    // login window then), else through the login window. "counter_store_unavailable" and migration
    // errors are returned.
    core::Status start(const PosOptions& options);
    // What to tell the user when start() fails.
    static QString startFailureText(const core::Error& error);

    LoginDialog* loginDialog() const { return m_login; }
    CounterWindow* counterWindow() const { return m_counter; }
    // The admin console while an admin is signed in.
    AdminWindow* adminWindow() const { return m_admin; }
    // The question enrolment is waiting on (no keychain, or the key was lost), if any.
    EnrolmentQuestion* enrolmentQuestion() const { return m_question; }
    // This counter as the server knows it, once enrolled: what signs its sync batches.
    const std::optional<sync::DeviceIdentity>& deviceIdentity() const { return m_identity; }
    // Carries the enrolled counter's outbox to the server; null until enrolled.
    sync::SyncUploader* uploader() const { return m_uploader; }
    // The settings of this run: the saved ones, with the command line's in their place.
    const PosSettings& settings() const { return m_settings; }
    // The settings dialog while it is open.
    QDialog* settingsDialog() const { return m_settingsDialog; }

public Q_SLOTS:
    // Opens the settings dialog over the counter window; OK saves and applies the settings.
    void openSettings();
    // Drops the session (revoked on the server, forgotten by the keychain) and shows the login window.
    // The counter window calls it once nothing waits for the server; the admin console's
    // signOutRequested() is meant to be connected here too.
    void signOut();

Q_SIGNALS:
    // The counter window is open and ready for the first sale.
    void counterReady();
    // The user closed the login window without signing in.
    void loginAbandoned();
    // An admin signed in (the ApiClient carries the session): the admin console opens.
    void adminSignedIn(const baartal::sync::AuthSession& session);
    // The settings dialog's OK: the new settings, saved; screens that depend on them pick them up here.
    void settingsChanged(const baartal::ui::PosSettings& settings);

private:
    void resumeRememberedSession();
    void onRememberedSessionRenewed(const core::Result<sync::AuthSession>& answer);
    void onSignedIn(const sync::AuthSession& session);
    void route(const sync::AuthSession& session);
    // The hook of the admin console: emits adminSignedIn. Open AdminWindow(*m_api, session) here and
    // connect its signOutRequested() to signOut().
    void openAdminConsole(const sync::AuthSession& session);
    sync::SessionStore* sessionStore();
    void rememberSession(const QString& refreshToken);
    void forgetSession();
    void saveSettings();
    void onProfile(const core::Result<sync::MerchantProfile>& answer);
    void enrol(bool again);
    void onEnrolled(const core::Result<sync::DeviceIdentity>& identity);
    // Shows question; Cancel goes back to the login window with `cancelled`.
    void ask(EnrolmentQuestion* question, const QString& cancelled, std::function<void()> goOn);
    void startUploader(const sync::DeviceIdentity& identity);
    void openCounter();
    void backToLogin(const QString& problem);

    core::SystemClock m_clock;
    std::unique_ptr<QSettings> m_savedSettings;
    PosSettings m_saved;    // as on disk
    PosSettings m_settings; // of this run
    QString m_cameraImage;  // shown as the webcam when given
    QPointer<QDialog> m_settingsDialog;
    // Keeps the session's refresh token in the keychain ("keep me signed in"); for the server signed in to.
    sync::SessionStore* m_sessions = nullptr;
    QString m_sessionsServer;
    bool m_remember = false;
    std::unique_ptr<sync::CounterStore> m_store;
    sync::ApiClient* m_api;
    sync::SaleRecorder* m_recorder = nullptr;
    sync::DeviceEnrolment* m_enrolment = nullptr;
    sync::SyncUploader* m_uploader = nullptr;
    QPointer<LoginDialog> m_login;
    QPointer<CounterWindow> m_counter;
    QPointer<AdminWindow> m_admin;
    QPointer<RecentSalesPanel> m_recentSales;
    QPointer<ScanPanel> m_scan;
    QPointer<EnrolmentQuestion> m_question;
    sync::AuthSession m_session;
    sync::MerchantProfile m_profile;
    std::optional<sync::DeviceIdentity> m_identity;
    // Between sign-in and the next window (the login window closes as the answer comes): keeps the app
    // from quitting while the profile loads and the counter enrols, when no window is shown.
    std::optional<QEventLoopLocker> m_betweenWindows;
};

} // namespace baartal::ui
