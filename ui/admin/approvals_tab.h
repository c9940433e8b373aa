#pragma once

#include "core/result/result.h"
#include "sync/client/admin_approval.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace baartal::sync {
class ApiClient;
}

namespace baartal::ui {

// The queue of shops awaiting approval: a list (pending first, or any status chosen), the chosen
// shop's details, a note, and Approve / Reject. Keyboard: Enter on the list opens the shop (focus
// to the note), Ctrl+Enter approves, Ctrl+Shift+Enter rejects, F5 reloads.
class ApprovalsTab final : public QWidget {
    Q_OBJECT

public:
    explicit ApprovalsTab(sync::ApiClient& api, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ApprovalsTab)

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // A decision was accepted by the server.
    void decided(const baartal::sync::AdminApproval& approval);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class State { Loading, Loaded, Failed, Deciding };

    void retranslate();
    void render();
    void renderDetails();
    void onLoaded(const core::Result<QList<sync::AdminApproval>>& answer);
    void decide(bool approve);
    void onDecided(const core::Result<sync::AdminApproval>& answer, bool approve);
    const sync::AdminApproval* current() const;
    QString statusFilter() const;

    sync::ApiClient& m_api;
    QComboBox* m_filter;
    QListWidget* m_list;
    QLabel* m_details;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_reload;
    QLabel* m_status;
    QLabel* m_filterLabel;
    QList<sync::AdminApproval> m_approvals;
    State m_state = State::Loading;
    core::Error m_error;
    // What the last decision was, to say it again after a language change.
    std::optional<sync::AdminApproval> m_lastDecision;
    // Answers to an older reload are dropped: only the latest request may fill the queue.
    quint64 m_request = 0;
};

} // namespace baartal::ui
