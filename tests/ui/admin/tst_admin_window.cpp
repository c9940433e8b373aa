#include "core/approvals/approval_repository.h"
#include "core/audit/audit_log_repository.h"
#include "core/bundles/bundle_repository.h"
#include "core/ids/ids.h"
#include "core/merchants/merchant_repository.h"
#include "sync/client/api_client.h"
#include "tests/server/support/server_fixture.h"
#include "tests/testsupport/loopback.h"
#include "ui/admin/admin_window.h"
#include "ui/admin/approvals_tab.h"
#include "ui/admin/password_dialog.h"
#include "ui/admin/wallet_adjustment_tab.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace baartal;
using testsupport::ServerFixture;

namespace {

const QString kAdminLogin = QStringLiteral("staff@baartal.in");
const QString kCustomerPhone = QStringLiteral("+919876543210");
const QString kPendingLogin = QStringLiteral("pending@example.in");

} // namespace

// The admin console against a real server on loopback, driven with keystrokes as an admin would.
class TestAdminWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<sync::ApiClient> m_api;
    std::unique_ptr<ui::AdminWindow> m_window;
    QString m_approvalId;
    QString m_pendingMerchantId;
    QString m_customerId;

    template <typename T = QWidget>
    T* child(const QString& tab, const QString& name) const
    {
        auto* page = m_window->findChild<QWidget*>(tab);
        return page ? page->findChild<T*>(name) : nullptr;
    }

    QString text(const QString& tab, const QString& name) const
    {
        auto* label = child<QLabel>(tab, name);
        return label ? label->text() : QStringLiteral("<no %1 in %2>").arg(name, tab);
    }

    qint64 balance()
    {
        const testsupport::ApiReply wallet =
            m_server->api().get(QStringLiteral("/api/v1/wallet"), m_server->login(kCustomerPhone));
        return wallet.status == 200 ? wallet.data().value(QStringLiteral("balance")).toInteger() : -1;
    }

    void openTab(int number)
    {
        QTest::keyClick(m_window.get(), static_cast<Qt::Key>(Qt::Key_0 + number), Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), number - 1);
    }

    void press(QWidget* target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(target ? target : QApplication::focusWidget(), key, modifiers);
    }

    void type(const QString& keys) { QTest::keyClicks(QApplication::focusWidget(), keys); }

    // Finds the customer, types coins and reason, and asks to adjust; the password dialog opens.
    void startAdjustment(const QString& coins, const QString& reason)
    {
        openTab(4);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("phone"));
        type(QStringLiteral("98765 43210"));
        press(nullptr, Qt::Key_Return);
        QTRY_VERIFY(text(QStringLiteral("walletTab"), QStringLiteral("customer"))
                        .contains(QStringLiteral("98•••••210")));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("coins"));
        type(coins);
        press(nullptr, Qt::Key_Tab);
        type(reason);
        press(nullptr, Qt::Key_Return);
    }

    ui::PasswordDialog* passwordDialog()
    {
        auto* dialog = m_window->findChild<ui::PasswordDialog*>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

    void enterPassword(const QString& password)
    {
        QTRY_VERIFY(passwordDialog());
        auto* field = passwordDialog()->findChild<QLineEdit*>(QStringLiteral("password"));
        // The cursor waits in the password field; the offscreen platform leaves activating the dialog to
        // the application, as a window manager would do by itself.
        QCOMPARE(passwordDialog()->focusWidget(), field);
        QApplication::setActiveWindow(passwordDialog());
        QVERIFY(QTest::qWaitForWindowActive(passwordDialog()));
        QVERIFY(field->hasFocus());
        QTest::keyClicks(field, password);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!passwordDialog());
    }

