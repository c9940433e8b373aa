#pragma once

#include "sync/client/sync_state.h"

#include <QWidget>

class QLabel;

namespace baartal::ui {

// The counter's sync at a glance, for the window's status bar: online or offline, how many sales wait
// for the server, when it last answered; during an outage a banner that says trading continues, and when
// the server refuses the counter as a whole (a revoked device…) what stopped it and what to do.
class SyncStatusWidget final : public QWidget {
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

    const sync::SyncState& state() const { return m_state; }

public Q_SLOTS:
    void setState(const baartal::sync::SyncState& state);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Renders m_state in the current language.
    void retranslate();
    static QString blockedReason(const core::Error& error);
    static QString timeText(const QDateTime& time);

    sync::SyncState m_state;
    QLabel* m_connection;
    QLabel* m_queued;
    QLabel* m_lastSync;
    QLabel* m_banner;
};

} // namespace baartal::ui
