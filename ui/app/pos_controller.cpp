#include "ui/app/pos_controller.h"

#include "sync/client/api_client.h"
#include "sync/client/counter_store.h"
#include "sync/client/device_enrolment.h"
#include "sync/client/merchant_profile_cache.h"
#include "sync/client/reference_puller.h"
#include "sync/client/sale_recorder.h"
#include "sync/client/secret_service.h"
#include "sync/client/session_store.h"
#include "sync/client/sync_uploader.h"
#include "ui/admin/admin_window.h"
#include "ui/analytics/analytics_screen.h"
#include "ui/app/enrolment_question.h"
#include "ui/app/translations.h"
#include "ui/counter/counter_screen.h"
#include "ui/counter/counter_window.h"
#include "ui/counter/recent_sales_panel.h"
#include "ui/history/history_screen.h"
#include "ui/login/login_dialog.h"
#include "ui/scan/scan_panel.h"
#include "ui/settings/server_address.h"
#include "ui/settings/settings_dialog.h"
#include "ui/ui_log.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace baartal::ui {

namespace {

// The server takes device names of 1 to 60 characters.
constexpr qsizetype kMaxDeviceName = 60;

} // namespace

PosController::PosController(QObject* parent)
    : QObject(parent)
    , m_api(new sync::ApiClient(this))
{
    connect(m_api, &sync::ApiClient::sessionExpired, this, [this](const core::Error&) {
        forgetSession();
        backToLogin(tr("Your session has ended. Sign in again to continue."));
    });
    // Refresh tokens rotate: a remembered sign-in keeps the newest.
    connect(m_api, &sync::ApiClient::sessionRenewed, this, [this](const sync::AuthSession& session) {
        if (m_remember) {
            rememberSession(session.refreshToken);
        }
    });
}

PosController::~PosController()
{
    // The windows, the recorder and the enrolment refer to the counter store, which goes with this
    // object's members; the uploader's worker thread reads the clock and answers through the client.
    delete m_uploader;
    delete m_settingsDialog;
    delete m_question;
    delete m_counter;
    delete m_admin;
    delete m_login;
    delete m_recorder;
    delete m_enrolment;
}

core::Status PosController::start(const PosOptions& options)
{
    m_cameraImage = options.cameraImage;
    m_savedSettings = options.settingsFile.isEmpty()
                          ? std::make_unique<QSettings>()
                          : std::make_unique<QSettings>(options.settingsFile, QSettings::IniFormat);
    m_saved = PosSettings::load(*m_savedSettings);
    m_settings = options.applyTo(m_saved);
    Translations::install(*QCoreApplication::instance(), m_settings.language.isEmpty()
                                                             ? Translations::systemLanguage()
                                                             : m_settings.language);

    const QString path = options.database.isEmpty() ? sync::CounterStore::defaultPath() : options.database;
    auto store = sync::CounterStore::open(path);
    if (!store) {
        return store.error();
    }
    m_store = std::move(*store);
    qCInfo(lcUi) << "counter store at" << m_store->path();
    m_recorder = new sync::SaleRecorder(*m_store, m_clock, this);
    m_enrolment = new sync::DeviceEnrolment(*m_store, *m_api, m_clock, this);

    m_login = new LoginDialog(*m_api);
    m_login->setServer(m_settings.serverOrDefault());
    m_login->setLogin(options.login);
    m_login->setPassword(options.password);
    m_login->setRememberAvailable(sync::SecretService::reachable());
    connect(m_login, &LoginDialog::signedIn, this, &PosController::onSignedIn);
    connect(m_login, &QDialog::rejected, this, &PosController::loginAbandoned);
    if (!options.login.isEmpty() && !options.password.isEmpty()) {
        m_login->show();
        m_login->signIn();
        return {};
    }
    resumeRememberedSession();
    return {};
}

QString PosController::startFailureText(const core::Error& error)
{
    return tr("The counter cannot start: %1").arg(error.message);
}