private Q_SLOTS:
    void init()
    {
        auto fixture = ServerFixture::start(core::Dialect::Sqlite);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_server = std::move(*fixture);
        QVERIFY(m_server->addAdmin(kAdminLogin).ok());
        auto customer = m_server->registerCustomer(kCustomerPhone);
        QVERIFY(customer.ok());
        m_customerId = *customer;
        auto pending = m_server->addMerchant(kPendingLogin, false);
        QVERIFY(pending.ok());
        m_pendingMerchantId = pending->id;
        m_approvalId = core::Ids::newId();
        QVERIFY(core::ApprovalRepository(m_server->database())
                    .add({m_approvalId,
                          pending->id,
                          core::ApprovalStatus::Pending,
                          {},
                          {},
                          m_server->clock().now(),
                          {}})
                    .ok());

        sync::AuthSession session;
        session.accessToken = m_server->login(kAdminLogin);
        QVERIFY(!session.accessToken.isEmpty());
        session.role = core::UserRole::Admin;
        session.emailOrPhone = kAdminLogin;
        m_api = std::make_unique<sync::ApiClient>();
        m_api->setBaseUrl(m_server->api().baseUrl());
        m_api->setSession(session);
        m_window = std::make_unique<ui::AdminWindow>(*m_api, session);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_api.reset();
        if (m_server) {
            m_server->verifyLedgerIsSound();
        }
        m_server.reset();
    }

    void approvesAPendingShopWithANoteByKeystrokes()
    {
        auto* queue = child<QListWidget>(QStringLiteral("approvalsTab"), QStringLiteral("queue"));
        QTRY_COMPARE(queue->count(), 1);
        QVERIFY(queue->item(0)->text().contains(QStringLiteral("Shop of ") + kPendingLogin));
        QVERIFY(text(QStringLiteral("approvalsTab"), QStringLiteral("details")).contains(kPendingLogin));

        openTab(1);
        QCOMPARE(QApplication::focusWidget(), queue);
        press(queue, Qt::Key_Return);
        auto* notes = child<QPlainTextEdit>(QStringLiteral("approvalsTab"), QStringLiteral("notes"));
        QCOMPARE(QApplication::focusWidget(), notes);
        type(QStringLiteral("GST and shop photo checked"));
        press(notes, Qt::Key_Return, Qt::ControlModifier);

        QTRY_VERIFY(text(QStringLiteral("approvalsTab"), QStringLiteral("status"))
                        .contains(QStringLiteral("is approved")));
        auto merchant = core::MerchantRepository(m_server->database()).findById(m_pendingMerchantId);
        QVERIFY(merchant && *merchant);
        QVERIFY((*merchant)->approved);
        auto approval = core::ApprovalRepository(m_server->database()).findById(m_approvalId);
        QVERIFY(approval && *approval);
        QCOMPARE((*approval)->status, core::ApprovalStatus::Approved);
        QCOMPARE((*approval)->notes, QStringLiteral("GST and shop photo checked"));
        // The queue of pending shops is empty now.
        QTRY_COMPARE(queue->count(), 0);
        QCOMPARE(
            text(QStringLiteral("approvalsTab"), QStringLiteral("status")),
            QStringLiteral("Shop of %1 is approved. No shop is waiting for approval.").arg(kPendingLogin));
    }

    void aRejectionNeedsANote()
    {
        auto* queue = child<QListWidget>(QStringLiteral("approvalsTab"), QStringLiteral("queue"));
        QTRY_COMPARE(queue->count(), 1);
        openTab(1);
        press(queue, Qt::Key_Return);
        press(nullptr, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(text(QStringLiteral("approvalsTab"), QStringLiteral("status"))
                    .contains(QStringLiteral("Write a note")));
        type(QStringLiteral("No GST number"));
        press(nullptr, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(text(QStringLiteral("approvalsTab"), QStringLiteral("status"))
                        .contains(QStringLiteral("is rejected")));
        auto approval = core::ApprovalRepository(m_server->database()).findById(m_approvalId);
        QVERIFY(approval && *approval);
        QCOMPARE((*approval)->status, core::ApprovalStatus::Rejected);
        QCOMPARE((*approval)->notes, QStringLiteral("No GST number"));
    }

    void searchesShops()
    {
        QVERIFY(m_server->addMerchant(QStringLiteral("kirana@example.in"), true).ok());
        openTab(2);
        auto* table = child<QTableWidget>(QStringLiteral("merchantsTab"), QStringLiteral("table"));
        QTRY_COMPARE(table->rowCount(), 2);
        type(QStringLiteral("KIRANA"));
        press(nullptr, Qt::Key_Return);
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Shop of kirana@example.in"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Approved"));
        QCOMPARE(text(QStringLiteral("merchantsTab"), QStringLiteral("status")),
                 QStringLiteral("Shops found: 1"));
    }

    void createsAndDeactivatesABundle()
    {
        openTab(3);
        auto* table = child<QTableWidget>(QStringLiteral("bundlesTab"), QStringLiteral("table"));
        QTRY_COMPARE(table->rowCount(), 1); // the pending shop's own bundle
        press(nullptr, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("newPincode"));
        type(QStringLiteral("400050"));
        press(nullptr, Qt::Key_Tab);
        type(QStringLiteral("Bandra West"));
        press(nullptr, Qt::Key_Return);
        QTRY_COMPARE(table->rowCount(), 2);
        QTRY_VERIFY(text(QStringLiteral("bundlesTab"), QStringLiteral("status"))
                        .contains(QStringLiteral("Bandra West")));
        QCOMPARE(table->item(table->currentRow(), 0)->text(), QStringLiteral("Bandra West"));
        QCOMPARE(table->item(table->currentRow(), 1)->text(), QStringLiteral("400050"));
        auto bundles = core::BundleRepository(m_server->database()).listByPincode(QStringLiteral("400050"));
        QVERIFY(bundles.ok());
        QCOMPARE(bundles->size(), 1);
        QVERIFY(bundles->first().active);

        // The new bundle is the chosen one: make it inactive from the keyboard.
        auto* active = child<QCheckBox>(QStringLiteral("bundlesTab"), QStringLiteral("active"));
        QVERIFY(active->isChecked());
        active->setFocus();
        press(active, Qt::Key_Space);
        QTest::keyClick(child<QWidget>(QStringLiteral("bundlesTab"), QStringLiteral("save")), Qt::Key_Space);
        QTRY_VERIFY(text(QStringLiteral("bundlesTab"), QStringLiteral("status"))
                        .contains(QStringLiteral("inactive")));
        auto stored = core::BundleRepository(m_server->database()).findById(bundles->first().id);
        QVERIFY(stored && *stored);
        QVERIFY(!(*stored)->active);
    }

    void aBadPincodeIsExplainedWithoutCallingTheServer()
    {
        openTab(3);
        press(nullptr, Qt::Key_N, Qt::ControlModifier);
        type(QStringLiteral("4000"));
        press(nullptr, Qt::Key_Tab);
        type(QStringLiteral("Somewhere"));
        press(nullptr, Qt::Key_Return);
        QCOMPARE(text(QStringLiteral("bundlesTab"), QStringLiteral("status")),
                 QStringLiteral("Enter a 6-digit pincode."));
        QCOMPARE(m_server->rowCount(QStringLiteral("bundles")).valueOr(-1), 1);
    }

    void adjustsAWalletWithTheRightPassword()
    {
        QSignalSpy adjusted(m_window->wallet(), &ui::WalletAdjustmentTab::adjusted);
        startAdjustment(QStringLiteral("250"), QStringLiteral("goodwill for a failed scan"));
        enterPassword(ServerFixture::kPassword);
        QTRY_COMPARE(adjusted.size(), 1);
        QCOMPARE(text(QStringLiteral("walletTab"), QStringLiteral("status")),
                 QStringLiteral("Issued 250 B-Coins. New balance: 250 B-Coins."));
        QVERIFY(text(QStringLiteral("walletTab"), QStringLiteral("customer"))
                    .contains(QStringLiteral("balance 250")));
        QCOMPARE(balance(), 250);
        auto audit = core::AuditLogRepository(m_server->database()).listBySubject(m_customerId);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().detail.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("goodwill for a failed scan"));
    }

    void aWrongPasswordIsRefusedAndChangesNothing()
    {
        startAdjustment(QStringLiteral("250"), QStringLiteral("goodwill"));
        enterPassword(QStringLiteral("not-my-password"));
        QTRY_COMPARE(text(QStringLiteral("walletTab"), QStringLiteral("status")),
                     QStringLiteral("That password is not right. Nothing was changed."));
        QCOMPARE(balance(), 0);
        QCOMPARE(m_server->rowCount(QStringLiteral("admin_audit_log")).valueOr(-1), 0);
        // Still signed in: the refusal is about the password, not the session.
        QVERIFY(m_api->hasSession());
    }

    void aLargeAdjustmentIsConfirmedFirst()
    {
        startAdjustment(QStringLiteral("5000"), QStringLiteral("festival bonus"));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("largeAdjustment"))) &&
                    box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("5,000")));
        // The safe answer is the default: Enter declines.
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("largeAdjustment")));
        QVERIFY(!passwordDialog());
        QCOMPARE(balance(), 0);
    }

    void aReasonIsRequired()
    {
        startAdjustment(QStringLiteral("20"), QString());
        QVERIFY(!passwordDialog());
        QCOMPARE(text(QStringLiteral("walletTab"), QStringLiteral("status")),
                 QStringLiteral("Enter the reason; it is kept with the adjustment."));
    }

    void anUnknownPhoneIsExplained()
    {
        openTab(4);
        type(QStringLiteral("9000000001"));
        press(nullptr, Qt::Key_Return);
        QTRY_COMPARE(text(QStringLiteral("walletTab"), QStringLiteral("status")),
                     QStringLiteral("No customer has this phone number."));
        QVERIFY(!child<QWidget>(QStringLiteral("walletTab"), QStringLiteral("adjust"))->isEnabled());
    }

    void ledgerCheckShowsBalanced()
    {
        openTab(5);
        press(nullptr, Qt::Key_F5);
        QTRY_VERIFY(text(QStringLiteral("ledgerTab"), QStringLiteral("result"))
                        .startsWith(QStringLiteral("Balanced")));
        QVERIFY(!child<QWidget>(QStringLiteral("ledgerTab"), QStringLiteral("violations"))->isVisible());
    }

    void offlineIsSaidPlainly()
    {
        m_api->setBaseUrl(testsupport::closedLoopbackUrl());
        openTab(1);
        press(nullptr, Qt::Key_F5);
        QTRY_VERIFY(text(QStringLiteral("approvalsTab"), QStringLiteral("status"))
                        .startsWith(QStringLiteral("Offline")));
    }

    void signsOutFromTheKeyboard()
    {
        QSignalSpy signOut(m_window.get(), &ui::AdminWindow::signOutRequested);
        QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(signOut.size(), 1);
    }
};

QTEST_MAIN(TestAdminWindow)
#include "tst_admin_window.moc"
