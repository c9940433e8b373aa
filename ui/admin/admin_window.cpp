#include "ui/admin/admin_window.h"

#include "sync/client/api_client.h"
#include "ui/admin/approvals_tab.h"
#include "ui/admin/bundles_tab.h"
#include "ui/admin/ledger_check_tab.h"
#include "ui/admin/merchants_tab.h"
#include "ui/admin/wallet_adjustment_tab.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace baartal::ui {

AdminWindow::AdminWindow(sync::ApiClient& api, const sync::AuthSession& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_approvals(new ApprovalsTab(api, m_tabs))
    , m_merchants(new MerchantsTab(api, m_tabs))
    , m_bundles(new BundlesTab(api, m_tabs))
    , m_wallet(new WalletAdjustmentTab(api, m_tabs))
    , m_ledger(new LedgerCheckTab(api, m_tabs))
    , m_signOut(new QAction(this))
    , m_who(new QLabel(this))
{
    setObjectName(QStringLiteral("adminWindow"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_approvals->setObjectName(QStringLiteral("approvalsTab"));
    m_merchants->setObjectName(QStringLiteral("merchantsTab"));
    m_bundles->setObjectName(QStringLiteral("bundlesTab"));
    m_wallet->setObjectName(QStringLiteral("walletTab"));
    m_ledger->setObjectName(QStringLiteral("ledgerTab"));
    m_who->setObjectName(QStringLiteral("signedInAs"));
    for (QWidget* tab : {static_cast<QWidget*>(m_approvals), static_cast<QWidget*>(m_merchants),
                         static_cast<QWidget*>(m_bundles), static_cast<QWidget*>(m_wallet),
                         static_cast<QWidget*>(m_ledger)}) {
        m_tabs->addTab(tab, QString());
    }
    setCentralWidget(m_tabs);
    statusBar()->addPermanentWidget(m_who);

    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        go->setShortcutContext(Qt::WindowShortcut);
        connect(go, &QAction::triggered, this, [this, i] {
            m_tabs->setCurrentIndex(i);
            m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(go);
    }
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(m_signOut, &QAction::triggered, this, &AdminWindow::signOutRequested);
    menuBar()->addAction(m_signOut);
    // A ledger check touches every row: run when asked, not on every opening of the console.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_merchants) {
            m_merchants->reload();
        } else if (m_tabs->widget(index) == m_approvals) {
            m_approvals->reload();
        }
    });
    retranslate();
    resize(1000, 640);
}

void AdminWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void AdminWindow::retranslate()
{
    setWindowTitle(tr("Baartal admin console"));
    m_tabs->setTabText(0, tr("&1 Approvals"));
    m_tabs->setTabText(1, tr("&2 Shops"));
    m_tabs->setTabText(2, tr("&3 Bundles"));
    m_tabs->setTabText(3, tr("&4 Wallet adjustment"));
    m_tabs->setTabText(4, tr("&5 Ledger check"));
    m_signOut->setText(tr("Sign &out (Ctrl+Shift+Q)"));
    m_who->setText(tr("Signed in as %1 (admin)").arg(m_session.emailOrPhone));
}

} // namespace baartal::ui
