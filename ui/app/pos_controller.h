#pragma once

#include "core/time/clock.h"
#include "sync/client/auth_session.h"
#include "sync/client/device_identity.h"
#include "sync/client/merchant_profile.h"
#include "ui/app/enrolment_question.h"
#include "ui/app/pos_options.h"
#include "ui/counter/counter_window.h"
#include "ui/login/login_dialog.h"

#include <QEventLoopLocker>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace baartal::sync {
class ApiClient;
class CounterStore;
class DeviceEnrolment;
class SaleRecorder;
class SyncUploader;
} // namespace baartal::sync

namespace baartal::ui {

// Wires the POS together: the counter store, the API client, the login window and, once a merchant
// has signed in and their shop profile is known (from the server, or the cached copy when offline) and
// this counter is enrolled as the shop's device (once online, then from the keychain and the counter
// store), the counter window.
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
    // The question enrolment is waiting on (no keychain, or the key was lost), if any.
    EnrolmentQuestion* enrolmentQuestion() const { return m_question; }
    // This counter as the server knows it, once enrolled: what signs its sync batches.
    const std::optional<sync::DeviceIdentity>& deviceIdentity() const { return m_identity; }
    // Carries the enrolled counter's outbox to the server; null until enrolled.
    sync::SyncUploader* uploader() const { return m_uploader; }

Q_SIGNALS:
    // The counter window is open and ready for the first sale.
    void counterReady();
    // The user closed the login window without signing in.
    void loginAbandoned();

private:
    void onSignedIn(const sync::AuthSession& session);
    void onProfile(const core::Result<sync::MerchantProfile>& answer);
    void enrol(bool again);
    void onEnrolled(const core::Result<sync::DeviceIdentity>& identity);
    // Shows question; Cancel goes back to the login window with `cancelled`.
    void ask(EnrolmentQuestion* question, const QString& cancelled, std::function<void()> goOn);
    void startUploader(const sync::DeviceIdentity& identity);
    void openCounter();
    void signOut();
    void backToLogin(const QString& problem);

    core::SystemClock m_clock;
    std::unique_ptr<sync::CounterStore> m_store;
    sync::ApiClient* m_api;
    sync::SaleRecorder* m_recorder = nullptr;
    sync::DeviceEnrolment* m_enrolment = nullptr;
    sync::SyncUploader* m_uploader = nullptr;
    QPointer<LoginDialog> m_login;
    QPointer<CounterWindow> m_counter;
    QPointer<EnrolmentQuestion> m_question;
    sync::AuthSession m_session;
    sync::MerchantProfile m_profile;
    std::optional<sync::DeviceIdentity> m_identity;
    // Between sign-in and the next window (the login window closes as the answer comes): keeps the app
    // from quitting while the profile loads and the counter enrols, when no window is shown.
    std::optional<QEventLoopLocker> m_betweenWindows;
};

} // namespace baartal::ui
