#pragma once

#include "sync/client/auth_session.h"

#include <QMainWindow>
#include <QPointer>

class QTabWidget;

class QLabel;
class QMenu;

namespace baartal::sync {
class CounterStore;
class SyncUploader;
} // namespace baartal::sync

namespace baartal::ui {

class CounterScreen;
class RecentSalesPanel;
class ScanPanel;
class ReconciliationDialog;
class SyncStatusWidget;

// The POS main window while a merchant is signed in: the counter screen, a status bar that says who is
// signed in to which server and how the sync stands, the list of sales the server refused, the settings,
// and signing out, which waits until every sale of this counter reached the server.
class CounterWindow final : public QMainWindow {
    Q_OBJECT

public:
    CounterWindow(CounterScreen* screen, const sync::AuthSession& session, const QString& server,
                  QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CounterWindow)

    CounterScreen* screen() const { return m_screen; }
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }
    // The pages: the counter (F2), then those added below (History F3, Analytics F4).
    QTabWidget* pages() const { return m_pages; }

    // Beside the sale form: the webcam and USB-scanner codes go to the screen as the customer; the
    // scanner is listened for anywhere in this window. F9 switches the camera on and off.
    void setScanPanel(ScanPanel* panel);
    // Under the sale form: the day's sales, with receipts for each new sale and voids.
    void setRecentSales(RecentSalesPanel* panel);
    // The shop's history and the owner's analytics, each a page of its own.
    void setHistoryPage(QWidget* page);
    void setAnalyticsPage(QWidget* page);

    // Shows the uploader's state, lists the refused rows of the device `deviceId` from `store`, and
    // refuses signing out while `store` holds unsynced rows. Both must outlive the window.
    void attachSync(sync::SyncUploader& uploader, sync::CounterStore& store, const QString& deviceId);

public Q_SLOTS:
    // Emits signOutRequested unless sales still wait for the server, which signing out would strand.
    void requestSignOut();
    void showRefusedSales();

Q_SIGNALS:
    // Nothing waits for the server: the app may drop the session and show the login window.
    void signOutRequested();
    // Counter ▸ Settings… (Ctrl+,): the app opens the settings dialog over this window.
    void settingsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Every menu and action of the window, in one place: more screens add their entries here.
    void buildMenus();
    void retranslate();

    void addPage(QWidget* page, QAction*& show, Qt::Key key);

    CounterScreen* m_screen;
    QTabWidget* m_pages;
    QWidget* m_counterPage;
    QWidget* m_historyPage = nullptr;
    QWidget* m_analyticsPage = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_showCounter = nullptr;
    QAction* m_showHistory = nullptr;
    QAction* m_showAnalytics = nullptr;
    QAction* m_toggleCamera = nullptr;
    SyncStatusWidget* m_syncStatus;
    QLabel* m_signedInAs;
    QString m_login;
    QString m_server;
    QMenu* m_counterMenu = nullptr;
    QAction* m_refusedSales = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_signOut = nullptr;
    QAction* m_quit = nullptr;
    sync::CounterStore* m_store = nullptr;
    QString m_deviceId;
    QPointer<ReconciliationDialog> m_reconciliation;
};

} // namespace baartal::ui
