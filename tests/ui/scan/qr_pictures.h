#pragma once

#include <QColor>
#include <QImage>
#include <QPoint>
#include <QSize>
#include <QString>
#include <QVideoFrame>

namespace baartal::testsupport {

// Pictures of QR codes as a counter webcam might see them, drawn from core::QrCode's modules, and the
// texts customers' phones show: signed identity and spend tokens of the real format.
class QrPictures {
public:
    QrPictures() = delete;

    // A customer identity token and a spend token, signed with a fixed key (the same text every run).
    static QString identityToken();
    static QString spendToken();

    // The code with its quiet zone, `moduleSize` pixels a module, dark on light, 8-bit grey.
    static QImage code(const QString& text, int moduleSize = 6, int dark = 0, int light = 255);
    // Turned by `degrees` about its centre, the corners filled with `background`.
    static QImage rotated(const QImage& picture, double degrees, int background = 255);
    // Softened as an out-of-focus lens would: three box blurs of `radius`, close to a Gaussian.
    static QImage blurred(const QImage& picture, int radius);
    // A frame of `size` of grey noise (seeded: the same every run) with `picture` at `at`.
    static QImage noisyFrame(QSize size, quint32 seed, const QImage& picture = {}, QPoint at = {});
    // The grey picture as a camera frame of `format`: YUV with neutral chroma, or RGB.
    static QVideoFrame videoFrame(const QImage& picture, QVideoFrameFormat::PixelFormat format);
};

} // namespace baartal::testsupport
