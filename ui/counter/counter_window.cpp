#include "ui/counter/counter_window.h"

#include "ui/counter/counter_screen.h"

#include <QLabel>
#include <QStatusBar>

namespace baartal::ui {

CounterWindow::CounterWindow(CounterScreen* screen, const sync::AuthSession& session, const QString& server,
                             QWidget* parent)
    : QMainWindow(parent)
    , m_screen(screen)
{
    setWindowTitle(tr("Baartal counter"));
    setCentralWidget(m_screen);
    auto* who = new QLabel(tr("Signed in as %1 at %2").arg(session.emailOrPhone, server), this);
    who->setObjectName(QStringLiteral("signedInAs"));
    statusBar()->addPermanentWidget(who);
    resize(720, 560);
}

} // namespace baartal::ui
