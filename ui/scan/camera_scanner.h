#pragma once

#include <QByteArray>
#include <QCameraDevice>
#include <QCameraFormat>
#include <QList>
#include <QMediaCaptureSession>
#include <QObject>
#include <QSize>
#include <QString>
#include <QVideoFrame>
#include <QVideoSink>

class QCamera;
class QMediaDevices;

namespace baartal::ui {

// The counter's webcam (QtMultimedia): picks the camera and capture format, runs it, and hands every
// frame on (frameArrived: to the decoder and the preview). Where there is no camera, or it fails, it
// says so in its state and errorText() and carries on: nothing blocks and nothing throws.
class CameraScanner final : public QObject {
    Q_OBJECT

public:
    enum class State {
        Stopped,  // not started, or stopped
        Starting, // asked to start, no frame yet
        Active,   // frames are coming
        NoCamera, // the system has no camera at all
        Failed,   // the camera refused: errorText() says why
    };
    Q_ENUM(State)

    explicit CameraScanner(QObject* parent = nullptr);
    ~CameraScanner() override;
    Q_DISABLE_COPY_MOVE(CameraScanner)

    static QList<QCameraDevice> cameras();
    // The camera whose id() is `id`; else the system's default camera (null when there is none).
    static QCameraDevice cameraFor(const QByteArray& id);
    // The index of the size closest to `wanted`: the same size, else the one nearest in pixel count
    // and then in width. -1 for an empty list.
    static qsizetype closestSize(const QList<QSize>& sizes, QSize wanted);
    // The device's format of the size closestSize() picks, of a pixel format read without conversion
    // and the highest frame rate; a null format when `wanted` is invalid (the camera's own choice).
    static QCameraFormat closestFormat(const QCameraDevice& device, QSize wanted);
    // The capture sizes the device offers, largest first, each once.
    static QList<QSize> resolutions(const QCameraDevice& device);

    State state() const { return m_state; }
    QString errorText() const { return m_errorText; }
    // The camera in use (null before start() or without a camera) and its format.
    QCameraDevice device() const { return m_device; }
    QCameraFormat format() const { return m_format; }

public Q_SLOTS:
    // Starts the camera `cameraId` (the default one when empty or unplugged) at the format closest to
    // `resolution` (the camera's own choice when invalid); a running camera is stopped first.
    void start(const QByteArray& cameraId, QSize resolution);
    void stop();

Q_SIGNALS:
    void stateChanged(baartal::ui::CameraScanner::State state);
    void frameArrived(const QVideoFrame& frame);
    // Cameras were plugged in or out.
    void camerasChanged();

private:
    void setState(State state);
    void onFrame(const QVideoFrame& frame);

    QMediaDevices* m_devices;
    QMediaCaptureSession m_session;
    QVideoSink m_sink;
    QCamera* m_camera = nullptr;
    QCameraDevice m_device;
    QCameraFormat m_format;
    State m_state = State::Stopped;
    QString m_errorText;
};

} // namespace baartal::ui
