#include "ui/scan/scan_preview.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace baartal::ui {

namespace {

constexpr int kFlashBorder = 8;
const QColor kBackground(0x20, 0x20, 0x20);
const QColor kFlash(0x00, 0xc8, 0x53);

} // namespace

ScanPreview::ScanPreview(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(160, 90);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // About 60 steps a second while the flash fades.
    m_flashTimer.setInterval(16);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        if (!isFlashing()) {
            m_flashTimer.stop();
        }
        update();
    });
    retranslate();
}

void ScanPreview::setNotice(Notice notice)
{
    m_notice = notice;
    retranslate();
    update();
}

QString ScanPreview::noticeText() const
{
    switch (m_notice) {
    case Notice::NoCamera:
        return tr("No camera: type the code or use a USB scanner");
    case Notice::CameraOff:
        return tr("Camera off");
    case Notice::None:
        break;
    }
    return {};
}

bool ScanPreview::isFlashing() const
{
    return m_flashClock.isValid() && m_flashClock.elapsed() < kFlashDuration.count();
}

void ScanPreview::setFrame(const QVideoFrame& frame)
{
    m_picture = frame;
    update();
}

void ScanPreview::setImage(const QImage& image)
{
    m_picture = image;
    update();
}

void ScanPreview::clear()
{
    m_picture = std::monostate();
    update();
}

void ScanPreview::flash()
{
    m_flashClock.start();
    m_flashTimer.start();
    update();
}

void ScanPreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), kBackground);
    if (auto* frame = std::get_if<QVideoFrame>(&m_picture)) {
        frame->paint(&painter, rect(), {kBackground, Qt::KeepAspectRatio, {}});
    } else if (const auto* image = std::get_if<QImage>(&m_picture)) {
        QRect target(QPoint(), image->size().scaled(size(), Qt::KeepAspectRatio));
        target.moveCenter(rect().center());
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, *image);
    }
    if (const QString text = noticeText(); !text.isEmpty()) {
        painter.setPen(Qt::white);
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
    if (isFlashing()) {
        const double left = 1.0 - double(m_flashClock.elapsed()) / double(kFlashDuration.count());
        QColor color = kFlash;
        color.setAlphaF(std::clamp(left, 0.0, 1.0));
        painter.setPen(QPen(color, kFlashBorder, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(kFlashBorder / 2.0, kFlashBorder / 2.0, -kFlashBorder / 2.0,
                                                 -kFlashBorder / 2.0));
    }
}

void ScanPreview::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ScanPreview::retranslate()
{
    setAccessibleName(tr("Camera preview"));
    setAccessibleDescription(noticeText());
    update();
}

} // namespace baartal::ui
