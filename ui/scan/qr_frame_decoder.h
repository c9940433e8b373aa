#pragma once

#include "core/time/clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QVideoFrame>

#include <chrono>
#include <variant>

namespace baartal::ui {

// Decodes the QR codes in a stream of frames on a worker thread of its own (QrFrameReader), and reports
// each code read on the GUI thread. A camera gives 30 frames a second and a decode can take longer than
// one, so it is throttled: at most one frame is decoded at a time, a newer frame replaces the one
// waiting (only the latest picture matters), and decodes start at least minimumInterval() apart.
// A text is not reported again until it has been out of sight for repeatWindow(): a code held in front
// of the camera is read once, and read again once it has been away for that long.
class QrFrameDecoder final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultMinimumInterval{100};
    static constexpr std::chrono::milliseconds kDefaultRepeatWindow{3000};

    explicit QrFrameDecoder(QObject* parent = nullptr);
    // `clock` times the repeat window and must outlive the decoder.
    explicit QrFrameDecoder(const core::Clock& clock, QObject* parent = nullptr);
    ~QrFrameDecoder() override;
    Q_DISABLE_COPY_MOVE(QrFrameDecoder)

    std::chrono::milliseconds minimumInterval() const { return m_minimumInterval; }
    void setMinimumInterval(std::chrono::milliseconds interval) { m_minimumInterval = interval; }
    std::chrono::milliseconds repeatWindow() const { return m_repeatWindow; }
    void setRepeatWindow(std::chrono::milliseconds window) { m_repeatWindow = window; }

    // Frames handed over and not decoded because a newer one replaced them while they waited.
    qint64 framesDropped() const { return m_dropped; }
    // True while a frame is being decoded or waits for its turn.
    bool busy() const { return m_inFlight || m_waiting.index() != 0; }

public Q_SLOTS:
    // A camera frame (QVideoSink::videoFrameChanged).
    void submitFrame(const QVideoFrame& frame);
    // A picture from anywhere else (a test, ImageFrameSource): the same queue and worker as camera frames.
    void submitImage(const QImage& image);

Q_SIGNALS:
    // A code newly in sight, on the GUI thread.
    void codeRead(const QString& text);
    // Every decode finished, with its text (empty: no code) and how long it took on the worker.
    void frameDecoded(const QString& text, std::chrono::microseconds took);

private:
    using Frame = std::variant<std::monostate, QVideoFrame, QImage>;

    void submit(Frame frame);
    void startDecoding(Frame frame);
    void finished(const QString& text, std::chrono::microseconds took);
    void startWaitingFrame();
    bool isRepeat(const QString& text, const QDateTime& now);

    core::SystemClock m_systemClock;
    const core::Clock& m_clock;
    std::chrono::milliseconds m_minimumInterval = kDefaultMinimumInterval;
    std::chrono::milliseconds m_repeatWindow = kDefaultRepeatWindow;

    QThread m_thread;
    QObject* m_worker; // lives in m_thread: the context the decodes run in
    QTimer m_intervalTimer;
    QElapsedTimer m_sinceLastStart;
    bool m_inFlight = false;
    Frame m_waiting;
    qint64 m_dropped = 0;
    QHash<QString, QDateTime> m_lastSeen;
};

} // namespace baartal::ui
