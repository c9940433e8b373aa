#include "ui/scan/camera_scanner.h"

#include "ui/ui_log.h"

#include <QCamera>
#include <QMediaDevices>

#include <algorithm>
#include <cstdlib>

namespace baartal::ui {

CameraScanner::CameraScanner(QObject* parent)
    : QObject(parent)
    , m_devices(new QMediaDevices(this))
{
    m_session.setVideoSink(&m_sink);
    // The sink may emit on a streaming thread of the media backend; the connection queues it to ours.
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, &CameraScanner::onFrame);
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, &CameraScanner::camerasChanged);
}

CameraScanner::~CameraScanner()
{
    // Its owner may be half destroyed by now: tell it nothing.
    blockSignals(true);
    stop();
}

QList<QCameraDevice> CameraScanner::cameras()
{
    return QMediaDevices::videoInputs();
}

QCameraDevice CameraScanner::cameraFor(const QByteArray& id)
{
    if (!id.isEmpty()) {
        for (const QCameraDevice& camera : cameras()) {
            if (camera.id() == id) {
                return camera;
            }
        }
    }
    return QMediaDevices::defaultVideoInput();
}

qsizetype CameraScanner::closestSize(const QList<QSize>& sizes, QSize wanted)
{
    const auto distance = [wanted](QSize size) {
        return std::pair(
            std::llabs(qint64(size.width()) * size.height() - qint64(wanted.width()) * wanted.height()),
            std::abs(size.width() - wanted.width()));
    };
    const auto best = std::min_element(sizes.cbegin(), sizes.cend(),
                                       [&](QSize a, QSize b) { return distance(a) < distance(b); });
    return best == sizes.cend() ? -1 : best - sizes.cbegin();
}

QCameraFormat CameraScanner::closestFormat(const QCameraDevice& device, QSize wanted)
{
    const QList<QCameraFormat> formats = device.videoFormats();
    if (!wanted.isValid() || formats.isEmpty()) {
        return {};
    }
    QList<QSize> sizes;
    for (const QCameraFormat& format : formats) {
        sizes.append(format.resolution());
    }
    const QSize size = sizes.at(closestSize(sizes, wanted));
    // JPEG frames must be decompressed before the decoder sees luminance; raw ones need not be.
    const auto rank = [](const QCameraFormat& format) {
        return std::pair(format.pixelFormat() != QVideoFrameFormat::Format_Jpeg, format.maxFrameRate());
    };
    QCameraFormat best;
    for (const QCameraFormat& format : formats) {
        if (format.resolution() == size && (best.isNull() || rank(best) < rank(format))) {
            best = format;
        }
    }
    return best;
}

QList<QSize> CameraScanner::resolutions(const QCameraDevice& device)
{
    QList<QSize> sizes;
    for (const QCameraFormat& format : device.videoFormats()) {
        if (!sizes.contains(format.resolution())) {
            sizes.append(format.resolution());
        }
    }
    std::sort(sizes.begin(), sizes.end(), [](QSize a, QSize b) {
        return std::pair(a.width() * a.height(), a.width()) > std::pair(b.width() * b.height(), b.width());
    });
    return sizes;
}

void CameraScanner::start(const QByteArray& cameraId, QSize resolution)
{
    stop();
    m_errorText.clear();
    m_device = cameraFor(cameraId);
    if (m_device.isNull()) {
        qCInfo(lcUi) << "no camera to scan with";
        setState(State::NoCamera);
        return;
    }
    m_format = closestFormat(m_device, resolution);
    m_camera = new QCamera(m_device, this);
    if (!m_format.isNull()) {
        m_camera->setCameraFormat(m_format);
    }
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error, const QString& text) {
        qCWarning(lcUi) << "camera" << m_device.description() << "failed:" << text;
        m_errorText = text;
        setState(State::Failed);
    });
    m_session.setCamera(m_camera);
    setState(State::Starting);
    m_camera->start();
}

void CameraScanner::stop()
{
    if (m_camera) {
        m_camera->stop();
        m_session.setCamera(nullptr);
        delete m_camera;
        m_camera = nullptr;
    }
    if (m_state != State::NoCamera) {
        setState(State::Stopped);
    }
}

void CameraScanner::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void CameraScanner::onFrame(const QVideoFrame& frame)
{
    // A frame queued before stop() arrives after it: it no longer belongs to a running camera.
    if (!m_camera || !frame.isValid()) {
        return;
    }
    if (m_state == State::Starting) {
        setState(State::Active);
    }
    Q_EMIT frameArrived(frame);
}

} // namespace baartal::ui
