#pragma once

#include "ui/scan/camera_scanner.h"
#include "ui/settings/pos_settings.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace baartal::ui {

class ImageFrameSource;
class KeyboardWedge;
class QrFrameDecoder;
class ScanFeedback;
class ScanPreview;

// The counter's scanner: the camera and resolution choosers, the live preview and a status line. Owns
// the camera, the decoder (on its worker thread) and the beep. Every code read, by the camera or by a
// USB scanner typing into the window (installWedge), comes out of codeRead().
class ScanPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ScanPanel(const PosSettings& settings, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ScanPanel)

    // Reports the codes a USB scanner types into `window` (see KeyboardWedge) through codeRead(). The
    // wedge belongs to `window`.
    KeyboardWedge* installWedge(QWidget* window);
    // Feeds `image` into the pipeline at `framesPerSecond` instead of the camera (stopped first), the
    // way camera frames go: for screenshots, demos and benchmarks. stop() ends it.
    void showImageSource(const QImage& image, int framesPerSecond = 30);

    bool isRunning() const;
    CameraScanner::State cameraState() const { return m_camera->state(); }

public Q_SLOTS:
    // Starts the chosen camera (PosSettings::cameraId, else the default one).
    void start();
    void stop();
    void toggle();
    void setSoundsEnabled(bool enabled);

Q_SIGNALS:
    // A code read by the camera (once while it stays in sight) or typed by a USB scanner.
    void codeRead(const QString& code);
    // The cashier picked a camera or a resolution: for PosSettings::cameraId and cameraResolution.
    void cameraChosen(const QByteArray& cameraId, QSize resolution);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void renderStatus();
    void fillCameras();
    void fillResolutions();
    void chooseCamera(int index);
    void chooseResolution(int index);
    void cameraStateChanged(CameraScanner::State state);
    void onCodeRead(const QString& code);

    QByteArray m_cameraId;
    QSize m_resolution;
    bool m_imageSourceShown = false;

    CameraScanner* m_camera;
    QrFrameDecoder* m_decoder;
    ScanFeedback* m_feedback;
    ImageFrameSource* m_imageSource;
    QLabel* m_cameraLabel;
    QComboBox* m_cameraBox;
    QLabel* m_resolutionLabel;
    QComboBox* m_resolutionBox;
    QPushButton* m_toggle;
    ScanPreview* m_preview;
    QLabel* m_status;
};

} // namespace baartal::ui
