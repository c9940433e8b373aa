#include "ui/scan/qr_frame_reader.h"

#include <ZXing/ReadBarcode.h>
#include <optional>

namespace baartal::ui {

namespace {

QString readView(const ZXing::ImageView& view)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    hints.setMaxNumberOfSymbols(1);
    // The local-average binarizer copes with uneven light across a frame but takes a dim phone screen
    // (grey on grey, 40 levels apart) for a blank; the global histogram reads that one.
    for (const ZXing::Binarizer binarizer :
         {ZXing::Binarizer::LocalAverage, ZXing::Binarizer::GlobalHistogram}) {
        hints.setBinarizer(binarizer);
        if (const ZXing::Result result = ZXing::ReadBarcode(view, hints); result.isValid()) {
            return QString::fromStdWString(result.text());
        }
    }
    return {};
}

// Where the luminance of a pixel format lies in plane 0: the byte offset of the first pixel's
// luminance, the bytes from one pixel to the next, and ZXing's format for what is found there.
struct LumaLayout {
    int offset = 0;
    int pixelStride = 1;
    ZXing::ImageFormat format = ZXing::ImageFormat::Lum;
};

std::optional<LumaLayout> lumaLayout(QVideoFrameFormat::PixelFormat pixelFormat)
{
    using F = QVideoFrameFormat;
    switch (pixelFormat) {
    case F::Format_YUV420P:
    case F::Format_YUV422P:
    case F::Format_YV12:
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
    case F::Format_Y8:
        return LumaLayout{};
    case F::Format_YUYV:
        return LumaLayout{0, 2};
    case F::Format_UYVY:
        return LumaLayout{1, 2};
    case F::Format_AYUV:
    case F::Format_AYUV_Premultiplied:
        return LumaLayout{1, 4};
    // Little-endian 16-bit samples whose significant bits are the high ones: the high byte is enough.
    case F::Format_Y16:
    case F::Format_P010:
    case F::Format_P016:
        return LumaLayout{1, 2};
    // Qt names these by byte order in memory.
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888:
        return LumaLayout{0, 4, ZXing::ImageFormat::XRGB};
    case F::Format_BGRA8888:
    case F::Format_BGRA8888_Premultiplied:
    case F::Format_BGRX8888:
        return LumaLayout{0, 4, ZXing::ImageFormat::BGRX};
    case F::Format_ABGR8888:
    case F::Format_XBGR8888:
        return LumaLayout{0, 4, ZXing::ImageFormat::XBGR};
    case F::Format_RGBA8888:
    case F::Format_RGBX8888:
        return LumaLayout{0, 4, ZXing::ImageFormat::RGBX};
    default:
        return std::nullopt;
    }
}

} // namespace

QString QrFrameReader::read(const QVideoFrame& frame)
{
    const std::optional<LumaLayout> layout = lumaLayout(frame.pixelFormat());
    if (!layout || frame.handleType() != QVideoFrame::NoHandle) {
        return read(frame.toImage());
    }
    // Mapping a copy shares the frame's buffer: nothing is copied, and the caller's frame stays const.
    QVideoFrame mapped = frame;
    if (!mapped.map(QVideoFrame::ReadOnly)) {
        return {};
    }
    const ZXing::ImageView view(mapped.bits(0) + layout->offset, mapped.width(), mapped.height(),
                                layout->format, mapped.bytesPerLine(0), layout->pixelStride);
    QString text = readView(view);
    mapped.unmap();
    return text;
}

QString QrFrameReader::read(const QImage& image)
{
    if (image.isNull()) {
        return {};
    }
    const QImage::Format format = image.format();
    // 32-bit QImage pixels are native-endian 0xAARRGGBB words: B, G, R, A in memory on this CPU.
    const bool bgrx = QSysInfo::ByteOrder == QSysInfo::LittleEndian &&
                      (format == QImage::Format_RGB32 || format == QImage::Format_ARGB32 ||
                       format == QImage::Format_ARGB32_Premultiplied);
    if (format == QImage::Format_Grayscale8 || bgrx) {
        return readView(ZXing::ImageView(image.constBits(), image.width(), image.height(),
                                         bgrx ? ZXing::ImageFormat::BGRX : ZXing::ImageFormat::Lum,
                                         int(image.bytesPerLine())));
    }
    return read(image.convertToFormat(QImage::Format_Grayscale8));
}

} // namespace baartal::ui
