#pragma once

#include "core/result/result.h"
#include "sync/client/ledger_check.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace baartal::sync {
class ApiClient;
}

namespace baartal::ui {

// Runs the server's ledger check on demand and shows the verdict: balanced, with how much was
// checked, or each discrepancy the server found.
class LedgerCheckTab final : public QWidget {
    Q_OBJECT

public:
    explicit LedgerCheckTab(sync::ApiClient& api, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(LedgerCheckTab)

public Q_SLOTS:
    void run();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class State { Idle, Running, Done, Failed };

    void retranslate();
    void render();
    void onChecked(const core::Result<sync::LedgerCheck>& answer);

    sync::ApiClient& m_api;
    QPushButton* m_run;
    QLabel* m_result;
    QListWidget* m_violations;
    State m_state = State::Idle;
    core::Error m_error;
    std::optional<sync::LedgerCheck> m_check;
};

} // namespace baartal::ui
