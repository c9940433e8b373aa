#pragma once

#include "core/time/clock.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

class QKeyEvent;
class QWidget;

namespace baartal::ui {

// Tells a USB barcode scanner from a person where both type into the same window. A scanner "types"
// its code as a burst of keystrokes far faster than anyone types, ending in Enter; that burst is
// reported as codeScanned() and never reaches the focused field. Anything else reaches it unchanged.
//
// Printable keys are held back while they come faster than maximumGap() apart: on Enter after at least
// minimumLength() characters they are a scan; on a slower key, any other key (arrows, F-keys, a
// shortcut), or when no key follows within the gap, they are delivered to the widget they were
// typed into, in order. A person's keys thus arrive at most one gap late, which nobody notices.
//
// Gaps are measured with the key events' own timestamps (when the keyboard produced them, so keys a
// busy GUI thread delivers late do not look like a burst); events without one are timed by the clock.
class KeyboardWedge final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultMaximumGap{50};
    static constexpr int kDefaultMinimumLength = 6;

    // Watches the key events of `window` and its children; `window` becomes its parent.
    explicit KeyboardWedge(QWidget* window);
    // `clock` must outlive the wedge.
    KeyboardWedge(QWidget* window, const core::Clock& clock);
    ~KeyboardWedge() override;
    Q_DISABLE_COPY_MOVE(KeyboardWedge)

    std::chrono::milliseconds maximumGap() const { return m_maximumGap; }
    void setMaximumGap(std::chrono::milliseconds gap);
    int minimumLength() const { return m_minimumLength; }
    void setMinimumLength(int length) { m_minimumLength = length; }

Q_SIGNALS:
    // The scanned text without control characters.
    void codeScanned(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HeldKey {
        QPointer<QWidget> target;
        int key = 0;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };

    bool isWatchedTarget(QObject* receiver) const;
    qint64 timeOf(const QKeyEvent& event) const;
    static bool isHoldable(const QKeyEvent& event);
    static bool isEnter(const QKeyEvent& event);
    QString heldText() const;
    void deliverHeld();

    core::SystemClock m_systemClock;
    const core::Clock& m_clock;
    QWidget* m_window;
    std::chrono::milliseconds m_maximumGap = kDefaultMaximumGap;
    int m_minimumLength = kDefaultMinimumLength;
    QList<HeldKey> m_held;
    qint64 m_lastKeyTime = 0;
    QTimer m_gapTimer;
    bool m_delivering = false;
};

} // namespace baartal::ui
