#include "ui/scan/qr_frame_decoder.h"

#include "ui/scan/qr_frame_reader.h"

#include <type_traits>
#include <utility>

namespace baartal::ui {

QrFrameDecoder::QrFrameDecoder(QObject* parent)
    : QrFrameDecoder(m_systemClock, parent)
{
}

QrFrameDecoder::QrFrameDecoder(const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("QrFrameDecoder"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_intervalTimer.setSingleShot(true);
    connect(&m_intervalTimer, &QTimer::timeout, this, &QrFrameDecoder::startWaitingFrame);
    m_thread.start();
}

QrFrameDecoder::~QrFrameDecoder()
{
    // A decode under way finishes first; its answer, posted to this object, is dropped with it.
    m_thread.quit();
    m_thread.wait();
}

void QrFrameDecoder::submitFrame(const QVideoFrame& frame)
{
    if (frame.isValid()) {
        submit(frame);
    }
}

void QrFrameDecoder::submitImage(const QImage& image)
{
    if (!image.isNull()) {
        submit(image);
    }
}

void QrFrameDecoder::submit(Frame frame)
{
    if (m_inFlight || m_intervalTimer.isActive()) {
        if (m_waiting.index() != 0) {
            ++m_dropped;
        }
        m_waiting = std::move(frame);
        return;
    }
    const auto sinceLast =
        std::chrono::milliseconds(m_sinceLastStart.isValid() ? m_sinceLastStart.elapsed() : 0);
    if (m_sinceLastStart.isValid() && sinceLast < m_minimumInterval) {
        m_waiting = std::move(frame);
        m_intervalTimer.start(m_minimumInterval - sinceLast);
        return;
    }
    startDecoding(std::move(frame));
}

void QrFrameDecoder::startDecoding(Frame frame)
{
    m_inFlight = true;
    m_sinceLastStart.start();
    QMetaObject::invokeMethod(m_worker, [this, frame = std::move(frame)] {
        QElapsedTimer timer;
        timer.start();
        const QString text = std::visit(
            [](const auto& picture) {
                if constexpr (std::is_same_v<std::decay_t<decltype(picture)>, std::monostate>) {
                    return QString();
                } else {
                    return QrFrameReader::read(picture);
                }
            },
            frame);
        const std::chrono::microseconds took(timer.nsecsElapsed() / 1000);
        QMetaObject::invokeMethod(
            this, [this, text, took] { finished(text, took); }, Qt::QueuedConnection);
    });
}

void QrFrameDecoder::finished(const QString& text, std::chrono::microseconds took)
{
    m_inFlight = false;
    Q_EMIT frameDecoded(text, took);
    if (!text.isEmpty() && !isRepeat(text, m_clock.now())) {
        Q_EMIT codeRead(text);
    }
    if (m_waiting.index() != 0) {
        const auto sinceLast = std::chrono::milliseconds(m_sinceLastStart.elapsed());
        if (sinceLast >= m_minimumInterval) {
            startWaitingFrame();
        } else {
            m_intervalTimer.start(m_minimumInterval - sinceLast);
        }
    }
}

void QrFrameDecoder::startWaitingFrame()
{
    if (m_inFlight || m_waiting.index() == 0) {
        return;
    }
    startDecoding(std::exchange(m_waiting, Frame()));
}

bool QrFrameDecoder::isRepeat(const QString& text, const QDateTime& now)
{
    const qint64 window = m_repeatWindow.count();
    // Forget what has been out of sight for longer than the window, so the table stays small.
    for (auto it = m_lastSeen.begin(); it != m_lastSeen.end();) {
        it = it.value().msecsTo(now) > window ? m_lastSeen.erase(it) : std::next(it);
    }
    const bool repeat = m_lastSeen.contains(text);
    m_lastSeen.insert(text, now);
    return repeat;
}

} // namespace baartal::ui
