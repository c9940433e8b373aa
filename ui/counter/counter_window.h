#pragma once

#include "sync/client/auth_session.h"

#include <QMainWindow>

namespace baartal::ui {

class CounterScreen;

// The POS main window while a merchant is signed in: the counter screen and a status bar that says
// who is signed in to which server.
class CounterWindow final : public QMainWindow {
    Q_OBJECT

public:
    CounterWindow(CounterScreen* screen, const sync::AuthSession& session, const QString& server,
                  QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CounterWindow)

    CounterScreen* screen() const { return m_screen; }

private:
    CounterScreen* m_screen;
};

} // namespace baartal::ui
