#pragma once

#include "sync/client/auth_session.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QTabWidget;

namespace baartal::sync {
class ApiClient;
}

namespace baartal::ui {

class ApprovalsTab;
class BundlesTab;
class LedgerCheckTab;
class MerchantsTab;
class WalletAdjustmentTab;

// The POS main window while platform staff (the admin role) are signed in: approvals, shops, bundles,
// wallet adjustments and the ledger check, one tab each (Ctrl+1 … Ctrl+5), all through `api`, which
// must carry the admin's session and outlive the window.
class AdminWindow final : public QMainWindow {
    Q_OBJECT

public:
    AdminWindow(sync::ApiClient& api, const sync::AuthSession& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(AdminWindow)

    QTabWidget* tabs() const { return m_tabs; }
    ApprovalsTab* approvals() const { return m_approvals; }
    MerchantsTab* merchants() const { return m_merchants; }
    BundlesTab* bundles() const { return m_bundles; }
    WalletAdjustmentTab* wallet() const { return m_wallet; }
    LedgerCheckTab* ledger() const { return m_ledger; }

Q_SIGNALS:
    // The admin chose to sign out: the app drops the session and shows the login window.
    void signOutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    sync::AuthSession m_session;
    QTabWidget* m_tabs;
    ApprovalsTab* m_approvals;
    MerchantsTab* m_merchants;
    BundlesTab* m_bundles;
    WalletAdjustmentTab* m_wallet;
    LedgerCheckTab* m_ledger;
    QAction* m_signOut;
    QLabel* m_who;
};

} // namespace baartal::ui
