#include "ui/scan/scan_panel.h"

#include "ui/scan/image_frame_source.h"
#include "ui/scan/keyboard_wedge.h"
#include "ui/scan/qr_frame_decoder.h"
#include "ui/scan/scan_feedback.h"
#include "ui/scan/scan_preview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace baartal::ui {

ScanPanel::ScanPanel(const PosSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_cameraId(settings.cameraId)
    , m_resolution(settings.cameraResolution)
    , m_camera(new CameraScanner(this))
    , m_decoder(new QrFrameDecoder(this))
    , m_feedback(new ScanFeedback(settings.sounds, this))
    , m_imageSource(new ImageFrameSource(this))
    , m_cameraLabel(new QLabel(this))
    , m_cameraBox(new QComboBox(this))
    , m_resolutionLabel(new QLabel(this))
    , m_resolutionBox(new QComboBox(this))
    , m_toggle(new QPushButton(this))
    , m_preview(new ScanPreview(this))
    , m_status(new QLabel(this))
{
    m_cameraBox->setObjectName(QStringLiteral("scanCamera"));
    m_resolutionBox->setObjectName(QStringLiteral("scanResolution"));
    m_toggle->setObjectName(QStringLiteral("scanToggle"));
    m_preview->setObjectName(QStringLiteral("scanPreview"));
    m_status->setObjectName(QStringLiteral("scanStatus"));
    m_status->setWordWrap(true);
    m_cameraLabel->setBuddy(m_cameraBox);
    m_resolutionLabel->setBuddy(m_resolutionBox);
    m_cameraBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cameraBox->setMinimumContentsLength(12);

    auto* choosers = new QHBoxLayout;
    choosers->addWidget(m_cameraLabel);
    choosers->addWidget(m_cameraBox, 1);
    choosers->addWidget(m_resolutionLabel);
    choosers->addWidget(m_resolutionBox);
    choosers->addWidget(m_toggle);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choosers);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    setTabOrder(m_cameraBox, m_resolutionBox);
    setTabOrder(m_resolutionBox, m_toggle);

    connect(m_camera, &CameraScanner::frameArrived, m_decoder, &QrFrameDecoder::submitFrame);
    connect(m_camera, &CameraScanner::frameArrived, m_preview, &ScanPreview::setFrame);
    connect(m_camera, &CameraScanner::stateChanged, this, &ScanPanel::cameraStateChanged);
    connect(m_camera, &CameraScanner::camerasChanged, this, [this] {
        fillCameras();
        const CameraScanner::State state = m_camera->state();
        if (state == CameraScanner::State::NoCamera || state == CameraScanner::State::Failed) {
            start();
        }
    });
    connect(m_imageSource, &ImageFrameSource::frameReady, m_decoder, &QrFrameDecoder::submitImage);
    connect(m_imageSource, &ImageFrameSource::frameReady, m_preview, &ScanPreview::setImage);
    connect(m_decoder, &QrFrameDecoder::codeRead, this, &ScanPanel::onCodeRead);
    connect(m_cameraBox, &QComboBox::activated, this, &ScanPanel::chooseCamera);
    connect(m_resolutionBox, &QComboBox::activated, this, &ScanPanel::chooseResolution);
    connect(m_toggle, &QPushButton::clicked, this, &ScanPanel::toggle);

    fillCameras();
    m_preview->setNotice(m_cameraBox->count() == 0 ? ScanPreview::Notice::NoCamera
                                                   : ScanPreview::Notice::CameraOff);
    retranslate();
}

KeyboardWedge* ScanPanel::installWedge(QWidget* window)
{
    auto* wedge = new KeyboardWedge(window);
    connect(wedge, &KeyboardWedge::codeScanned, this, &ScanPanel::codeRead);
    return wedge;
}

void ScanPanel::showImageSource(const QImage& image, int framesPerSecond)
{
    m_imageSourceShown = true;
    m_camera->stop();
    m_preview->setNotice(ScanPreview::Notice::None);
    m_imageSource->setImage(image);
    m_imageSource->start(framesPerSecond);
    retranslate();
}

bool ScanPanel::isRunning() const
{
    const CameraScanner::State state = m_camera->state();
    return m_imageSource->isActive() || state == CameraScanner::State::Starting ||
           state == CameraScanner::State::Active;
}

void ScanPanel::start()
{
    m_imageSource->stop();
    m_imageSourceShown = false;
    m_camera->start(m_cameraId, m_resolution);
    cameraStateChanged(m_camera->state());
}

void ScanPanel::stop()
{
    m_imageSource->stop();
    m_imageSourceShown = false;
    m_camera->stop();
    m_preview->clear();
    cameraStateChanged(m_camera->state());
}