void PosController::resumeRememberedSession()
{
    const auto server = ServerAddress::parse(m_settings.serverOrDefault());
    if (!server || !m_login->rememberAvailable()) {
        m_login->show();
        return;
    }
    m_api->setBaseUrl(*server);
    sessionStore()->recall([this](const core::Result<std::optional<QString>>& token) {
        if (!token || !*token) {
            if (!token) {
                qCWarning(lcUi) << "remembered sign-in not read:" << token.error().message;
            }
            m_login->show();
            return;
        }
        qCInfo(lcUi) << "renewing the remembered sign-in at" << m_api->baseUrl().toDisplayString();
        m_api->refresh(**token, this, [this](const core::Result<sync::AuthSession>& answer) {
            onRememberedSessionRenewed(answer);
        });
    });
}

void PosController::onRememberedSessionRenewed(const core::Result<sync::AuthSession>& answer)
{
    if (!answer) {
        if (sync::ApiClient::isOutage(answer.error())) {
            // The token may still be good: keep it for the next start.
            backToLogin(tr("The saved sign-in could not be renewed: the server at %1 cannot be reached. Sign "
                           "in when the network is back.")
                            .arg(m_api->baseUrl().toDisplayString()));
            return;
        }
        forgetSession();
        backToLogin(tr("The saved sign-in has ended (it expired, or this counter was signed out elsewhere). "
                       "Sign in again."));
        return;
    }
    if (answer->role == core::UserRole::Customer) {
        forgetSession();
        backToLogin({});
        return;
    }
    m_remember = true;
    m_api->setSession(*answer);
    rememberSession(answer->refreshToken);
    route(*answer);
}

void PosController::onSignedIn(const sync::AuthSession& session)
{
    m_settings.server = m_saved.server = m_api->baseUrl().toString();
    saveSettings();
    m_remember = m_login->rememberSession();
    if (m_remember) {
        rememberSession(session.refreshToken);
    } else if (m_login->rememberAvailable()) {
        forgetSession();
    }
    route(session);
}

void PosController::route(const sync::AuthSession& session)
{
    m_session = session;
    if (session.role == core::UserRole::Admin) {
        openAdminConsole(session);
        return;
    }
    m_betweenWindows.emplace();
    m_api->merchantProfile(this,
                           [this](const core::Result<sync::MerchantProfile>& answer) { onProfile(answer); });
}

void PosController::openAdminConsole(const sync::AuthSession& session)
{
    qCInfo(lcUi) << "admin signed in; opening the admin console";
    delete m_admin;
    m_admin = new AdminWindow(*m_api, session);
    m_admin->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_admin, &AdminWindow::signOutRequested, this, &PosController::signOut);
    m_admin->show();
    Q_EMIT adminSignedIn(session);
}

sync::SessionStore* PosController::sessionStore()
{
    const QString server = m_api->baseUrl().toString();
    if (!m_sessions || m_sessionsServer != server) {
        delete m_sessions;
        m_sessions = new sync::SessionStore(server, this);
        m_sessionsServer = server;
    }
    return m_sessions;
}

void PosController::rememberSession(const QString& refreshToken)
{
    sessionStore()->remember(refreshToken, [](const core::Status& kept) {
        if (!kept) {
            qCWarning(lcUi) << "sign-in not remembered:" << kept.error().message;
        }
    });
}

void PosController::forgetSession()
{
    m_remember = false;
    if (m_api->baseUrl().isEmpty()) {
        return;
    }
    sessionStore()->forget([](const core::Status& forgotten) {
        if (!forgotten) {
            qCWarning(lcUi) << "remembered sign-in not forgotten:" << forgotten.error().message;
        }
    });
}

void PosController::saveSettings()
{
    m_saved.save(*m_savedSettings);
    m_savedSettings->sync();
    if (m_savedSettings->status() != QSettings::NoError) {
        qCWarning(lcUi) << "settings not saved to" << m_savedSettings->fileName();
    }
}

