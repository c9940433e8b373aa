#include "ui/app/pos_controller.h"

#include "sync/client/api_client.h"
#include "sync/client/counter_store.h"
#include "sync/client/device_enrolment.h"
#include "sync/client/merchant_profile_cache.h"
#include "sync/client/reference_puller.h"
#include "sync/client/sale_recorder.h"
#include "sync/client/sync_uploader.h"
#include "ui/app/enrolment_question.h"
#include "ui/counter/counter_screen.h"
#include "ui/counter/counter_window.h"
#include "ui/login/login_dialog.h"
#include "ui/ui_log.h"

#include <QSysInfo>

namespace baartal::ui {

namespace {

const QString kDefaultServer = QStringLiteral("http://127.0.0.1:8080");
// The server takes device names of 1 to 60 characters.
constexpr qsizetype kMaxDeviceName = 60;

} // namespace

PosController::PosController(QObject* parent)
    : QObject(parent)
    , m_api(new sync::ApiClient(this))
{
    connect(m_api, &sync::ApiClient::sessionExpired, this, [this](const core::Error&) {
        backToLogin(tr("Your session has ended. Sign in again to continue."));
    });
}

PosController::~PosController()
{
    // The windows, the recorder and the enrolment refer to the counter store, which goes with this
    // object's members; the uploader's worker thread reads the clock and answers through the client.
    delete m_uploader;
    delete m_question;
    delete m_counter;
    delete m_login;
    delete m_recorder;
    delete m_enrolment;
}

core::Status PosController::start(const PosOptions& options)
{
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
    m_login->setServer(options.server.isEmpty() ? kDefaultServer : options.server);
    m_login->setLogin(options.login);
    m_login->setPassword(options.password);
    connect(m_login, &LoginDialog::signedIn, this, &PosController::onSignedIn);
    connect(m_login, &QDialog::rejected, this, &PosController::loginAbandoned);
    m_login->show();
    if (!options.login.isEmpty() && !options.password.isEmpty()) {
        m_login->signIn();
    }
    return {};
}

QString PosController::startFailureText(const core::Error& error)
{
    return tr("The counter cannot start: %1").arg(error.message);
}

void PosController::onSignedIn(const sync::AuthSession& session)
{
    m_session = session;
    m_betweenWindows.emplace();
    m_api->merchantProfile(this,
                           [this](const core::Result<sync::MerchantProfile>& answer) { onProfile(answer); });
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
    auto* puller = new sync::ReferencePuller(*m_api, *m_store, m_profile.id, m_clock, m_counter);
    connect(puller, &sync::ReferencePuller::updated, screen, &CounterScreen::setReference);
    puller->start();
    screen->setMerchant(m_profile);
    m_counter->show();
    screen->clearSale();
    m_betweenWindows.reset();
    qCInfo(lcUi) << "counter ready";
    Q_EMIT counterReady();
}

void PosController::signOut()
{
    qCInfo(lcUi) << "signed out; every sale of this counter has reached the server";
    m_recorder->setDeviceId({});
    backToLogin(tr("Signed out. Every sale of this counter has reached the server."));
    // After the counter window, which watches it, has been closed.
    m_uploader->deleteLater();
    m_uploader = nullptr;
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
    if (m_counter) {
        m_counter->close();
    }
    m_betweenWindows.reset();
}

} // namespace baartal::ui
