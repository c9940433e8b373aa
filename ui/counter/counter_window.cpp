#include "ui/counter/counter_window.h"

#include "sync/client/counter_store.h"
#include "sync/client/outbox_repository.h"
#include "sync/client/sync_uploader.h"
#include "ui/counter/counter_screen.h"
#include "ui/counter/recent_sales_panel.h"
#include "ui/counter/reconciliation_dialog.h"
#include "ui/counter/sync_status_widget.h"
#include "ui/scan/scan_panel.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace baartal::ui {

CounterWindow::CounterWindow(CounterScreen* screen, const sync::AuthSession& session, const QString& server,
                             QWidget* parent)
    : QMainWindow(parent)
    , m_screen(screen)
    , m_pages(new QTabWidget(this))
    , m_counterPage(new QWidget(this))
    , m_syncStatus(new SyncStatusWidget(this))
    , m_signedInAs(new QLabel(this))
    , m_login(session.emailOrPhone)
    , m_server(server)
{
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    auto* counterLayout = new QHBoxLayout(m_counterPage);
    auto* saleColumn = new QVBoxLayout;
    saleColumn->addWidget(m_screen, 3);
    counterLayout->addLayout(saleColumn, 3);
    m_pages->addTab(m_counterPage, QString());
    setCentralWidget(m_pages);
    m_signedInAs->setObjectName(QStringLiteral("signedInAs"));
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addWidget(m_syncStatus, 1);
    statusBar()->addPermanentWidget(m_signedInAs);
    buildMenus();
    retranslate();
    resize(720, 560);
}

void CounterWindow::buildMenus()
{
    m_counterMenu = menuBar()->addMenu(QString());
    m_counterMenu->setObjectName(QStringLiteral("counterMenu"));
    m_refusedSales = m_counterMenu->addAction(QString(), this, &CounterWindow::showRefusedSales);
    m_refusedSales->setObjectName(QStringLiteral("refusedSalesAction"));
    m_refusedSales->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_refusedSales->setEnabled(m_store != nullptr);
    m_counterMenu->addSeparator();
    m_settings = m_counterMenu->addAction(QString(), this, &CounterWindow::settingsRequested);
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_counterMenu->addSeparator();
    m_signOut = m_counterMenu->addAction(QString(), this, &CounterWindow::requestSignOut);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    // Quitting strands nothing: unsynced sales stay in the counter store and go out at the next start.
    m_quit = m_counterMenu->addAction(QString(), qApp, &QCoreApplication::quit);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_showCounter = m_viewMenu->addAction(QString(), this, [this] {
        m_pages->setCurrentWidget(m_counterPage);
        m_screen->setFocus();
    });
    m_showCounter->setObjectName(QStringLiteral("showCounterAction"));
    m_showCounter->setShortcut(QKeySequence(Qt::Key_F2));
}

void CounterWindow::addPage(QWidget* page, QAction*& show, Qt::Key key)
{
    page->setParent(m_pages);
    m_pages->addTab(page, QString());
    show = m_viewMenu->addAction(QString(), this, [this, page] {
        m_pages->setCurrentWidget(page);
        page->setFocus();
    });
    show->setShortcut(QKeySequence(key));
    retranslate();
}

void CounterWindow::setScanPanel(ScanPanel* panel)
{
    panel->setParent(m_counterPage);
    static_cast<QHBoxLayout*>(m_counterPage->layout())->addWidget(panel, 2);
    connect(panel, &ScanPanel::codeRead, m_screen, &CounterScreen::takeCode);
    panel->installWedge(this);
    m_toggleCamera = m_viewMenu->addAction(QString(), panel, &ScanPanel::toggle);
    m_toggleCamera->setObjectName(QStringLiteral("toggleCameraAction"));
    m_toggleCamera->setShortcut(QKeySequence(Qt::Key_F9));
    retranslate();
}

void CounterWindow::setRecentSales(RecentSalesPanel* panel)
{
    panel->setParent(m_counterPage);
    auto* saleColumn = static_cast<QVBoxLayout*>(m_counterPage->layout()->itemAt(0)->layout());
    saleColumn->addWidget(panel, 2);
    connect(m_screen, &CounterScreen::saleRecorded, panel, &RecentSalesPanel::printReceipt);
}

void CounterWindow::setHistoryPage(QWidget* page)
{
    m_historyPage = page;
    page->setObjectName(QStringLiteral("historyPage"));
    addPage(page, m_showHistory, Qt::Key_F3);
}

void CounterWindow::setAnalyticsPage(QWidget* page)
{
    m_analyticsPage = page;
    page->setObjectName(QStringLiteral("analyticsPage"));
    addPage(page, m_showAnalytics, Qt::Key_F4);
}

void CounterWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void CounterWindow::retranslate()
{
    setWindowTitle(tr("Baartal counter"));
    m_signedInAs->setText(tr("Signed in as %1 at %2").arg(m_login, m_server));
    m_counterMenu->setTitle(tr("C&ounter"));
    m_refusedSales->setText(tr("&Refused sales…"));
    m_settings->setText(tr("S&ettings…"));
    m_signOut->setText(tr("&Sign out"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_showCounter->setText(tr("&Counter"));
    m_pages->setTabText(m_pages->indexOf(m_counterPage), tr("Counter (F2)"));
    if (m_historyPage) {
        m_showHistory->setText(tr("&History"));
        m_pages->setTabText(m_pages->indexOf(m_historyPage), tr("History (F3)"));
    }
    if (m_analyticsPage) {
        m_showAnalytics->setText(tr("&Analytics"));
        m_pages->setTabText(m_pages->indexOf(m_analyticsPage), tr("Analytics (F4)"));
    }
    if (m_toggleCamera) {
        m_toggleCamera->setText(tr("Camera on/off"));
    }
}

void CounterWindow::attachSync(sync::SyncUploader& uploader, sync::CounterStore& store,
                               const QString& deviceId)
{
    m_store = &store;
    m_deviceId = deviceId;
    m_refusedSales->setEnabled(true);
    connect(&uploader, &sync::SyncUploader::stateChanged, m_syncStatus, &SyncStatusWidget::setState);
    m_syncStatus->setState(uploader.state());
}

void CounterWindow::requestSignOut()
{
    QString refusal;
    if (m_store) {
        auto unsynced = sync::OutboxRepository(m_store->database()).queuedCountAll();
        if (!unsynced) {
            refusal = tr("Signing out is not possible now: the counter's database could not be read (%1).")
                          .arg(unsynced.error().message);
        } else if (*unsynced > 0) {
            refusal = tr("Sales at this counter that have not reached the server yet: %1. Signing out now "
                         "would strand them, so stay signed in until the status bar shows nothing waiting.")
                          .arg(*unsynced);
        }
    }
    if (refusal.isEmpty()) {
        Q_EMIT signOutRequested();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Not signed out"), refusal, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("signOutRefused"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CounterWindow::showRefusedSales()
{
    if (!m_store) {
        return;
    }
    if (!m_reconciliation) {
        m_reconciliation = new ReconciliationDialog(*m_store, m_deviceId, this);
        m_reconciliation->setObjectName(QStringLiteral("reconciliation"));
    } else {
        m_reconciliation->reload();
    }
    m_reconciliation->show();
    m_reconciliation->raise();
}

} // namespace baartal::ui