void ScanPanel::toggle()
{
    if (isRunning()) {
        stop();
    } else {
        start();
    }
}

void ScanPanel::setSoundsEnabled(bool enabled)
{
    m_feedback->setSoundsEnabled(enabled);
}

void ScanPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ScanPanel::retranslate()
{
    m_cameraLabel->setText(tr("Ca&mera:"));
    m_resolutionLabel->setText(tr("Reso&lution:"));
    if (m_resolutionBox->count() > 0) {
        m_resolutionBox->setItemText(0, tr("Camera's choice"));
    }
    m_toggle->setText(isRunning() ? tr("Stop camera") : tr("Start camera"));
    m_cameraBox->setToolTip(tr("The webcam that reads customers' QR codes"));
    renderStatus();
}

void ScanPanel::renderStatus()
{
    QString text;
    const QString camera = m_camera->device().description();
    switch (m_camera->state()) {
    case CameraScanner::State::Stopped:
        text = m_imageSourceShown ? tr("Scanning a test picture") : tr("Camera off");
        break;
    case CameraScanner::State::Starting:
        text = tr("Starting %1…").arg(camera);
        break;
    case CameraScanner::State::Active: {
        const QSize size = m_camera->format().resolution();
        text = size.isValid()
                   ? tr("Scanning with %1 at %2 × %3").arg(camera).arg(size.width()).arg(size.height())
                   : tr("Scanning with %1").arg(camera);
        break;
    }
    case CameraScanner::State::NoCamera:
        text = tr("No camera found: type the code or use a USB scanner.");
        break;
    case CameraScanner::State::Failed:
        text = tr("The camera failed: %1").arg(m_camera->errorText());
        break;
    }
    m_status->setText(text);
}

void ScanPanel::fillCameras()
{
    m_cameraBox->clear();
    const QCameraDevice chosen = CameraScanner::cameraFor(m_cameraId);
    for (const QCameraDevice& camera : CameraScanner::cameras()) {
        m_cameraBox->addItem(camera.description(), camera.id());
        if (camera == chosen) {
            m_cameraBox->setCurrentIndex(m_cameraBox->count() - 1);
        }
    }
    m_cameraBox->setEnabled(m_cameraBox->count() > 0);
    fillResolutions();
}

void ScanPanel::fillResolutions()
{
    m_resolutionBox->clear();
    const QCameraDevice camera = CameraScanner::cameraFor(m_cameraBox->currentData().toByteArray());
    m_resolutionBox->setEnabled(!camera.isNull());
    if (camera.isNull()) {
        return;
    }
    m_resolutionBox->addItem(tr("Camera's choice"), QSize());
    const QList<QSize> sizes = CameraScanner::resolutions(camera);
    for (const QSize size : sizes) {
        m_resolutionBox->addItem(QStringLiteral("%1 × %2").arg(size.width()).arg(size.height()), size);
    }
    if (m_resolution.isValid() && !sizes.isEmpty()) {
        // The remembered size or, on another camera, the nearest it has; item 0 is the camera's choice.
        m_resolutionBox->setCurrentIndex(int(CameraScanner::closestSize(sizes, m_resolution)) + 1);
    }
}

void ScanPanel::chooseCamera(int index)
{
    m_cameraId = m_cameraBox->itemData(index).toByteArray();
    fillResolutions();
    m_resolution = m_resolutionBox->currentData().toSize();
    Q_EMIT cameraChosen(m_cameraId, m_resolution);
    if (isRunning()) {
        start();
    }
}

void ScanPanel::chooseResolution(int index)
{
    m_resolution = m_resolutionBox->itemData(index).toSize();
    Q_EMIT cameraChosen(m_cameraId, m_resolution);
    if (isRunning()) {
        start();
    }
}

void ScanPanel::cameraStateChanged(CameraScanner::State state)
{
    switch (state) {
    case CameraScanner::State::NoCamera:
        m_preview->clear();
        m_preview->setNotice(ScanPreview::Notice::NoCamera);
        break;
    case CameraScanner::State::Stopped:
    case CameraScanner::State::Failed:
        if (!m_imageSourceShown) {
            m_preview->clear();
            m_preview->setNotice(ScanPreview::Notice::CameraOff);
        }
        break;
    case CameraScanner::State::Starting:
    case CameraScanner::State::Active:
        m_preview->setNotice(ScanPreview::Notice::None);
        break;
    }
    retranslate();
}

void ScanPanel::onCodeRead(const QString& code)
{
    m_feedback->goodRead();
    m_preview->flash();
    Q_EMIT codeRead(code);
}

} // namespace baartal::ui
