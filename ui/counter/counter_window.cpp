#include "ui/counter/counter_window.h"

#include "sync/client/counter_store.h"
#include "sync/client/outbox_repository.h"
#include "sync/client/sync_uploader.h"
#include "ui/counter/counter_screen.h"
#include "ui/counter/reconciliation_dialog.h"
#include "ui/counter/sync_status_widget.h"

#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace baartal::ui {

CounterWindow::CounterWindow(CounterScreen* screen, const sync::AuthSession& session, const QString& server,
                             QWidget* parent)
    : QMainWindow(parent)
    , m_screen(screen)
    , m_syncStatus(new SyncStatusWidget(this))
{
    setWindowTitle(tr("Baartal counter"));
    setCentralWidget(m_screen);
    auto* who = new QLabel(tr("Signed in as %1 at %2").arg(session.emailOrPhone, server), this);
    who->setObjectName(QStringLiteral("signedInAs"));
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addWidget(m_syncStatus, 1);
    statusBar()->addPermanentWidget(who);

    QMenu* counter = menuBar()->addMenu(tr("C&ounter"));
    m_refusedSales = counter->addAction(tr("&Refused sales…"), this, &CounterWindow::showRefusedSales);
    m_refusedSales->setObjectName(QStringLiteral("refusedSalesAction"));
    m_refusedSales->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_refusedSales->setEnabled(false);
    counter->addSeparator();
    QAction* signOut = counter->addAction(tr("&Sign out"), this, &CounterWindow::requestSignOut);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    resize(720, 560);
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
