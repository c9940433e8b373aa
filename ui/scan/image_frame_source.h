#pragma once

#include <QImage>
#include <QObject>
#include <QTimer>

namespace baartal::ui {

// A stand-in camera: hands the same picture on at a steady frame rate, the way a webcam hands on
// frames, so the scanning pipeline can run where there is no camera (benchmarks, screenshots, tests).
class ImageFrameSource final : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultFramesPerSecond = 30;

    explicit ImageFrameSource(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ImageFrameSource)

    const QImage& image() const { return m_image; }
    void setImage(const QImage& image) { m_image = image; }
    bool isActive() const { return m_timer.isActive(); }

public Q_SLOTS:
    void start(int framesPerSecond = kDefaultFramesPerSecond);
    void stop();

Q_SIGNALS:
    void frameReady(const QImage& frame);

private:
    QImage m_image;
    QTimer m_timer;
};

} // namespace baartal::ui
