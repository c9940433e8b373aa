#include "ui/scan/image_frame_source.h"

#include <algorithm>

namespace baartal::ui {

ImageFrameSource::ImageFrameSource(QObject* parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_image.isNull()) {
            Q_EMIT frameReady(m_image);
        }
    });
}

void ImageFrameSource::start(int framesPerSecond)
{
    m_timer.start(1000 / std::max(1, framesPerSecond));
}

void ImageFrameSource::stop()
{
    m_timer.stop();
}

} // namespace baartal::ui
