#pragma once

#include "core/money/coins.h"
#include "core/result/result.h"
#include "sync/client/admin_customer.h"
#include "sync/client/wallet_adjustment.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSpinBox;

namespace baartal::sync {
class ApiClient;
}

namespace baartal::ui {

class PasswordDialog;

// Issues or withdraws a customer's coins by hand: find the customer by phone, coins (negative to
// withdraw), a reason (required; it goes into the ledger and the audit log), then the admin's own
// password again, which the server checks. Adjustments of kLargeAdjustment coins or more either way
// are confirmed first. The new balance is shown once the server has recorded it.
class WalletAdjustmentTab final : public QWidget {
    Q_OBJECT

public:
    static constexpr qint64 kLargeAdjustment = 1'000;
    static constexpr int kMaxCoins = 10'000'000; // the server's own bound

    explicit WalletAdjustmentTab(sync::ApiClient& api, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(WalletAdjustmentTab)

public Q_SLOTS:
    void findCustomer();
    // Checks the form, confirms a large amount, then asks for the password.
    void adjust();

Q_SIGNALS:
    void adjusted(const baartal::sync::WalletAdjustment& adjustment);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class State { Idle, Finding, Found, Adjusting };
    // Problem: the server's (or the network's) refusal in m_error; Need*: what the form lacks.
    enum class Outcome { None, Problem, NeedPhone, NeedCustomer, NeedCoins, NeedReason, Adjusted };

    void retranslate();
    void render();
    void onFound(const core::Result<sync::AdminCustomer>& answer);
    void askPassword();
    void send(const QString& password);
    void onAdjusted(const core::Result<sync::WalletAdjustment>& answer);
    void showOutcome(Outcome outcome);

    sync::ApiClient& m_api;
    QLabel* m_phoneLabel;
    QLineEdit* m_phone;
    QPushButton* m_find;
    QLabel* m_customer;
    QLabel* m_coinsLabel;
    QSpinBox* m_coins;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QPushButton* m_adjust;
    QLabel* m_status;
    QPointer<QMessageBox> m_confirmation;
    QPointer<PasswordDialog> m_passwordDialog;
    State m_state = State::Idle;
    Outcome m_outcome = Outcome::None;
    core::Error m_error;
    std::optional<sync::AdminCustomer> m_found;
    std::optional<sync::WalletAdjustment> m_last;
};

} // namespace baartal::ui
