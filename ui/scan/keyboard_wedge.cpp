#include "ui/scan/keyboard_wedge.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

#include <utility>

namespace baartal::ui {

KeyboardWedge::KeyboardWedge(QWidget* window)
    : KeyboardWedge(window, m_systemClock)
{
}

KeyboardWedge::KeyboardWedge(QWidget* window, const core::Clock& clock)
    : QObject(window)
    , m_clock(clock)
    , m_window(window)
{
    m_gapTimer.setSingleShot(true);
    m_gapTimer.setInterval(m_maximumGap);
    connect(&m_gapTimer, &QTimer::timeout, this, &KeyboardWedge::deliverHeld);
    // Keys go to the focused widget, not to the window: only the application sees them all.
    qApp->installEventFilter(this);
}

KeyboardWedge::~KeyboardWedge()
{
    qApp->removeEventFilter(this);
}

void KeyboardWedge::setMaximumGap(std::chrono::milliseconds gap)
{
    m_maximumGap = gap;
    m_gapTimer.setInterval(gap);
}

bool KeyboardWedge::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || m_delivering || !isWatchedTarget(watched)) {
        return false;
    }
    const auto& key = static_cast<const QKeyEvent&>(*event);
    const qint64 now = timeOf(key);
    const bool inBurst = !m_held.isEmpty() && now - m_lastKeyTime <= m_maximumGap.count();

    if (isEnter(key) && inBurst && heldText().size() >= m_minimumLength) {
        const QString code = heldText();
        m_held.clear();
        m_gapTimer.stop();
        Q_EMIT codeScanned(code);
        return true;
    }
    if (!inBurst) {
        deliverHeld();
    }
    // A burst may carry control characters (a scanner's prefix or group separator), but only a printable
    // key starts one: a person's lone Backspace or Tab is never held.
    const bool printable = isHoldable(key) && key.text().front().category() != QChar::Other_Control;
    if (isHoldable(key) && (printable || !m_held.isEmpty())) {
        m_held.append(HeldKey{static_cast<QWidget*>(watched), key.key(), key.modifiers(), key.text()});
        m_lastKeyTime = now;
        m_gapTimer.start();
        return true;
    }
    deliverHeld();
    return false;
}

bool KeyboardWedge::isWatchedTarget(QObject* receiver) const
{
    if (!receiver->isWidgetType()) {
        return false;
    }
    auto* widget = static_cast<QWidget*>(receiver);
    if (widget->window() != m_window) {
        return false;
    }
    // An event the focused widget ignores travels on to its parents: see it once, at the first stop.
    QWidget* focus = m_window->focusWidget();
    return widget == (focus ? focus : m_window);
}

qint64 KeyboardWedge::timeOf(const QKeyEvent& event) const
{
    return event.timestamp() != 0 ? qint64(event.timestamp()) : m_clock.now().toMSecsSinceEpoch();
}

bool KeyboardWedge::isHoldable(const QKeyEvent& event)
{
    const Qt::KeyboardModifiers typing = Qt::ShiftModifier | Qt::KeypadModifier;
    return !event.isAutoRepeat() && !event.text().isEmpty() && (event.modifiers() & ~typing) == 0 &&
           !isEnter(event);
}

bool KeyboardWedge::isEnter(const QKeyEvent& event)
{
    return event.key() == Qt::Key_Return || event.key() == Qt::Key_Enter;
}

QString KeyboardWedge::heldText() const
{
    QString text;
    for (const HeldKey& key : m_held) {
        for (const QChar ch : key.text) {
            if (ch.category() != QChar::Other_Control) {
                text.append(ch);
            }
        }
    }
    return text;
}

void KeyboardWedge::deliverHeld()
{
    m_gapTimer.stop();
    const QList<HeldKey> held = std::exchange(m_held, {});
    m_delivering = true;
    for (const HeldKey& key : held) {
        QWidget* target = key.target ? key.target.data() : m_window->focusWidget();
        if (!target) {
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, key.key, key.modifiers, key.text);
        QApplication::sendEvent(target, &press);
    }
    m_delivering = false;
}

} // namespace baartal::ui
