#pragma once

#include <QImage>
#include <QString>
#include <QVideoFrame>

namespace baartal::ui {

// Reads the QR code in one picture with ZXing-C++, synchronously: what QrFrameDecoder runs on its worker
// thread, and what bench_qr_decode times. Hints for a counter webcam: QR only, tried rotated, harder
// and downscaled, so a tilted phone, a blurred frame or a dim screen still reads.
//
// A camera frame is read from its mapped memory as 8-bit luminance without conversion: the Y plane
// of planar and semi-planar YUV, every second byte of packed YUV, the high byte of 16-bit luminance,
// and RGB for ZXing to weigh itself. Only what has no luminance in memory (JPEG, GPU textures,
// 10-bit planar) goes through QVideoFrame::toImage().
class QrFrameReader {
public:
    QrFrameReader() = delete;

    // The text of the QR code in the frame; empty when there is none.
    static QString read(const QVideoFrame& frame);
    static QString read(const QImage& image);
};

} // namespace baartal::ui
