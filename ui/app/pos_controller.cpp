#include "ui/app/pos_controller.h"

#include "sync/client/api_client.h"
#include "sync/client/counter_store.h"
#include "sync/client/merchant_profile_cache.h"
#include "sync/client/sale_recorder.h"
#include "ui/counter/counter_screen.h"
#include "ui/counter/counter_window.h"
#include "ui/login/login_dialog.h"
#include "ui/ui_log.h"

namespace baartal::ui {

namespace {

const QString kDefaultServer = QStringLiteral("http://127.0.0.1:8080");

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
    // The windows and the recorder refer to the counter store, which goes with this object's members.
    delete m_counter;
    delete m_login;
    delete m_recorder;
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
    m_recorder = new sync::SaleRecorder(*m_store, *m_api, m_clock, this);

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
        openCounter(profile);
        return;
    }
    // No answer from the server, as opposed to an answer that refuses: the cached profile may stand in.
    if (sync::ApiClient::isOutage(answer.error())) {
        auto cached = cache.find(m_session.merchantId);
        if (cached && *cached) {
            qCInfo(lcUi) << "server unreachable; using the profile cached at" << (*cached)->fetchedAt;
            openCounter(**cached);
            return;
        }
    }
    if (answer.error().code == QLatin1String("merchant_profile_missing")) {
        backToLogin(tr("This merchant account has no shop yet. Register the shop first, then sign in here."));
        return;
    }
    backToLogin(tr("The shop's settings could not be loaded: %1").arg(answer.error().message));
}

void PosController::openCounter(const sync::MerchantProfile& profile)
{
    delete m_counter;
    auto* screen = new CounterScreen(*m_store, *m_recorder);
    m_counter = new CounterWindow(screen, m_session, m_api->baseUrl().toDisplayString());
    m_counter->setAttribute(Qt::WA_DeleteOnClose);
    screen->setMerchant(profile);
    m_counter->show();
    screen->clearSale();
    Q_EMIT counterReady();
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
}

} // namespace baartal::ui