void PosController::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto* dialog = new SettingsDialog(m_settings, m_counter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_settings = m_saved = dialog->settings();
        saveSettings();
        if (m_recentSales) {
            m_recentSales->setSettings(m_settings);
        }
        if (m_scan) {
            m_scan->setSoundsEnabled(m_settings.sounds);
        }
        Q_EMIT settingsChanged(m_settings);
    });
    dialog->open();
}

void PosController::onProfile(const core::Result<sync::MerchantProfile>& answer)
{
    sync::MerchantProfileCache cache(m_store->database());
    if (answer) {
        sync::MerchantProfile profile = *answer;
        profile.fetchedAt = m_clock.now();
        if (core::Status stored = cache.store(profile); !stored) {
            qCWarning(lcUi) << "merchant profile not cached:" << stored.error().message;
        }
        m_profile = profile;
        enrol(false);
        return;
    }
    // No answer from the server, as opposed to an answer that refuses: the cached profile may stand in.
    if (sync::ApiClient::isOutage(answer.error())) {
        auto cached = cache.find(m_session.merchantId);
        if (cached && *cached) {
            qCInfo(lcUi) << "server unreachable; using the profile cached at" << (*cached)->fetchedAt;
            m_profile = **cached;
            enrol(false);
            return;
        }
    }
    if (answer.error().code == QLatin1String("merchant_profile_missing")) {
        backToLogin(tr("This merchant account has no shop yet. Register the shop first, then sign in here."));
        return;
    }
    backToLogin(tr("The shop's settings could not be loaded: %1").arg(answer.error().message));
}

void PosController::enrol(bool again)
{
    QString name = QSysInfo::machineHostName().left(kMaxDeviceName);
    if (name.isEmpty()) {
        name = tr("Counter");
    }
    const QString server = m_api->baseUrl().toString();
    auto done = [this](const core::Result<sync::DeviceIdentity>& identity) {
        onEnrolled(identity);
    };
    if (again) {
        m_enrolment->reEnrol(server, m_profile.id, name, done);
    } else {
        m_enrolment->ensureEnrolled(server, m_profile.id, name, done);
    }
}

void PosController::onEnrolled(const core::Result<sync::DeviceIdentity>& identity)
{
    if (identity) {
        m_identity = *identity;
        qCInfo(lcUi) << "this counter is device" << identity->deviceId;
        startUploader(*identity);
        openCounter();
        return;
    }
    const QString& code = identity.error().code;
    if (code == QLatin1String("keychain_unavailable")) {
        ask(EnrolmentQuestion::plainKeyOptIn(m_enrolment->plainFileFolder()),
            tr("The counter was not opened: no OS keychain was found, and its key may not be kept in a file. "
               "Install and unlock a keyring (for example gnome-keyring), or sign in again and choose to "
               "keep the key in a file."),
            [this] {
                m_enrolment->allowPlainFile();
                enrol(false);
            });
        return;
    }
    if (code == QLatin1String("device_key_lost") || code == QLatin1String("device_key_mismatch")) {
        ask(EnrolmentQuestion::reEnrol(),
            tr("The counter was not opened: it cannot sign its sales until it is enrolled again."),
            [this] { enrol(true); });
        return;
    }
    if (code == QLatin1String("enrolment_needs_server")) {
        backToLogin(tr("This counter has to be enrolled with the server once, while the server can be "
                       "reached, before it can work offline. Sign in again when the network is back."));
        return;
    }
    backToLogin(tr("This counter could not be enrolled: %1").arg(identity.error().message));
}

void PosController::ask(EnrolmentQuestion* question, const QString& cancelled, std::function<void()> goOn)
{
    delete m_question;
    m_question = question;
    connect(question, &EnrolmentQuestion::answered, this,
            [this, cancelled, goOn = std::move(goOn)](bool goingOn) {
                if (goingOn) {
                    goOn();
                } else {
                    backToLogin(cancelled);
                }
            });
    question->show();
    m_betweenWindows.reset();
}

