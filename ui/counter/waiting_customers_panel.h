#pragma once

#include "core/result/error.h"
#include "sync/client/pending_checkin.h"
#include "sync/client/pending_spend_request.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QTimer;

namespace baartal::sync {
class ApiClient;
}

namespace baartal::ui {

// The customers waiting at the shop, from the server: check-ins (GET /api/v1/merchant/checkins) and
// requests to spend coins (GET /api/v1/merchant/spend-requests). Refreshed every 10 s while shown and
// on F5, never blocking; offline it says the list is unavailable. In the list, Enter serves the chosen
// customer (the counter screen starts the sale) and Delete declines a spend request.
class WaitingCustomersPanel final : public QWidget {
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 10'000;

    explicit WaitingCustomersPanel(sync::ApiClient& api, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(WaitingCustomersPanel)

    const QList<sync::PendingCheckin>& checkins() const { return m_checkins; }
    const QList<sync::PendingSpendRequest>& spendRequests() const { return m_spendRequests; }

public Q_SLOTS:
    // Asks the server again, unless an answer is still awaited.
    void refresh();
    void focusList();

Q_SIGNALS:
    void checkinChosen(const baartal::sync::PendingCheckin& checkin);
    void spendRequestChosen(const baartal::sync::PendingSpendRequest& request);
    // Both lists were answered (or failed) and shown.
    void refreshed();
    // Whether the last refresh reached the server (an answer, even a refusal) or met an outage.
    void serverReached(bool reached);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // What the status line says besides the lists, kept as state so it follows a change of language.
    enum class Note { None, Declined, DeclineFailed };

    void onAnswered(const std::optional<core::Error>& failure);
    void chooseCurrent();
    void declineCurrent();
    void retranslate();
    void rebuildList();

    sync::ApiClient& m_api;
    QLabel* m_title;
    QListWidget* m_list;
    QLabel* m_status;
    QTimer* m_timer;
    QList<sync::PendingCheckin> m_checkins;
    QList<sync::PendingSpendRequest> m_spendRequests;
    int m_awaiting = 0;
    bool m_answered = false;                  // a refresh has completed at least once
    std::optional<core::Error> m_failure;     // of the last refresh
    std::optional<core::Error> m_nextFailure; // collected while the two calls of a refresh run
    Note m_note = Note::None;
    QString m_noteSubject; // the customer a note is about
    std::optional<core::Error> m_noteError;
};

} // namespace baartal::ui