void PosController::startUploader(const sync::DeviceIdentity& identity)
{
    delete m_uploader;
    m_recorder->setDeviceId(identity.deviceId);
    m_uploader = new sync::SyncUploader(*m_api, m_store->path(), identity, m_clock, this);
    m_uploader->watchConnectivity();
    connect(m_recorder, &sync::SaleRecorder::queued, m_uploader, &sync::SyncUploader::kick);
    connect(m_uploader, &sync::SyncUploader::settled, m_recorder, &sync::SaleRecorder::announceSettled);
    m_uploader->start();
}

void PosController::openCounter()
{
    delete m_counter;
    auto* screen = new CounterScreen(*m_store, *m_recorder, *m_api);
    m_counter = new CounterWindow(screen, m_session, m_api->baseUrl().toDisplayString());
    m_counter->setAttribute(Qt::WA_DeleteOnClose);
    m_counter->attachSync(*m_uploader, *m_store, m_identity->deviceId);
    screen->setSyncState(m_uploader->state());
    connect(m_uploader, &sync::SyncUploader::stateChanged, screen, &CounterScreen::setSyncState);
    connect(m_counter, &CounterWindow::signOutRequested, this, &PosController::signOut);
    connect(m_counter, &CounterWindow::settingsRequested, this, &PosController::openSettings);
    m_recentSales = new RecentSalesPanel(*m_store, *m_recorder, m_settings);
    m_recentSales->setMerchant(m_profile);
    m_counter->setRecentSales(m_recentSales);
    m_scan = new ScanPanel(m_settings);
    connect(m_scan, &ScanPanel::cameraChosen, this, [this](const QByteArray& cameraId, QSize resolution) {
        m_settings.cameraId = m_saved.cameraId = cameraId;
        m_settings.cameraResolution = m_saved.cameraResolution = resolution;
        saveSettings();
    });
    m_counter->setScanPanel(m_scan);
    m_counter->setHistoryPage(new HistoryScreen(*m_api));
    auto* analytics = new AnalyticsScreen(*m_api, m_clock);
    analytics->setMerchant(m_profile);
    m_counter->setAnalyticsPage(analytics);
    auto* puller = new sync::ReferencePuller(*m_api, *m_store, m_profile.id, m_clock, m_counter);
    connect(puller, &sync::ReferencePuller::updated, screen, &CounterScreen::setReference);
    puller->start();
    screen->setMerchant(m_profile);
    m_counter->show();
    if (m_cameraImage.isEmpty()) {
        m_scan->start();
    } else {
        m_scan->showImageSource(QImage(m_cameraImage));
    }
    screen->clearSale();
    m_betweenWindows.reset();
    qCInfo(lcUi) << "counter ready";
    Q_EMIT counterReady();
}

void PosController::signOut()
{
    qCInfo(lcUi) << "signed out";
    forgetSession();
    m_api->logout(this, [](const core::Result<bool>& revoked) {
        if (!revoked) {
            qCInfo(lcUi) << "the server did not revoke the session:" << revoked.error().message;
        }
    });
    m_recorder->setDeviceId({});
    backToLogin(m_uploader ? tr("Signed out. Every sale of this counter has reached the server.")
                           : tr("Signed out."));
    // After the counter window, which watches it, has been closed.
    if (m_uploader) {
        m_uploader->deleteLater();
        m_uploader = nullptr;
    }
}

void PosController::backToLogin(const QString& problem)
{
    qCInfo(lcUi) << "back to the login window:" << problem;
    m_api->clearSession();
    // The login window shows first, so closing the counter never leaves the app without a window.
    if (m_login) {
        m_login->show();
        m_login->showProblem(problem);
    }
    if (m_settingsDialog) {
        m_settingsDialog->reject();
    }
    if (m_counter) {
        m_counter->close();
    }
    if (m_admin) {
        m_admin->close();
    }
    m_betweenWindows.reset();
}

} // namespace baartal::ui
